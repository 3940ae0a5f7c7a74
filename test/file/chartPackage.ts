/**
 * Reads the charts back out of an .xlsx package the way a spreadsheet program finds them: workbook →
 * sheet (by name) → its <drawing r:id> → the drawing part → each anchor's chart relationship → the
 * chart part. Every step must resolve, every part must parse as XML and be declared in
 * [Content_Types].xml, or this throws, naming what is wrong.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { resolvePart } from "../../src/file/charts/partNames";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
};

export interface ReadChart {
  part: string;
  kind: "pie" | "column" | "bar";
  title: string;
  categories: string;
  values: string;
  /** Cached labels and values, as the chart shows them before any recalculation. */
  labels: string[];
  numbers: Array<number | null>;
  from: { row: number; col: number };
  to: { row: number; col: number };
}

export interface ReadPackage {
  zip: JSZip;
  /** Charts by sheet name, in anchor order. */
  charts: Map<string, ReadChart[]>;
  /** Names of all chart parts in the package. */
  chartParts: string[];
  /** The worksheet XML of each sheet with charts (element order is checked by the tests). */
  sheetXml: Map<string, string>;
}

function parse(xml: string, part: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  if (errors.length) throw new Error(`${part} is not well-formed XML: ${errors.join("; ")}`);
  return doc;
}

function elements(node: Document | Element, ns: string, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, name));
}

export async function readPackage(bytes: Uint8Array): Promise<ReadPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (part: string): Promise<Document> => {
    const file = zip.file(part);
    if (!file) throw new Error(`${part} is missing`);
    return parse(await file.async("string"), part);
  };
  const types = await read("[Content_Types].xml");
  const overrides = new Map(
    elements(types, NS.types, "Override").map((o) => [
      o.getAttribute("PartName")!,
      o.getAttribute("ContentType")!,
    ])
  );
  const typeOf = (part: string) => {
    const type = overrides.get(`/${part}`);
    if (!type) throw new Error(`${part} has no content type`);
    return type;
  };
  const rels = async (part: string) => {
    const slash = part.lastIndexOf("/");
    const relsPart = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    const doc = await read(relsPart);
    return new Map(
      elements(doc, NS.rels, "Relationship").map((r) => [
        r.getAttribute("Id")!,
        { type: r.getAttribute("Type")!, part: resolvePart(part, r.getAttribute("Target")!) },
      ])
    );
  };

  const workbook = await read("xl/workbook.xml");
  const workbookRels = await rels("xl/workbook.xml");
  const charts = new Map<string, ReadChart[]>();
  const sheetXml = new Map<string, string>();
  for (const sheet of elements(workbook, NS.main, "sheet")) {
    const name = sheet.getAttribute("name")!;
    const sheetPart = workbookRels.get(sheet.getAttributeNS(NS.r, "id")!)!.part;
    const xml = await zip.file(sheetPart)!.async("string");
    const drawings = elements(parse(xml, sheetPart), NS.main, "drawing");
    if (!drawings.length) continue;
    if (drawings.length > 1)
      throw new Error(`${sheetPart} has ${drawings.length} drawing elements`);
    sheetXml.set(name, xml);
    const drawingRel = (await rels(sheetPart)).get(drawings[0].getAttributeNS(NS.r, "id")!);
    if (!drawingRel?.type.endsWith("/drawing"))
      throw new Error(`${sheetPart}: the drawing relationship does not resolve`);
    if (typeOf(drawingRel.part) !== "application/vnd.openxmlformats-officedocument.drawing+xml")
      throw new Error(`${drawingRel.part}: wrong content type`);
    const drawing = await read(drawingRel.part);
    const drawingRels = await rels(drawingRel.part);
    const found: ReadChart[] = [];
    for (const anchor of elements(drawing, NS.xdr, "twoCellAnchor")) {
      const ref = elements(anchor, NS.c, "chart")[0];
      if (!ref) continue;
      const chartRel = drawingRels.get(ref.getAttributeNS(NS.r, "id")!);
      if (!chartRel?.type.endsWith("/chart"))
        throw new Error(`${drawingRel.part}: a chart relationship does not resolve`);
      if (
        typeOf(chartRel.part) !==
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      )
        throw new Error(`${chartRel.part}: wrong content type`);
      const chart = await read(chartRel.part);
      const marker = (tag: string) => {
        const m = elements(anchor, NS.xdr, tag)[0];
        const num = (t: string) => Number(elements(m, NS.xdr, t)[0].textContent);
        return { row: num("row"), col: num("col") };
      };
      const bar = elements(chart, NS.c, "barDir")[0];
      const title = elements(elements(chart, NS.c, "title")[0], NS.a, "t")
        .map((t) => t.textContent)
        .join("");
      const cat = elements(chart, NS.c, "cat")[0];
      const val = elements(chart, NS.c, "val")[0];
      const count = Number(elements(val, NS.c, "ptCount")[0].getAttribute("val"));
      const numbers: Array<number | null> = Array.from({ length: count }, () => null);
      for (const pt of elements(val, NS.c, "pt"))
        numbers[Number(pt.getAttribute("idx"))] = Number(elements(pt, NS.c, "v")[0].textContent);
      found.push({
        part: chartRel.part,
        kind: bar ? (bar.getAttribute("val") === "bar" ? "bar" : "column") : "pie",
        title,
        categories: elements(cat, NS.c, "f")[0].textContent!,
        values: elements(val, NS.c, "f")[0].textContent!,
        labels: elements(cat, NS.c, "pt").map((p) => elements(p, NS.c, "v")[0].textContent!),
        numbers,
        from: marker("from"),
        to: marker("to"),
      });
    }
    charts.set(name, found);
  }
  const chartParts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  return { zip, charts, chartParts, sheetXml };
}

/** The local names of a worksheet's children, in order. */
export function sheetChildren(xml: string): string[] {
  const root = parse(xml, "sheet").documentElement!;
  return Array.from(root.childNodes)
    .filter((n) => n.nodeType === 1)
    .map((n) => (n as Element).localName!);
}
