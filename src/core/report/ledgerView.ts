/**
 * A detected ledger as the report sees it: its records for core's figures, and the absolute column
 * ranges of its data rows for the formulas that compute the same figures live.
 */
import type { Grid } from "../grid";
import { type Detection, type LedgerRecord, readRecords } from "../ledgers/detect";
import type { LedgerId } from "../ledgers/schemas";
import { cellRef, columnRange } from "./excelFormula";

export interface LedgerView {
  id: LedgerId;
  sheet: string;
  records: LedgerRecord[];
  has(key: string): boolean;
  /** '台账'!$C$5:$C$224 over the data rows (the totals row and what follows are outside). */
  range(key: string): string;
  /** The cell of a field in a given sheet row (0-based). */
  cell(key: string, row: number): string;
  /** The stated total in the totals row, when the ledger has one. */
  statedTotal(key: string): number | null;
  totalsCell(key: string): string | null;
}

export function ledgerView(grid: Grid, detection: Detection, sheet = detection.sheetName ?? "Sheet1"): LedgerView {
  const records = readRecords(grid, detection);
  const { start } = detection.dataRows;
  // Formulas span the data rows; a ledger with no rows yet still gets a one-row range so they stay valid.
  const end = Math.max(detection.dataRows.end, start);
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
    range: (key) => columnRange(sheet, col(key), start, end),
    cell: (key, row) => cellRef(sheet, col(key), row),
    statedTotal: (key) => {
      if (totals === undefined || !(key in detection.columns)) return null;
      const v = grid[totals]?.[col(key)];
      return typeof v === "number" ? v : null;
    },
    totalsCell: (key) => (totals === undefined || !(key in detection.columns) ? null : cellRef(sheet, col(key), totals)),
  };
}
