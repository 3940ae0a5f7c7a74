import type { WorkbookHost } from "../../src/core/workbook";
import { ExcelWorkbook, type ExcelRun } from "../../src/excel/excelWorkbook";
import { FakeExcel } from "./fakeExcel";

function setup() {
  const excel = new FakeExcel();
  excel.addSheet("台账").fill("A1", [
    ["姓名", "会费"],
    ["张三", 12.5],
  ]);
  excel.addSheet("报告草稿");
  excel.activeSheet = "台账";
  let runs = 0;
  const run: ExcelRun = (batch) => {
    runs++;
    return excel.run(batch);
  };
  const workbook: WorkbookHost = new ExcelWorkbook(run);
  return { excel, workbook, runs: () => runs };
}

describe("ExcelWorkbook", () => {
  it("runs each call in one Excel.run over the adapter functions", async () => {
    const { excel, workbook, runs } = setup();
    excel.selection = { sheet: "台账", address: "A2:B2" };
    expect((await workbook.readSelection()).values).toEqual([["张三", 12.5]]);
    expect((await workbook.readRange("台账!B2")).values).toEqual([[12.5]]);
    expect(await workbook.isAreaEmpty("报告草稿!A1", 3, 3)).toBe(true);
    expect(
      await workbook.writePlan("报告草稿!A1", {
        cells: [
          { row: 0, col: 0, value: "合计" },
          { row: 0, col: 1, formula: "=SUM('台账'!B2:B2)" },
        ],
      })
    ).toBe("'报告草稿'!A1:B1");
    expect(await workbook.isAreaEmpty("报告草稿!A1", 3, 3)).toBe(false);
    expect(runs()).toBe(5);
    expect(excel.sheet("报告草稿").get(0, 1)?.formula).toBe("=SUM('台账'!B2:B2)");
  });

  it("implements the rest of WorkbookHost, one Excel.run per call", async () => {
    const { excel, workbook, runs } = setup();
    excel.sheet("台账").merges.push("A1:B1");
    const sheets = await workbook.readSheets();
    expect(sheets.map((s) => s.name)).toEqual(["台账", "报告草稿"]);
    expect(sheets[0]).toEqual({
      name: "台账",
      grid: [
        ["姓名", "会费"],
        ["张三", 12.5],
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
    });
    const plan = { cells: [{ row: 0, col: 0, value: "草稿" }], freeze: { rows: 1, cols: 0 } };
    expect(await workbook.addSheetWithPlan("报告草稿", plan)).toBe("报告草稿 (2)");
    expect(excel.sheet("报告草稿 (2)").get(0, 0)?.value).toBe("草稿");
    await workbook.setSetting("unionstats.street", "示例街道");
    expect(await workbook.getSetting<string>("unionstats.street")).toBe("示例街道");
    expect(await workbook.getSetting("unionstats.year")).toBeUndefined();
    await workbook.selectRange("台账!B2");
    expect(excel.selection).toEqual({ sheet: "台账", address: "B2" });
    expect(excel.activeSheet).toBe("台账");
    expect(runs()).toBe(6);
  });

  it("adds a sheet with the full answer, and drafts the report", async () => {
    const { excel } = setup();
    const workbook = new ExcelWorkbook(excel.run);
    const added = await workbook.addSheet("模板", {
      cells: [{ row: 0, col: 0, value: "是否建会" }],
      validations: [{ row: 1, col: 0, rows: 3, cols: 1, list: ["是", "否"] }],
    });
    expect(added).toEqual({ name: "模板", address: "'模板'!A1", skipped: [] });
    const outcome = await workbook.generateReport({ year: 2024 });
    expect(outcome.sheetName).toBe("报告草稿 (2)");
    expect(outcome.year).toBe(2024);
  });

  it("reads used ranges and tables too", async () => {
    const { excel } = setup();
    excel.tables.set("会员", { sheet: "台账", address: "A1:B2" });
    const workbook = new ExcelWorkbook(excel.run);
    expect((await workbook.readUsedRange("台账")).address).toBe("'台账'!A1:B2");
    expect((await workbook.readTable("会员")).values[1]).toEqual(["张三", 12.5]);
  });

  it("lets errors reach the caller", async () => {
    const { workbook } = setup();
    await expect(workbook.readRange("缺失!A1")).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(workbook.readRange("not an address")).rejects.toThrow(/单元格地址无效/);
    await expect(
      workbook.writePlan("缺失!A1", { cells: [{ row: 0, col: 0, value: 1 }] })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(workbook.isAreaEmpty("缺失!A1", 1, 1)).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    await expect(workbook.selectRange("缺失!A1")).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(workbook.setSetting("k", () => 1)).rejects.toThrow(TypeError);
  });

  it("lets a failed sync reach the caller from every new method", async () => {
    const { excel, workbook } = setup();
    const error = Object.assign(new Error("连接中断"), { code: "GeneralException" });
    const calls = [
      () => workbook.readSheets(),
      () => workbook.addSheetWithPlan("新表", { cells: [] }),
      () => workbook.getSetting("k"),
      () => workbook.setSetting("k", 1),
      () => workbook.selectRange("台账!A1"),
    ];
    for (const call of calls) {
      excel.failSync(excel.syncCount + 1, error);
      await expect(call()).rejects.toBe(error);
    }
    expect(excel.sheets.has("新表")).toBe(false);
  });

  it("rejects, not throws, when Excel itself is not there", async () => {
    const workbook = new ExcelWorkbook(); // the default run calls the Excel global, absent under jest
    const pending = workbook.readSelection();
    await expect(pending).rejects.toThrow(ReferenceError);
  });

  it("uses Excel.run by default", async () => {
    const { excel } = setup();
    const global = globalThis as { Excel?: unknown };
    global.Excel = {
      run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(excel.context),
    };
    try {
      expect((await new ExcelWorkbook().readRange("台账!A1")).values).toEqual([["姓名"]]);
    } finally {
      delete global.Excel;
    }
  });
});
