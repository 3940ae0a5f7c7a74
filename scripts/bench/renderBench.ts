/**
 * Office.js cost of writing the report draft, on the test fake of Excel (built on office-addin-mock):
 * how many context.sync() calls and how many bytes of cell data they carry, for the sample workbook
 * and for 10,000 and 100,000 organisations (the draft's size does not grow with the ledgers).
 */
import { composeReport } from "../../src/core/report/composeReport";
import { reportFormulas } from "../../src/core/report/draftReport";
import { addSheetsWithPlans } from "../../src/excel/addSheetWithPlan";
import { FakeExcel } from "../../test/excel/fakeExcel";
import { scaledWorkbook } from "./scaledWorkbook";
import { table } from "./timing";

async function render(organisations: number): Promise<Array<string | number>> {
  const draft = composeReport(scaledWorkbook(organisations), { year: 2024 });
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  const { data, checks, draft: narrative } = draft.sheets;
  await excel.run((context) => addSheetsWithPlans(context, [data, checks, narrative], { exactNames: true }));
  const cells = Object.values(draft.sheets).reduce((n, s) => n + s.plan.cells.length, 0);
  const bytes = excel.syncs.reduce((sum, s) => sum + s.bytes, 0);
  const largest = Math.max(...excel.syncs.map((s) => s.bytes));
  return [organisations.toLocaleString("en"), cells, reportFormulas(draft), excel.syncs.length, bytes.toLocaleString("en"), largest.toLocaleString("en")];
}

export async function benchRender(): Promise<string> {
  const rows = [];
  for (const n of [220, 10_000, 100_000]) rows.push(await render(n));
  return table(["organisations", "plan cells", "formulas", "context.sync() calls", "cell data bytes", "largest sync bytes"], rows);
}
