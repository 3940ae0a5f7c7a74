import type { CellValue } from "../../core/grid";
import { detectLedger, type LedgerId, readRecords } from "../../core/ledgers";

/** The sample workbook's records of one ledger, as template rows ("含示例数据"). Built on demand. */
export async function sampleRows(id: LedgerId): Promise<Array<Record<string, CellValue>>> {
  const { buildSampleWorkbook } = await import(/* webpackChunkName: "sample" */ "../../core/ledgers/sample");
  for (const sheet of buildSampleWorkbook()) {
    const detection = detectLedger(sheet.grid, { merges: sheet.merges, sheetName: sheet.name });
    if (detection?.schemaId === id) return readRecords(sheet.grid, detection).map((r) => r.values);
  }
  return [];
}
