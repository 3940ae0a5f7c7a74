import { HyperFormula } from "hyperformula";
import type { WorkbookSheet } from "../../../src/core/report/composeReport";
import type { SheetPlan } from "../../../src/core/sheetPlan";

/**
 * Puts the workbook's sheets and a plan (at A1 of a sheet of its own) into HyperFormula with the
 * built-in functions only, as a district union without the add-in would open the draft.
 */
export function evaluatePlan(sheets: readonly WorkbookSheet[], plan: SheetPlan, planSheet = "报告草稿") {
  const data: Record<string, unknown[][]> = {};
  for (const s of sheets) data[s.name] = s.grid.map((row) => row.map((v) => (v === undefined ? null : v)));
  const rows: unknown[][] = [];
  for (const c of plan.cells) {
    while (rows.length <= c.row) rows.push([]);
    rows[c.row][c.col] = c.formula ?? c.value ?? null;
  }
  data[planSheet] = rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v)));
  const engine = HyperFormula.buildFromSheets(data as Record<string, never>, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const sheet = engine.getSheetId(planSheet)!;
  return { engine, value: (row: number, col: number) => engine.getCellValue({ sheet, row, col }) };
}
