/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- the fake must refuse what these rules forbid, so these tests do it on purpose */
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

  it("throws PropertyNotLoaded for a property read before it is loaded and synced, as Office.js does", async () => {
    const excel = ledger(3, 1);
    const range = excel.context.workbook.worksheets.getItem("台账").getRange("A1:A3");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(range.load("values")).toBe(range);
    expect(() => range.values).toThrow(/call load\(\) and context.sync\(\)/);
    expect(() => range.address).toThrow(/not available/);
    await excel.context.sync();
    expect(range.values).toEqual([[0], [100], [200]]);
    expect(() => range.numberFormat).toThrow(/not available/);
    expect(() => range.load("text")).toThrow(/needs to be present/);
  });

  it("answers a load with the cells as they are at the sync that answers it", async () => {
    const excel = ledger(3, 1);
    const sheet = excel.context.workbook.worksheets.getItem("台账");
    const early = sheet.getRange("A1:A2");
    sheet.getRange("A1").values = [["新值"]];
    await excel.context.sync();
    early.load("values");
    await excel.context.sync();
    expect(early.values).toEqual([["新值"], [100]]);
  });

  it("knows isNullObject only after a sync, and forgets loads whose sync failed", async () => {
    const excel = ledger(3, 2);
    const sheet = excel.context.workbook.worksheets.getItem("台账");
    const cut = sheet.getRange("A1:A3").getIntersectionOrNullObject(sheet.getRange("C1:C3"));
    expect(() => cut.isNullObject).toThrow(/not available/);
    await excel.context.sync();
    expect(cut.isNullObject).toBe(true);
    const range = sheet.getRange("B1:B3").load("values");
    excel.failSync(2, Object.assign(new Error("lost"), { code: "GeneralException" }));
    await expect(excel.context.sync()).rejects.toThrow("lost");
    await excel.context.sync();
    expect(() => range.values).toThrow(/not available/);
  });

  it("converts written text as Excel does, keeps it in a text-formatted cell, and applies writes in queue order", async () => {
    const excel = ledger(1, 1);
    const sheet = excel.context.workbook.worksheets.getItem("台账");
    const entries = [
      ["001", "1e3", "TRUE", "#N/A", "=A1", "'001", "-5", "+A1", "1/2", "50%", "会员"],
    ];
    sheet.getRange("A2:K2").values = entries;
    const text = sheet.getRange("A3:K3");
    text.numberFormat = [entries[0].map(() => "@")];
    text.values = entries;
    await excel.context.sync();
    const row = (r: number) =>
      entries[0].map(
        (_, c) => excel.sheet("台账").get(r, c)!.formula ?? excel.sheet("台账").get(r, c)!.value
      );
    const [, , , , , , , , jan2, half] = row(1);
    expect(row(1)).toEqual([1, 1000, true, "#N/A", "=A1", "001", -5, "=+A1", jan2, half, "会员"]);
    expect(excel.sheet("台账").get(1, 3)!.error).toBe(true);
    expect(typeof jan2).toBe("number");
    expect(excel.sheet("台账").numberFormat(1, 8)).toBe("yyyy/m/d");
    expect(half).toBe(0.5);
    expect(row(2)).toEqual([...entries[0].slice(0, 5), "001", ...entries[0].slice(6)]);
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
      code: "ResponsePayloadSizeLimitExceeded",
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
