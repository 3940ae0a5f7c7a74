/**
 * Adds the styles of sheets written in another package (ExcelJS's, for the report's sheets) to a
 * workbook's own styles.xml, leaving every existing style where it is: the new fonts, fills,
 * borders and cell formats are appended, new number formats get free ids, and the new sheets'
 * style indexes (s="…") are moved past the existing ones. The input's cells keep their indexes, so
 * its worksheets are copied untouched.
 */
import { attributes, type Child, childrenOf, PackageError, withAttribute } from "./packageXml";

/** CT_Stylesheet's children in schema order (ECMA-376 Part 1 §18.8.39). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
/** Number formats below this id are built in: the same in every workbook. */
const FIRST_CUSTOM_FORMAT = 164;

interface Container {
  child?: Child;
  items: string[];
}

function container(xml: string, name: string, part: string): Container {
  const child = childrenOf(xml, part).children.find((c) => c.name === name);
  if (!child || child.tag.endsWith("/>")) return { child, items: [] };
  const { children } = childrenOf(xml, part, child.start);
  return { child, items: children.map((c) => xml.slice(c.start, c.end)) };
}

function countOf(xml: string, name: string, part: string): number {
  return container(xml, name, part).items.length;
}

/** `xml` with `items` appended to the root's `name` container (made, in schema order, when absent). */
function append(xml: string, name: string, items: readonly string[], part: string): string {
  if (!items.length) return xml;
  const { child, items: existing } = container(xml, name, part);
  const count = existing.length + items.length;
  if (child) {
    const open = withAttribute(child.tag.replace(/\s*\/>$/, ">"), "count", String(count));
    const close = `</${/^<([^\s/>]+)/.exec(child.tag)![1]}>`;
    const inner = child.tag.endsWith("/>")
      ? ""
      : xml.slice(child.start + child.tag.length, xml.lastIndexOf("<", child.end - 1));
    return xml.slice(0, child.start) + open + inner + items.join("") + close + xml.slice(child.end);
  }
  const { children, end } = childrenOf(xml, part);
  const later = ORDER.slice(ORDER.indexOf(name) + 1);
  const at = children.find((c) => later.includes(c.name))?.start ?? end;
  const made = `<${name} count="${count}">${items.join("")}</${name}>`;
  return xml.slice(0, at) + made + xml.slice(at);
}

export interface MergedStyles {
  /** The workbook's styles.xml with the new styles added. */
  xml: string;
  /** The index in the merged cellXfs of the added package's cell format `index`. */
  cellFormat: (index: number) => number;
}

/** `own` (the workbook's styles.xml) with the styles of `added` (another package's styles.xml) appended. */
export function mergeStyles(own: string, added: string, part = "xl/styles.xml"): MergedStyles {
  if (countOf(added, "dxfs", part) > 0)
    throw new PackageError(`${part}: differential formats (dxfs) are not merged`);
  const offsets = {
    fontId: countOf(own, "fonts", part),
    fillId: countOf(own, "fills", part),
    borderId: countOf(own, "borders", part),
  };
  const cellXfs = countOf(own, "cellXfs", part);

  // Number formats: the same code keeps its existing id, a new code gets the next free id.
  const ownFormats = container(own, "numFmts", part).items.map((f) => attributes(f));
  const byCode = new Map(ownFormats.map((f) => [f.formatCode, Number(f.numFmtId)]));
  let next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ownFormats.map((f) => Number(f.numFmtId))) + 1;
  const formatId = new Map<number, number>();
  const newFormats: string[] = [];
  for (const item of container(added, "numFmts", part).items) {
    const { numFmtId, formatCode } = attributes(item);
    let id = byCode.get(formatCode);
    if (id === undefined) {
      id = next++;
      byCode.set(formatCode, id);
      newFormats.push(withAttribute(item, "numFmtId", String(id)));
    }
    formatId.set(Number(numFmtId), id);
  }

  const xfs = container(added, "cellXfs", part).items.map((item) =>
    item.replace(/^<[^>]*>/, (tag) => {
      let out = tag;
      const attrs = attributes(tag);
      for (const [name, offset] of Object.entries(offsets))
        if (attrs[name] !== undefined)
          out = withAttribute(out, name, String(Number(attrs[name]) + offset));
      const fmt = Number(attrs.numFmtId ?? 0);
      if (fmt >= FIRST_CUSTOM_FORMAT) {
        const id = formatId.get(fmt);
        if (id === undefined)
          throw new PackageError(`${part}: number format ${fmt} is not defined`);
        out = withAttribute(out, "numFmtId", String(id));
      }
      // The cell style every new format is based on: the workbook's first (Normal).
      return withAttribute(out, "xfId", "0");
    })
  );

  let xml = own;
  xml = append(xml, "numFmts", newFormats, part);
  xml = append(xml, "fonts", container(added, "fonts", part).items, part);
  xml = append(xml, "fills", container(added, "fills", part).items, part);
  xml = append(xml, "borders", container(added, "borders", part).items, part);
  if (!countOf(xml, "cellStyleXfs", part))
    xml = append(
      xml,
      "cellStyleXfs",
      ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
      part
    );
  xml = append(xml, "cellXfs", xfs, part);
  const total = cellXfs + xfs.length;
  return {
    xml,
    cellFormat: (index) => {
      if (!(Number.isInteger(index) && index >= 0 && index < xfs.length))
        throw new PackageError(`${part}: cell format ${index} is not defined`);
      return Math.min(cellXfs + index, total - 1);
    },
  };
}
