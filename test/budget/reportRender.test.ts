/**
 * The report's Office.js budget: writing the draft's three sheets takes at most 6 context.sync()
 * calls, however many organisations the ledgers hold, because its figures are formulas over the
 * ledger ranges and the sheets it writes do not grow with them.
 */
import { composeReport } from "../../src/core/report/composeReport";
import { addSheetsWithPlans } from "../../src/excel/addSheetWithPlan";
import { scaledWorkbook } from "../../scripts/bench/scaledWorkbook";
import { FakeExcel } from "../excel/fakeExcel";

async function render(organisations: number): Promise<{ syncs: number; cells: number }> {
  const draft = composeReport(scaledWorkbook(organisations), { year: 2024 });
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  const { data, checks, draft: narrative } = draft.sheets;
  await excel.run((context) => addSheetsWithPlans(context, [data, checks, narrative], { exactNames: true }));
  // The formula sheets; 核对事项 lists findings, and the grown ledger has its own (its repeated rows
  // contradict 年度任务's results), so that sheet's length follows the data, not the size.
  const cells = [data, narrative].reduce((n, s) => n + s.plan.cells.length, 0);
  return { syncs: excel.syncCount, cells };
}

describe("report render budget", () => {
  it("writes the draft's three sheets in at most 6 syncs, for 220 and for 20,000 organisations alike", async () => {
    const small = await render(220);
    const large = await render(20_000);
    expect(small.syncs).toBeLessThanOrEqual(6);
    expect(large.syncs).toBeLessThanOrEqual(6);
    expect(large.cells).toBe(small.cells);
  });
});
