import { HyperFormula } from "hyperformula";
import type { ReportDraft, WorkbookSheet } from "../../../src/core/report/composeReport";
import type { SheetPlan } from "../../../src/core/sheetPlan";

/**
 * Puts the workbook's sheets and plans (each at A1 of a sheet of its own) into HyperFormula with the
 * built-in functions only, as a district union without the add-in would open the draft.
 */
export function evaluatePlans(sheets: readonly WorkbookSheet[], plans: Record<string, SheetPlan>) {
  const data: Record<string, unknown[][]> = {};
  // A ledger's text stays text, as in a workbook: HyperFormula would parse "30" as a number and
  // "=1" as a formula, so each string goes in behind the apostrophe that marks text.
  const cell = (v: unknown) => (v === undefined ? null : typeof v === "string" && v !== "" ? `'${v}` : v);
  for (const s of sheets) data[s.name] = s.grid.map((row) => row.map(cell));
  for (const [name, plan] of Object.entries(plans)) {
    const rows: unknown[][] = [];
    for (const c of plan.cells) {
      while (rows.length <= c.row) rows.push([]);
      rows[c.row][c.col] = c.formula ?? c.value ?? null;
    }
    data[name] = rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v)));
  }
  const engine = HyperFormula.buildFromSheets(data as Record<string, never>, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const value = (name: string, row: number, col: number) => engine.getCellValue({ sheet: engine.getSheetId(name)!, row, col });
  return { engine, value };
}

/** A report's three sheets evaluated: `figure(row)` on 报告数据 column B, `sentence(row)` on 报告草稿 column A. */
export function evaluateDraft(sheets: readonly WorkbookSheet[], draft: ReportDraft) {
  const { data, checks, draft: narrative } = draft.sheets;
  const { engine, value } = evaluatePlans(sheets, {
    [data.name]: data.plan,
    [checks.name]: checks.plan,
    [narrative.name]: narrative.plan,
  });
  return {
    engine,
    figure: (row: number) => value(data.name, row, 1),
    sentence: (row: number) => value(narrative.name, row, 0),
  };
}

/** Every formula the report writes, on any of its sheets. */
export function draftFormulas(draft: ReportDraft): string[] {
  return Object.values(draft.sheets).flatMap((s) => s.plan.cells.filter((c) => c.formula).map((c) => c.formula!));
}
