/**
 * Reading cells through ET: Value2 into core's Grid, number formats, merged areas. ET answers in COM
 * shapes, which are normalised here once: Value2 is a scalar for one cell and a 2-D array for a
 * block (a bare 1-D array is taken as one row, as COM hands a row over); an empty cell is undefined
 * or null; NumberFormat and MergeCells are null over a block that mixes them.
 */
import type { CellValue, Grid } from "../core/grid";
import type { PlanMerge } from "../core/sheetPlan";
import { localBlock } from "./etAddress";
import type { EtRange, EtWorksheet } from "./etModel";

/** Rows per Value2 read: a 100,000-row ledger is read in a few calls, each array of bounded size. */
const READ_ROWS = 20_000;

/**
 * One cell's value as core reads it. Errors in cells are not documented for ET's JS API (VBA gives
 * CVErr variants): anything that is not a number, text or a boolean reads as empty.
 */
export function plainValue(value: unknown): CellValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return null;
}

/** Value2 as a rows × cols grid, whatever COM shape it came in. */
export function toGrid(value: unknown, rows: number, cols: number): Grid {
  const grid: Grid = [];
  if (!Array.isArray(value)) {
    for (let r = 0; r < rows; r++) grid.push(new Array<CellValue>(cols).fill(plainValue(value)));
    return grid;
  }
  const twoD = value.length > 0 && Array.isArray(value[0]);
  const source: unknown[][] = twoD ? (value as unknown[][]) : [value];
  for (let r = 0; r < rows; r++) {
    const line = source[r] ?? [];
    const out: CellValue[] = [];
    for (let c = 0; c < cols; c++) out.push(plainValue(line[c]));
    grid.push(out);
  }
  return grid;
}

export function readValues(
  sheet: EtWorksheet,
  top: number,
  left: number,
  rows: number,
  cols: number
): Grid {
  const grid: Grid = [];
  for (let start = 0; start < rows; start += READ_ROWS) {
    const n = Math.min(READ_ROWS, rows - start);
    const range = sheet.Range(localBlock(top + start, left, n, cols));
    for (const line of toGrid(range.Value2, n, cols)) grid.push(line);
  }
  return grid;
}

function formatText(format: unknown): string | undefined {
  return typeof format === "string" ? format : undefined;
}

/**
 * Number formats of a block: one NumberFormat call when the block is uniform, else one per column
 * (ledger columns usually share a format), and cell by cell only inside a mixed column.
 */
export function readFormats(
  sheet: EtWorksheet,
  top: number,
  left: number,
  rows: number,
  cols: number
): string[][] {
  const formats = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  const whole = formatText(sheet.Range(localBlock(top, left, rows, cols)).NumberFormat);
  if (whole !== undefined) {
    for (const line of formats) line.fill(whole);
    return formats;
  }
  for (let c = 0; c < cols; c++) {
    const column = formatText(sheet.Range(localBlock(top, left + c, rows, 1)).NumberFormat);
    for (let r = 0; r < rows; r++) {
      formats[r][c] =
        column ?? formatText(sheet.Cells.Item(top + r + 1, left + c + 1).NumberFormat) ?? "General";
    }
  }
  return formats;
}

/** The 0-based rectangle a Range covers. */
export function rectOf(range: EtRange): PlanMerge {
  return {
    row: range.Row - 1,
    col: range.Column - 1,
    rows: range.Rows.Count,
    cols: range.Columns.Count,
  };
}

/**
 * The merged areas inside a block, found by halving: a part with MergeCells false holds none and
 * costs one call, so a sheet with merges only in its header costs a few dozen calls, not one per cell.
 */
export function readMerges(
  sheet: EtWorksheet,
  top: number,
  left: number,
  rows: number,
  cols: number
): PlanMerge[] {
  const found = new Map<string, PlanMerge>();
  const visit = (t: number, l: number, r: number, c: number): void => {
    const merged = r * c === 1 ? true : sheet.Range(localBlock(t, l, r, c)).MergeCells;
    if (merged === false) return;
    if (merged === true) {
      // MergeArea is defined for one cell (the area holding it): ask the block's top-left cell.
      const area = rectOf(sheet.Cells.Item(t + 1, l + 1).MergeArea);
      const holdsBlock =
        area.row <= t &&
        area.col <= l &&
        area.row + area.rows >= t + r &&
        area.col + area.cols >= l + c;
      if (holdsBlock) {
        if (area.rows * area.cols > 1) found.set(`${area.row}:${area.col}`, area);
        return;
      }
    }
    if (r >= c) {
      const half = Math.ceil(r / 2);
      visit(t, l, half, c);
      visit(t + half, l, r - half, c);
    } else {
      const half = Math.ceil(c / 2);
      visit(t, l, r, half);
      visit(t, l + half, r, c - half);
    }
  };
  if (rows > 0 && cols > 0) visit(top, left, rows, cols);
  return [...found.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The last used row and column (1-based counts from A1): UsedRange need not start at A1. */
export function usedExtent(sheet: EtWorksheet): { rows: number; cols: number } {
  const used = sheet.UsedRange;
  return {
    rows: used.Row - 1 + used.Rows.Count,
    cols: used.Column - 1 + used.Columns.Count,
  };
}

/** A grid without its trailing empty rows and columns, as the file host reads a sheet. */
export function trimGrid(grid: Grid): Grid {
  let height = 0;
  let width = 0;
  grid.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== null && value !== undefined) {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }
    })
  );
  return grid.slice(0, height).map((line) => line.slice(0, width));
}
