import { blockRange, rowBlocks } from "../../src/excel/chunks";
import { READ_CELLS_PER_SYNC } from "../../src/excel/readRange";
import { FakeExcel } from "./fakeExcel";

/** The fake must be strict where Office.js is, or the adapter's tests prove nothing. */
describe("the fake Excel", () => {
  const ledger = (rows: number, cols: number) => {
    const excel = new FakeExcel();
    excel.addSheet("台账", { rows, cols, value: (r, c) => (c % 2 ? `会员${r}` : r * 100 + c) });
    return excel;
  };

  it("hides a property until it is loaded and synced (office-addin-mock)", async () => {
    const excel = ledger(3, 1);
    const range = excel.context.workbook.worksheets.getItem("台账").getRange("A1:A3");
    expect(range.values).toBe("Error, property was not loaded");
    range.load("values");
    expect(range.values).toBe("Error, context.sync() was not called");
    await excel.context.sync();
    expect(range.values).toEqual([[0], [100], [200]]);
    expect(() => range.load("text")).toThrow(/needs to be present/);
  });

  it("applies writes only at sync", async () => {
    const excel = ledger(1, 1);
    const range = excel.context.workbook.worksheets.getItem("台账").getRange("B2");
    range.formulas = [["'=1"]];
    expect(excel.sheet("台账").get(1, 1)).toBeUndefined();
    await excel.context.sync();
    expect(excel.sheet("台账").get(1, 1)).toMatchObject({ value: "=1", input: "'=1" });
  });

  it("rejects a sync over 5 MB, as Excel on the web does: why blocks of a large read get a sync each", async () => {
    const excel = ledger(100_000, 17);
    const range = excel.context.workbook.worksheets.getItem("台账").getRange("A1:Q100000");
    for (const block of rowBlocks(100_000, 17, READ_CELLS_PER_SYNC))
      blockRange(range, block, 17).load("values, numberFormat");
    await expect(excel.context.sync()).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(excel.syncs[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
  });
});
