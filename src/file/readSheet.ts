/**
 * A worksheet as ledger detection reads it: a grid from A1 to the last cell holding a value, and its
 * merged areas. Values sit only in a merge's top-left cell, as in Excel (ExcelJS repeats the master's
 * value in the other cells; they read as empty here).
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/grid";
import type { PlanMerge } from "../core/sheetPlan";
import type { WorkbookSheet } from "../core/workbook";
import { sheetExtent } from "../core/ledgers/sheetExtent";
import { isUncachedFormula, plainValue, storedValue } from "./cellValue";

const MERGE = 1; // ExcelJS.ValueType.Merge: a const enum's value, so this module needs no runtime import

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The merged areas, 0-based. ExcelJS keeps them in `_merges`; the public `worksheet.model` rebuilds
 * the model of every row to give the same list, which costs seconds on a large sheet.
 */
export function mergesOf(ws: ExcelJS.Worksheet): PlanMerge[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges;
  const ranges: MergeRange[] = internal
    ? Object.values(internal)
    : ((ws.model as { merges?: string[] }).merges ?? []).map((ref) => {
        const [a, b] = ref.split(":").map((part) => ws.getCell(part));
        return {
          top: Number(a.row),
          left: Number(a.col),
          bottom: Number(b.row),
          right: Number(b.col),
        };
      });
  return ranges.map((m) => ({
    row: m.top - 1,
    col: m.left - 1,
    rows: m.bottom - m.top + 1,
    cols: m.right - m.left + 1,
  }));
}

/** What a host says of a sheet whose formulas have no saved results (they read as blank). */
export function uncachedNotice(name: string, count: number): { zh: string; en: string } {
  return {
    zh: `工作表“${name}”有${count}个公式没有保存计算结果，按空白读取；请在 Excel 或 WPS 中打开并保存后再试。`,
    en: `Sheet "${name}" has ${count} formulas without saved results, read as blank: open and save it in Excel or WPS first.`,
  };
}

export interface SheetRead extends WorkbookSheet {
  /** Formula cells without a saved result: they read as empty. */
  uncachedFormulas: number;
}

/** How many far-away cells a sheet read names; the rest are counted. */
const LISTED_FAR_CELLS = 20;

/**
 * Reads only the cells that exist (ExcelJS keeps rows and cells sparse), then sizes the grid by
 * them: a stray value far from the rest is left out of the grid and reported (sheetExtent).
 */
export function readWorksheet(ws: ExcelJS.Worksheet): SheetRead {
  const cells: Array<{ row: number; col: number; value: CellValue }> = [];
  let uncachedFormulas = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE) return;
      const stored = storedValue(cell);
      if (isUncachedFormula(stored)) uncachedFormulas++;
      const value = plainValue(stored);
      if (value === null) return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value });
    });
  });
  return sheetFromCells(ws.name, cells, mergesOf(ws), uncachedFormulas);
}

/**
 * A sheet from the cells that exist (read in memory, or streamed): the grid sized by them, a stray
 * value far from the rest left out and reported (sheetExtent), merges inside the grid.
 */
export function sheetFromCells(
  name: string,
  cells: ReadonlyArray<{ row: number; col: number; value: CellValue }>,
  merges: readonly PlanMerge[],
  uncachedFormulas: number
): SheetRead {
  const { height, width } = sheetExtent(cells);
  const grid: Grid = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const farCells: Array<{ row: number; col: number }> = [];
  let farCellCount = 0;
  for (const { row, col, value } of cells) {
    if (row < height && col < width) grid[row][col] = value;
    else if (farCellCount++ < LISTED_FAR_CELLS) farCells.push({ row, col });
  }
  return {
    name,
    grid,
    merges: merges.filter((m) => m.row < height && m.col < width),
    uncachedFormulas,
    ...(farCellCount ? { farCells, farCellCount } : {}),
  };
}
