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

describe("the fake Excel's collections, null objects and commands", () => {
  it("hides a collection's items until loaded and synced", async () => {
    const excel = new FakeExcel();
    excel.addSheet("甲");
    excel.addSheet("乙");
    const sheets = excel.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/not available/);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    await excel.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["甲", "乙"]);
    expect(() => sheets.load("items/visibility")).toThrow(/needs to be present/);
  });

  it("adds a sheet at sync, refuses a taken name (any case), and a failed sync changes nothing", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Report").fill("A1", [["用户的数据"]]);
    const { worksheets } = excel.context.workbook;
    const added = worksheets.add("新表");
    added.getRange("A1").formulas = [["x"]];
    expect(excel.sheets.has("新表")).toBe(false);
    await excel.context.sync();
    expect(excel.sheet("新表").get(0, 0)?.value).toBe("x");

    worksheets.add("REPORT").getRange("A1").formulas = [["覆盖"]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(excel.sheet("Report").get(0, 0)?.value).toBe("用户的数据");
    worksheets.add("a/b");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect([...excel.sheets.keys()]).toEqual(["Report", "新表"]);
  });

  it("resolves *OrNullObject at sync: settings and merged areas", async () => {
    const excel = new FakeExcel();
    excel.addSheet("表").merges.push("A1:C1");
    const { settings, worksheets } = excel.context.workbook;
    const missing = settings.getItemOrNullObject("nope").load("value");
    const areas = worksheets.getItem("表").getRange().getMergedAreasOrNullObject().load("address");
    expect(() => missing.isNullObject).toThrow(/not available/);
    settings.add("k", { a: [1, "二"], d: new Date(Date.UTC(2024, 0, 2)) });
    await excel.context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(() => missing.value).toThrow(/null object/);
    expect(areas.address).toBe("'表'!A1:C1");
    expect(excel.settings.get("k")).toEqual({ a: [1, "二"], d: "2024-01-02T00:00:00.000Z" });
  });

  it("takes a table's string address on the active sheet unless it names a sheet, as Office.js does", async () => {
    const excel = new FakeExcel();
    excel.addSheet("活动");
    const other = excel.addSheet("其他");
    excel.activeSheet = "活动";
    const sheet = excel.context.workbook.worksheets.getItem("其他");
    sheet.tables.add("A1:B3", true);
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const table = sheet.tables.add("'其他'!A1:B3", true);
    table.name = "会员";
    await excel.context.sync();
    expect(excel.tables.get("会员")).toMatchObject({ sheet: other.name, address: "A1:B3" });
    sheet.tables.add("'其他'!D1:E3", true).name = "会员";
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects the n-th sync on request", async () => {
    const excel = new FakeExcel();
    excel.failSync(2, new Error("连接中断"));
    await excel.context.sync();
    await expect(excel.context.sync()).rejects.toThrow("连接中断");
    await excel.context.sync();
    expect(excel.syncCount).toBe(3);
  });
});
