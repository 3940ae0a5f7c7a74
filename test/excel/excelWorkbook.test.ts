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
