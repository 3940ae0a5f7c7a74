/**
 * The sample street's records, ledger by ledger, read from its printed forms the way any workbook is
 * read: rows for a template's "含示例数据" (the pane) and `union-stats template --sample`.
 */
import type { CellValue } from "../grid";
import { detectBest, readRecords } from "./detect";
import { buildSampleWorkbook } from "./sample";
import type { LedgerId } from "./schemas";

export type LedgerRows = Array<Record<string, CellValue>>;

export function sampleRecords(): Partial<Record<LedgerId, LedgerRows>> {
  const sheets = buildSampleWorkbook();
  const records: Partial<Record<LedgerId, LedgerRows>> = {};
  for (const d of detectBest(sheets)) {
    const sheet = sheets.find((s) => s.name === d.sheetName);
    if (sheet) records[d.schemaId] = readRecords(sheet.grid, d).map((r) => r.values);
  }
  return records;
}
