/**
 * A detected ledger as the report sees it: its records for core's figures, and the absolute column
 * ranges of its data rows for the formulas that compute the same figures live.
 */
import type { Grid } from "../grid";
import { type Detection, type LedgerRecord, readRecords } from "../ledgers/detect";
import type { LedgerId } from "../ledgers/schemas";
import type { WorkbookSheet } from "../workbook";
import { columnLetters } from "../ledgers/cells";
import { cellRef, columnRange } from "./excelFormula";

export interface LedgerView {
  id: LedgerId;
  sheet: string;
  records: LedgerRecord[];
  has(key: string): boolean;
  /**
   * A formula summed over the data rows: `part` gets the column ranges of one block of data rows
   * ('台账'!$C$5:$C$224) and the blocks are added up. The totals row and what follows are outside;
   * subtotal rows and repeated headers inside the data split it into blocks, so nothing counts twice.
   */
  over(part: (range: (key: string) => string) => string): string;
  /** The cell of a field in a given sheet row (0-based). */
  cell(key: string, row: number): string;
  /** The stated total in the totals row, when the ledger has one. */
  statedTotal(key: string): number | null;
  totalsCell(key: string): string | null;
  /** The 0-based column of a field. */
  column(key: string): number;
  /** The data rows of some columns, as a reader writes them in a message: 组织台账!L5:L224. */
  span(...keys: string[]): string;
}

export function ledgerView(
  grid: Grid,
  detection: Detection,
  sheet = detection.sheetName ?? "Sheet1"
): LedgerView {
  const records = readRecords(grid, detection);
  const blocks = dataBlocks(detection);
  const col = (key: string): number => {
    const c = detection.columns[key];
    if (c === undefined) throw new Error(`${sheet}: 没有"${key}"列`);
    return c;
  };
  const totals = detection.totalsRow;
  return {
    id: detection.schemaId,
    sheet,
    records,
    has: (key) => key in detection.columns,
    over: (part) => {
      const sums = blocks.map(([first, last]) =>
        part((key) => columnRange(sheet, col(key), first, last))
      );
      return sums.length === 1 ? sums[0] : `(${sums.join("+")})`;
    },
    cell: (key, row) => cellRef(sheet, col(key), row),
    statedTotal: (key) => {
      if (totals === undefined || !(key in detection.columns)) return null;
      const v = grid[totals]?.[col(key)];
      return typeof v === "number" ? v : null;
    },
    totalsCell: (key) =>
      totals === undefined || !(key in detection.columns) ? null : cellRef(sheet, col(key), totals),
    column: col,
    span: (...keys) => {
      const cols = keys.map(col);
      const { start, end } = detection.dataRows;
      const first = `${columnLetters(Math.min(...cols))}${start + 1}`;
      const last = `${columnLetters(Math.max(...cols))}${Math.max(start, end) + 1}`;
      return `${sheet}!${first}:${last}`;
    },
  };
}

/** The data rows as blocks of consecutive rows, split where a row inside them is not data. */
function dataBlocks(detection: Detection): Array<[number, number]> {
  const { start, end } = detection.dataRows;
  // A ledger with no rows yet still gets a one-row range, so its formulas stay valid.
  if (end < start) return [[start, start]];
  const skip = new Set(detection.ignoredRows);
  const blocks: Array<[number, number]> = [];
  for (let r = start; r <= end; r++) {
    if (skip.has(r)) continue;
    const last = blocks[blocks.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else blocks.push([r, r]);
  }
  return blocks.length ? blocks : [[start, start]];
}

/** The ledgers found, each read once: the first sheet of each kind, as the report takes it. */
export function ledgerViews(
  sheets: readonly WorkbookSheet[],
  detections: readonly Detection[]
): Partial<Record<LedgerId, LedgerView>> {
  const views: Partial<Record<LedgerId, LedgerView>> = {};
  for (const d of detections) {
    const sheet = sheets.find((s) => s.name === d.sheetName);
    if (sheet && !views[d.schemaId]) views[d.schemaId] = ledgerView(sheet.grid, d, sheet.name);
  }
  return views;
}
