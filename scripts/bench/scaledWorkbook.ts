/**
 * The sample street union grown to n organisations: the organisation ledger's data rows repeated
 * (names made unique), its totals row and what follows left off; the other ledgers as they are.
 */
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import type { WorkbookSheet } from "../../src/core/workbook";

export function scaledWorkbook(organisations: number): WorkbookSheet[] {
  const sheets = buildSampleWorkbook();
  return sheets.map((sheet) => {
    if (sheet.name !== sheets[0].name || !sheet.table) return sheet;
    const { data, end } = sheet.table;
    const rows = sheet.grid.slice(data, end); // without the totals row at `end`
    const grown = Array.from({ length: organisations }, (_, i) => {
      const row = [...rows[i % rows.length]];
      row[0] = i + 1;
      if (typeof row[1] === "string") row[1] = `${row[1]}${Math.floor(i / rows.length) || ""}`;
      return row;
    });
    return { name: sheet.name, grid: [...sheet.grid.slice(0, data), ...grown], merges: sheet.merges?.filter((m) => m.row < data) };
  });
}
