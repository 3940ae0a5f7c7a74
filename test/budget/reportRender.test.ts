/**
 * The report's Office.js budget: writing the draft takes at most 4 context.sync() calls, however
 * many organisations the ledgers hold, because its figures are formulas over the ledger ranges and
 * the sheet it writes does not grow with them.
 */
import { composeReport } from "../../src/core/report/composeReport";
import { addSheetWithPlan } from "../../src/excel/addSheetWithPlan";
import { scaledWorkbook } from "../../scripts/bench/scaledWorkbook";
import { FakeExcel } from "../excel/fakeExcel";

async function render(organisations: number): Promise<{ syncs: number; cells: number }> {
  const draft = composeReport(scaledWorkbook(organisations), { year: 2024 });
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  await excel.run((context) => addSheetWithPlan(context, "报告草稿", draft.plan));
  return { syncs: excel.syncCount, cells: draft.plan.cells.length };
}

describe("report render budget", () => {
  it("writes the draft in at most 4 syncs, for 220 and for 20,000 organisations alike", async () => {
    const small = await render(220);
    const large = await render(20_000);
    expect(small.syncs).toBeLessThanOrEqual(4);
    expect(large.syncs).toBeLessThanOrEqual(4);
    expect(large.cells).toBe(small.cells);
  });
});
