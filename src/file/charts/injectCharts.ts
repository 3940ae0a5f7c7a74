/**
 * Adds native charts to an .xlsx package that ExcelJS wrote (ExcelJS writes no charts): for each
 * sheet, a chart part per chart (xl/charts/chartN.xml), the anchors on the sheet's drawing
 * (xl/drawings/drawingN.xml, a new one, or the one ExcelJS wrote for the sheet's pictures), the
 * relationships sheet → drawing → chart, the <drawing r:id> element in the sheet and the content
 * types. Runs in Node and in the browser (JSZip), only when a sheet has charts.
 *
 * Part names, content types and relationship types: ECMA-376 Part 1 §12.3.2 (Chart part) and §12.3.8
 * (Drawings part), https://c-rex.net/samples/ooxml/e1/Part1/OOXML_P1_Fundamentals_Drawings_topic_ID0E6JHK.html
 */
import JSZip from "jszip";
import { relsPartOf, resolvePart } from "./partNames";
import {
  anchorXml,
  type ChartDescription,
  type ChartPlace,
  chartXml,
  DRAWING_PREFIXES,
  drawingXml,
} from "./chartXml";
import {
  attributes,
  PackageError as ChartPackageError,
  REL_NS,
  Rels,
  rootChildren,
} from "../packageXml";

export { ChartPackageError };

export interface SheetCharts {
  /** The sheet's name as the workbook lists it. */
  sheet: string;
  charts: ReadonlyArray<{ chart: ChartDescription; place: ChartPlace }>;
}

const CONTENT_TYPES = "[Content_Types].xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL_TYPE = {
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
};

/**
 * Children of <worksheet> that come after <drawing>: it goes before the first of them, else last.
 * CT_Worksheet is a sequence (ECMA-376 Part 1 §18.3.1.99): … pageSetup, headerFooter, rowBreaks,
 * colBreaks, customProperties, cellWatches, ignoredErrors, smartTags, drawing, legacyDrawing,
 * legacyDrawingHF, drawingHF, picture, oleObjects, controls, webPublishItems, tableParts, extLst.
 * https://c-rex.net/projects/samples/ooxml/e1/Part4/OOXML_P4_DOCX_worksheet_topic_ID0EUZM5.html and
 * the Open XML SDK's Worksheet class, which lists its children in the same order:
 * https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.worksheet
 * Excel refuses (repairs) a sheet whose children are out of this order.
 */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new ChartPackageError(`${part} is missing`);
  return file.async("string");
}

async function relsOf(zip: JSZip, part: string): Promise<Rels> {
  const relsPart = relsPartOf(part);
  return new Rels(relsPart, await zip.file(relsPart)?.async("string"));
}

/** The next free number for parts named like "xl/charts/chart7.xml". */
function nextNumber(zip: JSZip, folder: string, stem: string): () => number {
  const pattern = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`);
  let last = 0;
  zip.forEach((name) => {
    const m = pattern.exec(name);
    if (m) last = Math.max(last, Number(m[1]));
  });
  return () => ++last;
}

/** The worksheet parts by sheet name, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await relsOf(zip, "xl/workbook.xml");
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const id = Object.entries(attrs).find(([k]) => /^\w+:id$/.test(k))?.[1];
    const target = id && rels.target(id);
    if (attrs.name !== undefined && target)
      parts.set(attrs.name, resolvePart("xl/workbook.xml", target));
  }
  return parts;
}

/** `drawing` with the prefixes our anchors use declared on its root (ExcelJS's declares xdr and a). */
function withPrefixes(drawing: string, part: string): string {
  const root = /<([\w.-]+:)?wsDr\b[^>]*>/.exec(drawing);
  if (!root) throw new ChartPackageError(`${part}: no wsDr root`);
  const declared = attributes(root[0]);
  const missing = Object.entries(DRAWING_PREFIXES).filter(
    ([p]) => declared[`xmlns:${p}`] === undefined
  );
  for (const [p, uri] of Object.entries(DRAWING_PREFIXES)) {
    if (declared[`xmlns:${p}`] !== undefined && declared[`xmlns:${p}`] !== uri)
      throw new ChartPackageError(`${part}: prefix ${p} is bound to ${declared[`xmlns:${p}`]}`);
  }
  if (!missing.length) return drawing;
  const decl = missing.map(([p, uri]) => ` xmlns:${p}="${uri}"`).join("");
  const at = root.index + root[0].length - (root[0].endsWith("/>") ? 2 : 1);
  return drawing.slice(0, at) + decl + drawing.slice(at);
}

/** Appends anchors inside an existing drawing's root. */
function appendAnchors(drawing: string, anchors: string, part: string): string {
  const { end } = rootChildren(drawing, part);
  return drawing.slice(0, end) + anchors + drawing.slice(end);
}

/** The first shape id free in a drawing. */
function firstFreeId(drawing: string | undefined): number {
  let max = 1;
  for (const m of (drawing ?? "").matchAll(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/g))
    max = Math.max(max, Number(m[1]));
  return max + 1;
}

function addOverride(types: string, part: string, type: string): string {
  const override = `<Override PartName="/${part}" ContentType="${type}"/>`;
  const end = types.lastIndexOf("</Types>");
  if (end < 0) throw new ChartPackageError(`${CONTENT_TYPES}: no </Types>`);
  return types.slice(0, end) + override + types.slice(end);
}

/** `xlsx` with the charts added; the bytes unchanged when there are none. */
export async function injectCharts(
  xlsx: Uint8Array,
  sheets: readonly SheetCharts[]
): Promise<Uint8Array> {
  const wanted = sheets.filter((s) => s.charts.length);
  if (!wanted.length) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  let types = await text(zip, CONTENT_TYPES);
  const parts = await sheetParts(zip);
  const nextChart = nextNumber(zip, "xl/charts", "chart");
  const nextDrawing = nextNumber(zip, "xl/drawings", "drawing");

  for (const { sheet, charts } of wanted) {
    const sheetPart = parts.get(sheet);
    if (!sheetPart) throw new ChartPackageError(`no worksheet part for sheet "${sheet}"`);
    let sheetXml = await text(zip, sheetPart);
    const sheetRels = await relsOf(zip, sheetPart);
    const { children, end } = rootChildren(sheetXml, sheetPart);

    // One drawing per sheet: ExcelJS's (for pictures) when there is one, else a new part.
    const existing = children.find((c) => c.name === "drawing");
    let drawingPart: string;
    let drawing: string | undefined;
    if (existing) {
      const id = Object.entries(attributes(existing.tag)).find(([k]) => /:id$/.test(k))?.[1];
      const target = id && sheetRels.target(id);
      if (!target) throw new ChartPackageError(`${sheetPart}: drawing without a relationship`);
      drawingPart = resolvePart(sheetPart, target);
      drawing = withPrefixes(await text(zip, drawingPart), drawingPart);
    } else {
      drawingPart = `xl/drawings/drawing${nextDrawing()}.xml`;
      const relId = sheetRels.add(REL_TYPE.drawing, `../drawings/${drawingPart.split("/").pop()}`);
      const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? "";
      const rPrefix = Object.entries(attributes(root)).find(([, uri]) => uri === REL_NS)?.[0];
      const element = rPrefix?.startsWith("xmlns:")
        ? `<drawing ${rPrefix.slice(6)}:id="${relId}"/>`
        : `<drawing xmlns:r="${REL_NS}" r:id="${relId}"/>`;
      const at = children.find((c) => AFTER_DRAWING.has(c.name))?.start ?? end;
      sheetXml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
      zip.file(sheetPart, sheetXml);
      zip.file(sheetRels.part, sheetRels.toXml());
      types = addOverride(types, drawingPart, DRAWING_TYPE);
    }

    const drawingRels = await relsOf(zip, drawingPart);
    let id = firstFreeId(drawing);
    const anchors = charts.map(({ chart, place }) => {
      const chartPart = `xl/charts/chart${nextChart()}.xml`;
      zip.file(chartPart, chartXml(chart));
      types = addOverride(types, chartPart, CHART_TYPE);
      const relId = drawingRels.add(REL_TYPE.chart, `../charts/${chartPart.split("/").pop()}`);
      return { ...place, relId, id: id++, title: chart.title };
    });
    zip.file(
      drawingPart,
      drawing === undefined
        ? drawingXml(anchors)
        : appendAnchors(drawing, anchors.map(anchorXml).join(""), drawingPart)
    );
    zip.file(drawingRels.part, drawingRels.toXml());
  }
  zip.file(CONTENT_TYPES, types);
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
