import { supportedUpTo } from "../../src/excel/apiSupport";
import { selectRange } from "../../src/excel/selectRange";
import { getSetting, setSetting } from "../../src/excel/settings";
import { FakeExcel } from "./fakeExcel";

describe("workbook settings", () => {
  it("round-trips JSON values, one sync for each read and write", async () => {
    const excel = new FakeExcel();
    const mapping = [
      {
        sheetName: "组织台账",
        schemaId: "organisations",
        headerRows: [2, 3],
        columns: { name: 1 },
      },
    ];
    const values: Array<[string, unknown]> = [
      ["unionstats.year", 2024],
      ["unionstats.street", "示例街道"],
      ["unionstats.ledgers", mapping],
      ["flag", false],
      ["nothing", null],
    ];
    for (const [key, value] of values) await setSetting(excel.context, key, value);
    expect(excel.syncCount).toBe(values.length);
    for (const [key, value] of values) expect(await getSetting(excel.context, key)).toEqual(value);
    expect(excel.syncCount).toBe(2 * values.length);
  });

  it("gives undefined for a setting never stored", async () => {
    const excel = new FakeExcel();
    expect(await getSetting(excel.context, "unionstats.year")).toBeUndefined();
  });

  it("replaces a setting, stores what JSON keeps, and removes one given undefined", async () => {
    const excel = new FakeExcel();
    await setSetting(excel.context, "k", { at: new Date(Date.UTC(2024, 11, 31)), skip: undefined });
    expect(await getSetting(excel.context, "k")).toEqual({ at: "2024-12-31T00:00:00.000Z" });
    await setSetting(excel.context, "k", 7);
    expect(await getSetting(excel.context, "k")).toBe(7);
    await setSetting(excel.context, "k", undefined);
    expect(excel.settings.has("k")).toBe(false);
    await setSetting(excel.context, "k", undefined); // nothing to remove: no error
    expect(await getSetting(excel.context, "k")).toBeUndefined();
  });

  it("refuses what JSON cannot hold, and a host without settings, before any sync", async () => {
    const excel = new FakeExcel();
    await expect(setSetting(excel.context, "f", () => 1)).rejects.toThrow(TypeError);
    const old = supportedUpTo("1.3");
    await expect(getSetting(excel.context, "k", old)).rejects.toThrow(/ExcelApi 1.4/);
    await expect(setSetting(excel.context, "k", 1, old)).rejects.toThrow(/ExcelApi 1.4/);
    expect(excel.syncCount).toBe(0);
  });

  it("lets Excel's errors reach the caller", async () => {
    const excel = new FakeExcel();
    excel.failSync(1, Object.assign(new Error("busy"), { code: "GeneralException" }));
    await expect(setSetting(excel.context, "k", 1)).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(excel.settings.has("k")).toBe(false);
  });
});

describe("selectRange", () => {
  it("activates the range's sheet and selects the range, in one sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("台账");
    excel.addSheet("互助保障");
    excel.activeSheet = "台账";
    await selectRange(excel.context, "互助保障!H55");
    expect(excel.activeSheet).toBe("互助保障");
    expect(excel.selection).toEqual({ sheet: "互助保障", address: "H55" });
    await selectRange(excel.context, "B2:C3");
    expect(excel.selection).toEqual({ sheet: "互助保障", address: "B2:C3" });
    expect(excel.syncCount).toBe(2);
  });

  it("rejects a missing sheet or a bad address", async () => {
    const excel = new FakeExcel();
    excel.addSheet("台账");
    await expect(selectRange(excel.context, "没有!A1")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    await expect(selectRange(excel.context, "A1:B2:C3")).rejects.toThrow(/单元格地址无效/);
  });
});
