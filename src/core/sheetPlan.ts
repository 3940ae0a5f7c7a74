/**
 * A SheetPlan is a plain description of cells to write: what a calculator's results block, a ledger
 * template or a report draft puts into a sheet. Core builds plans as data; one renderer per host
 * (src/excel for Office.js, a file writer for .xlsx) writes them.
 *
 * Addresses are zero-based offsets from the plan's anchor cell, so the same plan can be written
 * anywhere ("next to the data" or at a cell the user picks).
 */
export interface PlanCell {
  row: number;
  col: number;
  /** A literal value. Text starting with = + - @ is written so the host does not evaluate it. */
  value?: string | number | boolean;
  /** A formula, starting with "=". Wins over value. */
  formula?: string;
  /** What the formula gives now, as core computed it: file writers store it as the cached result. */
  result?: string | number | boolean;
  /** An Excel number format, e.g. "0.0%", "#,##0.00". */
  numberFormat?: string;
  bold?: boolean;
  /** Wrap text (prose rows). */
  wrap?: boolean;
  /** Font name and size in points; a host without the font shows its own fallback. */
  font?: PlanFont;
  /** Horizontal alignment (a centred title). */
  align?: "left" | "center" | "right";
  /** A thin border on all four sides (a printed table's grid). */
  border?: boolean;
}

export interface PlanFont {
  name?: string;
  size?: number;
}

export interface PlanMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A chart over a block of the plan: labels in the block's first column, values in its second. */
export interface PlanChart {
  type: "pie" | "column";
  title: string;
  source: PlanMerge;
  /** Top-left cell of the chart, as offsets from the anchor. */
  at: { row: number; col: number };
  /** Bottom-right corner (exclusive): the chart covers the cells from `at` up to it. */
  to?: { row: number; col: number };
}

/** Margins of a printed page, in millimetres. */
export interface PlanMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/** How a sheet prints: always A4; fitted to one page wide, as many pages tall as it needs. */
export interface PlanPage {
  orientation: "portrait" | "landscape";
  fitToWidth: boolean;
  margins: PlanMargins;
  /** The rectangle printed, as offsets from the anchor (A1 for a new sheet). */
  printArea: PlanMerge;
  /** Centre footer with Excel's codes: "第 &P 页 共 &N 页". */
  footer?: string;
  centerHorizontally?: boolean;
}

/** A block made an Excel table (a ledger template): its first row is the header. */
export interface PlanTable extends PlanMerge {
  name: string;
  style?: string;
}

/** A drop-down list on a block of cells (是/否, categories). */
export interface PlanValidation extends PlanMerge {
  list: string[];
}

export interface SheetPlan {
  cells: PlanCell[];
  charts?: PlanChart[];
  tables?: PlanTable[];
  validations?: PlanValidation[];
  /** Rows and columns kept in view when scrolling (a ledger's header). */
  freeze?: { rows: number; cols: number };
  /** Column widths in characters, by zero-based column offset. */
  columnWidths?: Record<number, number>;
  merges?: PlanMerge[];
  /** Row heights in points, by zero-based row offset. */
  rowHeights?: Record<number, number>;
  /** Page setup and print area: only for a plan that is a whole sheet (written at A1). */
  page?: PlanPage;
}

/** A4 in millimetres, and the width left for cells between the side margins. */
export const A4 = { width: 210, height: 297 };

export function printableWidthMm(page: PlanPage): number {
  const width = page.orientation === "portrait" ? A4.width : A4.height;
  return width - page.margins.left - page.margins.right;
}

/**
 * Excel column widths are in characters of the default font's widest digit (7 px for Calibri 11 and
 * 等线 11) plus 5 px of padding; a pixel is 0.75 pt at 96 dpi. So 8.43 characters → 64 px → 48 pt.
 */
export function columnWidthPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  return Math.round(chars * 7 + 5) * 0.75;
}

export const POINTS_PER_MM = 72 / 25.4;

/** The rectangle a plan covers, as row and column counts from its anchor. */
export function planExtent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const cell of plan.cells) {
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  for (const m of plan.merges ?? []) {
    rows = Math.max(rows, m.row + m.rows);
    cols = Math.max(cols, m.col + m.cols);
  }
  return { rows, cols };
}
