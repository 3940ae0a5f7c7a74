/**
 * How much of a sheet to read as a grid. A grid runs from A1, so one stray value at XFD1048576 would
 * make it 1,048,576 × 16,384 cells; instead the grid stops where the cells stop being near each
 * other, and whatever lies beyond is named as a finding ("XFD1048576 有内容，远离台账"), never
 * silently dropped and never worth running out of memory for.
 */
import { cellName } from "./cells";
import { finding } from "./findings";
import type { Finding } from "./findings";

/** Blank rows between two rows with content beyond which the later one is far away. */
export const FAR_ROW_GAP = 1_000;
/** Blank columns likewise. */
export const FAR_COL_GAP = 100;
/** A grid holds at most this many cells, or 8 for each cell with content if that is more. */
const MIN_AREA_BUDGET = 4_000_000;

export interface CellPosition {
  row: number;
  col: number;
}

export interface SheetExtent {
  /** Rows and columns of the grid (from A1). */
  height: number;
  width: number;
}

/** The last index of a sorted list of used indexes, walking from -1 until a gap wider than `gap`. */
function nearEnd(used: readonly number[], gap: number): number {
  let last = -1;
  for (const i of used) {
    if (i - last > gap + 1) break;
    last = i;
  }
  return last;
}

/** Sorted without a comparator call per pair: indexes are whole numbers, a typed array sorts them as such. */
function sortedUnique(values: Iterable<number>): number[] {
  return Array.from(Float64Array.from(new Set(values)).sort());
}

/** The grid's size for a sheet whose cells with content are at `cells` (0-based). */
export function sheetExtent(cells: readonly CellPosition[]): SheetExtent {
  const lastRow = nearEnd(sortedUnique(cells.map((c) => c.row)), FAR_ROW_GAP);
  const inRows = cells.filter((c) => c.row <= lastRow);
  let cols = sortedUnique(inRows.map((c) => c.col));
  const lastCol = nearEnd(cols, FAR_COL_GAP);
  cols = cols.filter((c) => c <= lastCol);
  let height = lastRow + 1;
  let width = lastCol + 1;
  // Cells spread thinly but each within the gaps of the last (a staircase) still give a huge grid:
  // the grid is bounded by the cells present, dropping the farthest columns, then rows.
  const budget = Math.max(MIN_AREA_BUDGET, 8 * cells.length);
  while (height * width > budget && cols.length > 1 && width > 256) {
    cols.pop();
    width = cols[cols.length - 1] + 1;
  }
  if (height * width > budget) height = Math.max(1, Math.floor(budget / Math.max(width, 1)));
  return { height: Math.max(height, 0), width: Math.max(width, 0) };
}

/** One finding for the cells outside the grid: the first one named, the rest counted. */
export function farCellFindings(
  sheet: string,
  far: readonly CellPosition[],
  count = far.length
): Finding[] {
  if (count === 0 || far.length === 0) return [];
  const first = far[0];
  const name = cellName(first.row, first.col);
  const more = count > 1 ? `（另有 ${(count - 1).toLocaleString("en")} 个单元格）` : "";
  const moreEn = count > 1 ? ` (and ${(count - 1).toLocaleString("en")} more cells)` : "";
  return [
    finding(
      "far-cell",
      first.row,
      first.col,
      `${name}: 有内容，远离台账${more}，未读取；如是误输入请删除，如是数据请移到台账中。`,
      `${name}: content far away from the ledger${moreEn}, not read: delete it if typed by mistake, or move it into the ledger.`,
      sheet
    ),
  ];
}
