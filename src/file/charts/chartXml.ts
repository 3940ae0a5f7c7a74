/**
 * DrawingML for one chart, from a plain description: the chart part (xl/charts/chartN.xml) and the
 * anchor that places it on the sheet's drawing (xl/drawings/drawingN.xml). Pure string building, so
 * the file host can add native charts to the package ExcelJS writes (ExcelJS writes none).
 *
 * Element order follows the schemas of ECMA-376 Part 1 (§21.2 DrawingML Charts: CT_ChartSpace,
 * CT_Chart, CT_BarChart/CT_PieChart, CT_BarSer/CT_PieSer, CT_CatAx, CT_ValAx; §20.5 SpreadsheetML
 * Drawing: CT_TwoCellAnchor, CT_GraphicalObjectFrame), as the Open XML SDK's "Insert a chart into a
 * spreadsheet document" writes them:
 * https://learn.microsoft.com/en-us/office/open-xml/spreadsheet/how-to-insert-a-chart-into-a-spreadsheet
 */
import { columnLetters } from "../../core/blocks/a1";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Column and bar charts are one series of clustered bars, upright or lying; a pie is one series. */
export type ChartKind = "pie" | "column" | "bar";

/** One column of cells on a sheet (0-based), with what the cells hold now as the chart's cache. */
export interface ChartRange<T> {
  row: number;
  col: number;
  /** The cells' values, top to bottom: as many as the range has rows. */
  values: readonly T[];
}

export interface ChartDescription {
  kind: ChartKind;
  title: string;
  /** The sheet holding the data. */
  sheet: string;
  categories: ChartRange<string>;
  /** Blank or non-numeric cells are null: a gap, as in Excel. */
  values: ChartRange<number | null>;
  /** The value cells' number format ("0.0%"), for axis and data labels. */
  numberFormat?: string;
}

/** Characters XML 1.0 cannot carry at all (controls, lone surrogates): cell text may hold them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text for element content or a double-quoted attribute. Tabs and line breaks as character references,
 * which a parser keeps as they are (a literal CR would read back as LF, in an attribute as a space;
 * xmldom reads NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as LF too, as XML 1.1 does).
 */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\t\n\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "报告数据", row 4, column 1, 3 rows → '报告数据'!$B$5:$B$7: always quoted, as Excel accepts. */
export function columnRef(sheet: string, row: number, col: number, rows: number): string {
  const letters = columnLetters(col);
  const first = `$${letters}$${row + 1}`;
  const range = rows > 1 ? `${first}:$${letters}$${row + rows}` : first;
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

function strRef(sheet: string, range: ChartRange<string>): string {
  const points = range.values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`)
    .join("");
  return (
    `<c:strRef><c:f>${xmlText(columnRef(sheet, range.row, range.col, range.values.length))}</c:f>` +
    `<c:strCache><c:ptCount val="${range.values.length}"/>${points}</c:strCache></c:strRef>`
  );
}

function numRef(sheet: string, range: ChartRange<number | null>, format: string): string {
  const points = range.values
    .map((v, i) =>
      v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`
    )
    .join("");
  return (
    `<c:numRef><c:f>${xmlText(columnRef(sheet, range.row, range.col, range.values.length))}</c:f>` +
    `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode>` +
    `<c:ptCount val="${range.values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

/** Chinese text in the chart's own font: the 宋体 of the report's tables where the machine has it. */
function textProps(size: number, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="宋体"/><a:ea typeface="宋体"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`
  );
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">` +
    `<a:latin typeface="宋体"/><a:ea typeface="宋体"/></a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1"><a:latin typeface="宋体"/><a:ea typeface="宋体"/></a:rPr>` +
    `<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** Values on the bars or slices; a long row of bars (a district's streets) stays readable without. */
const MAX_LABELLED = 12;

function dataLabels(chart: ChartDescription, format: string): string {
  if (chart.kind !== "pie" && chart.values.values.length > MAX_LABELLED) return "";
  const position = chart.kind === "pie" ? "bestFit" : "outEnd";
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlText(format)}" sourceLinked="1"/>${textProps(9)}` +
    `<c:dLblPos val="${position}"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
    `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>` +
    `<c:showBubbleSize val="0"/>${chart.kind === "pie" ? '<c:showLeaderLines val="1"/>' : ""}</c:dLbls>`
  );
}

function series(chart: ChartDescription, format: string): string {
  const bar = chart.kind !== "pie";
  return (
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlText(chart.title)}</c:v></c:tx>` +
    (bar ? '<c:invertIfNegative val="0"/>' : "") +
    dataLabels(chart, format) +
    `<c:cat>${strRef(chart.sheet, chart.categories)}</c:cat>` +
    `<c:val>${numRef(chart.sheet, chart.values, format)}</c:val></c:ser>`
  );
}

const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

function plotArea(chart: ChartDescription, format: string): string {
  if (chart.kind === "pie") {
    return (
      `<c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/>${series(chart, format)}` +
      `<c:firstSliceAng val="0"/></c:pieChart></c:plotArea>`
    );
  }
  const lying = chart.kind === "bar";
  return (
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${lying ? "bar" : "col"}"/>` +
    `<c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart, format)}` +
    `<c:gapWidth val="80"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${lying ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${lying ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(9)}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${lying ? "t" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${xmlText(format)}" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(9)}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${lying ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx></c:plotArea>`
  );
}

/** The chart part: a title, one series over the sheet's cells, a legend only for a pie's slices. */
export function chartXml(chart: ChartDescription): string {
  if (chart.categories.values.length !== chart.values.values.length || !chart.values.values.length)
    throw new RangeError(`图表的名称与数值行数不一致或为空：${chart.title}`);
  const format = chart.numberFormat || "General";
  const legend =
    chart.kind === "pie"
      ? `<c:legend><c:legendPos val="r"/><c:overlay val="0"/>${textProps(9)}</c:legend>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/>${plotArea(chart, format)}` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${textProps(10)}</c:chartSpace>`
  );
}

/** Where a chart sits: from the top-left of one cell to the top-left of another (0-based). */
export interface ChartPlace {
  from: { row: number; col: number };
  to: { row: number; col: number };
}

export interface ChartAnchor extends ChartPlace {
  /** The drawing's relationship to the chart part ("rId1"). */
  relId: string;
  /** Shape id, unique within the drawing. */
  id: number;
  title: string;
}

function marker(tag: "from" | "to", at: { row: number; col: number }): string {
  return (
    `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * A chart's anchor in a drawing whose root declares the xdr, a, c and r prefixes. It moves with its
 * cells but keeps its size, as a chart Excel inserts does.
 */
export function anchorXml(anchor: ChartAnchor): string {
  if (anchor.to.row <= anchor.from.row || anchor.to.col <= anchor.from.col)
    throw new RangeError(`图表位置无效：${anchor.title}`);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", anchor.from)}${marker("to", anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${anchor.id}" name="图表 ${anchor.id}" descr="${xmlText(anchor.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart r:id="${anchor.relId}"/></a:graphicData>` +
    `</a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The namespaces a drawing's root declares so that `anchorXml` can go inside it. */
export const DRAWING_PREFIXES: Record<string, string> = {
  xdr: DRAWING_NS,
  a: MAIN_NS,
  c: CHART_NS,
  r: REL_NS,
};

/** A new drawing part holding the given anchors. */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const ns = Object.entries(DRAWING_PREFIXES)
    .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
    .join(" ");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr ${ns}>${anchors.map(anchorXml).join("")}</xdr:wsDr>`
  );
}
