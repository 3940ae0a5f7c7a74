/**
 * The WPS host against the fake ET object model: the same kinds of test the Office.js adapter has
 * (reads, writes in rectangles, never over a sheet, settings), with the COM conventions the fake keeps.
 */
import type { SheetPlan } from "../../src/core/sheetPlan";
import { WpsWorkbook } from "../../src/wps/wpsWorkbook";
import { SETTINGS_SHEET } from "../../src/wps/etSettings";
import { SETTINGS_SHEET as FILE_SETTINGS_SHEET } from "../../src/file/settingsSheet";
import { FakeApplication } from "./fakeEt";

function ledger(): { app: FakeApplication; host: WpsWorkbook } {
  const app = new FakeApplication(["组织台账", "Sheet2"]);
  const sheet = app.workbook!.sheet("组织台账");
  sheet.Range("A1:C1").Value2 = [["单位名称", "是否建会", "职工人数"]];
  sheet.Range("A2:C4").Value2 = [
    ["甲公司", "是", 120],
    ["乙公司", "否", 35],
    ["丙公司", "", 8],
  ];
  sheet.Range("C2:C4").NumberFormat = "#,##0";
  sheet.Range("C3").NumberFormat = "0";
  return { app, host: new WpsWorkbook(app) };
}

describe("reading through ET", () => {
  it("reads a block as a grid with its number formats, blanks as null, the address sheet-qualified", async () => {
    const { host } = ledger();
    const data = await host.readRange("组织台账!A2:C4");
    expect(data.address).toBe("'组织台账'!A2:C4");
    expect(data.values).toEqual([
      ["甲公司", "是", 120],
      ["乙公司", "否", 35],
      ["丙公司", null, 8],
    ]);
    expect(data.numberFormats).toEqual([
      ["General", "General", "#,##0"],
      ["General", "General", "0"],
      ["General", "General", "#,##0"],
    ]);
  });

  it("takes Value2's shapes for one cell, a row and a column", async () => {
    const { host } = ledger();
    expect((await host.readRange("'组织台账'!C2")).values).toEqual([[120]]);
    expect((await host.readRange("组织台账!A2:C2")).values).toEqual([["甲公司", "是", 120]]);
    expect((await host.readRange("组织台账!C2:C4")).values).toEqual([[120], [35], [8]]);
  });

  it("stops a whole column at the used range, and reads the active sheet when no sheet is named", async () => {
    const { host } = ledger();
    const column = await host.readRange("B:B");
    expect(column.address).toBe("'组织台账'!B1:B4");
    expect(column.values).toEqual([["是否建会"], ["是"], ["否"], [null]]);
  });

  it("reads the selection, and refuses a selection that is not cells", async () => {
    const { app, host } = ledger();
    app.selection = app.workbook!.sheet("组织台账").Range("B2:C3");
    expect((await host.readSelection()).values).toEqual([
      ["是", 120],
      ["否", 35],
    ]);
    app.selection = { Name: "图表 1" };
    await expect(host.readSelection()).rejects.toThrow("请先选中单元格");
  });

  it("rejects an invalid address or an unknown sheet with a message naming it", async () => {
    const { host } = ledger();
    await expect(host.readRange("组织台账!A0")).rejects.toThrow("A0");
    await expect(host.readRange("台账!A1")).rejects.toThrow("找不到工作表“台账”");
  });

  it("reads every sheet from A1 even when the used range starts further in, merges included", async () => {
    const app = new FakeApplication(["表"]);
    const sheet = app.workbook!.sheet("表");
    sheet.Range("C3:D3").Value2 = [["标题", null]];
    sheet.Range("C3:D3").Merge();
    sheet.Range("C5").Value2 = 7;
    expect(sheet.UsedRange.Address()).toBe("$C$3:$D$5");
    const [read] = await new WpsWorkbook(app).readSheets();
    expect(read.grid).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, "标题"],
      [null, null, null],
      [null, null, 7],
    ]);
    expect(read.merges).toEqual([{ row: 2, col: 2, rows: 1, cols: 2 }]);
  });

  it("finds merged areas by halving: a header's merges in far fewer calls than cells", async () => {
    const app = new FakeApplication(["表"]);
    const sheet = app.workbook!.sheet("表");
    sheet.Range("A1:F1").Merge();
    sheet.Range("A2:A3").Merge();
    sheet.Range("E2:F3").Merge();
    sheet.Range("A2000:F2000").Value2 = [[1, 2, 3, 4, 5, 6]];
    const [read] = await new WpsWorkbook(app).readSheets();
    expect(app.mergeCalls).toBeLessThan(60); // 12,000 cells
    expect(read.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 6 },
      { row: 1, col: 0, rows: 2, cols: 1 },
      { row: 1, col: 4, rows: 2, cols: 2 },
    ]);
  });
});

const PLAN: SheetPlan = {
  cells: [
    { row: 0, col: 0, value: "标题", bold: true },
    { row: 1, col: 0, value: "=1+1" },
    { row: 1, col: 1, value: "00123" },
    { row: 1, col: 2, value: "-5" },
    { row: 1, col: 3, value: "TRUE" },
    { row: 2, col: 0, value: 0.955, numberFormat: "0.0%" },
    { row: 2, col: 1, formula: "=A3*2", numberFormat: "0.00" },
    { row: 2, col: 2, value: 3 },
    { row: 2, col: 3, value: true },
    { row: 3, col: 0, value: "说明文字", wrap: true },
  ],
  merges: [
    { row: 0, col: 0, rows: 1, cols: 4 },
    { row: 3, col: 0, rows: 1, cols: 4 },
  ],
  columnWidths: { 0: 30, 1: 12, 2: 12 },
  rowHeights: { 3: 36 },
  validations: [{ row: 4, col: 1, rows: 5, cols: 1, list: ["是", "否"] }],
  freeze: { rows: 1, cols: 0 },
  charts: [
    {
      type: "pie",
      title: "建会情况",
      source: { row: 2, col: 0, rows: 1, cols: 2 },
      at: { row: 0, col: 6 },
    },
  ],
};

describe("writing a plan through ET", () => {
  it("writes each rectangle in one assignment, text literal, formats grouped", async () => {
    const app = new FakeApplication(["Sheet1"]);
    const host = new WpsWorkbook(app);
    expect(await host.writePlan("Sheet1!B2", PLAN)).toBe("'Sheet1'!B2:E5");
    expect(app.log.filter((l) => l.startsWith("Formula="))).toEqual([
      "Formula=B2",
      "Formula=B3:E4",
      "Formula=B5",
    ]);
    const sheet = app.workbook!.sheet("Sheet1");
    expect(sheet.cell(2, 1)).toMatchObject({ value: "=1+1" });
    expect(sheet.cell(2, 2)).toMatchObject({ value: "00123" });
    expect(sheet.cell(2, 3)).toMatchObject({ value: "-5" });
    expect(sheet.cell(2, 4)).toMatchObject({ value: "TRUE" });
    expect(sheet.cell(3, 1)).toMatchObject({ value: 0.955, format: "0.0%" });
    expect(sheet.cell(3, 2)).toMatchObject({ formula: "=A3*2", format: "0.00" });
    expect(sheet.cell(3, 4)).toMatchObject({ value: true });
    expect(sheet.cell(1, 1)).toMatchObject({ value: "标题", bold: true });
    expect(sheet.cell(4, 1)).toMatchObject({ wrap: true, valign: -4160 });
    expect(sheet.Range("B2:E2").MergeCells).toBe(true);
    expect(sheet.Range("B5:E5").MergeCells).toBe(true);
    expect(sheet.Range("B1").ColumnWidth).toBe(30);
    expect(sheet.Range("C1:D1").ColumnWidth).toBe(12);
    expect(sheet.Range("A5").RowHeight).toBe(36);
    expect(sheet.cell(5, 2)?.validation).toEqual({ type: 3, formula1: "是,否" });
    expect(sheet.freeze).toEqual({ rows: 2, cols: 0 });
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: 5,
        title: "建会情况",
        source: "B4:C4",
        plotBy: 2,
        hasTitle: true,
      }),
    ]);
    // Number formats: one assignment per block of equal format, not one per cell.
    expect(app.log.filter((l) => l.startsWith("NumberFormat=")).length).toBeLessThanOrEqual(6);
  });

  it("suspends screen updating and calculation around a write and restores them, failure included", async () => {
    const app = new FakeApplication(["Sheet1"]);
    app.calculation = 2;
    const host = new WpsWorkbook(app);
    await host.writePlan("A1", { cells: [{ row: 0, col: 0, value: 1 }] });
    expect(app.switches).toEqual([
      "ScreenUpdating=false",
      "Calculation=-4135",
      "Calculation=2",
      "ScreenUpdating=true",
    ]);
    const sheet = app.workbook!.sheet("Sheet1");
    sheet.Range("A3").Validation.Add(3, 1, 1, "甲");
    await expect(
      host.writePlan("A1", {
        cells: [{ row: 0, col: 0, value: 2 }],
        validations: [{ row: 0, col: 0, rows: 1, cols: 1, list: ["a,b"] }],
      })
    ).rejects.toThrow("不能含逗号");
    expect(sheet.cell(0, 0)?.value).toBe(1); // refused before anything was written
    expect(app.screenUpdating).toBe(true);
    expect(app.calculation).toBe(2);
  });

  it("restores screen updating and calculation when ET fails in the middle of a write", async () => {
    const app = new FakeApplication(["Sheet1"]);
    const sheet = app.workbook!.sheet("Sheet1");
    Object.defineProperty(sheet, "Shapes", {
      get: () => {
        throw new Error("图表失败");
      },
    });
    await expect(new WpsWorkbook(app).writePlan("A1", PLAN)).rejects.toThrow("图表失败");
    expect(sheet.cell(0, 0)?.value).toBe("标题");
    expect(app.screenUpdating).toBe(true);
    expect(app.calculation).toBe(-4105);
  });

  it("replaces a drop-down list already on the cells instead of failing", async () => {
    const app = new FakeApplication(["Sheet1"]);
    app.workbook!.sheet("Sheet1").Range("B5").Validation.Add(3, 1, 1, "旧");
    await new WpsWorkbook(app).writePlan("A1", PLAN);
    expect(app.workbook!.sheet("Sheet1").cell(4, 1)?.validation?.formula1).toBe("是,否");
  });

  it("tells whether an area is empty before the pane writes there", async () => {
    const { host } = ledger();
    expect(await host.isAreaEmpty("组织台账!E1", 4, 3)).toBe(true);
    expect(await host.isAreaEmpty("组织台账!C4", 2, 2)).toBe(false);
  });
});

describe("new sheets and the selection", () => {
  it("adds 报告草稿, then 报告草稿 (2), never over a sheet, after the last visible one, and shows it", async () => {
    const { app, host } = ledger();
    app.workbook!.sheet("Sheet2").Name = "报告草稿";
    await host.setSetting("unionstats.year", 2024); // the very hidden settings sheet is now last
    const name = await host.addSheetWithPlan("报告草稿", {
      cells: [{ row: 0, col: 0, value: "新" }],
    });
    expect(name).toBe("报告草稿 (2)");
    expect(app.workbook!.sheets.map((s) => s.Name)).toEqual([
      "组织台账",
      "报告草稿",
      "报告草稿 (2)",
      SETTINGS_SHEET,
    ]);
    expect(app.ActiveSheet?.Name).toBe("报告草稿 (2)");
    expect(app.workbook!.sheet("报告草稿").cells.size).toBe(0);
    expect(await host.addSheetWithPlan("报告草稿", { cells: [] })).toBe("报告草稿 (3)");
  });

  it("selects a range on another sheet by showing that sheet first", async () => {
    const { app, host } = ledger();
    await host.selectRange("'Sheet2'!B3:C4");
    expect(app.ActiveSheet?.Name).toBe("Sheet2");
    expect((app.Selection as { Address(): string }).Address()).toBe("$B$3:$C$4");
  });
});

describe("settings in the very hidden sheet", () => {
  it("round-trips values, long ones across cells, without changing the sheet the user sees", async () => {
    const { app, host } = ledger();
    expect(SETTINGS_SHEET).toBe(FILE_SETTINGS_SHEET);
    expect(await host.getSetting("unionstats.ledgers")).toBeUndefined();
    const long = { note: "-".repeat(70_000), n: 12 };
    await host.setSetting("unionstats.ledgers", long);
    await host.setSetting("unionstats.street", "示例街道");
    await host.setSetting("unionstats.year", 2024);
    expect(await host.getSetting("unionstats.ledgers")).toEqual(long);
    expect(await host.getSetting("unionstats.street")).toBe("示例街道");
    expect(await host.getSetting("unionstats.year")).toBe(2024);
    const settings = app.workbook!.sheet(SETTINGS_SHEET);
    expect(settings.Visible).toBe(2);
    expect(app.ActiveSheet?.Name).toBe("组织台账");
    await host.setSetting("unionstats.ledgers", [1]);
    expect(await host.getSetting("unionstats.ledgers")).toEqual([1]);
    await host.setSetting("unionstats.street", undefined);
    expect(await host.getSetting("unionstats.street")).toBeUndefined();
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["组织台账", "Sheet2"]);
  });

  it("reads a setting whose JSON was edited by hand as unset, with one notice naming it (never a crash)", async () => {
    const { app, host } = ledger();
    await host.setSetting("unionstats.year", 2024);
    await host.setSetting("unionstats.street", "示例街道");
    app.workbook!.sheet(SETTINGS_SHEET).Range("B1").Value2 = "{2024";
    expect(await host.getSetting("unionstats.year")).toBeUndefined();
    expect(await host.getSetting("unionstats.year")).toBeUndefined();
    expect(await host.getSetting("unionstats.street")).toBe("示例街道");
    expect(host.notices).toEqual([
      {
        zh: "工作簿中保存的设置“unionstats.year”无法读取（UnionStats设置 工作表被改动过？），已忽略。",
        en: expect.stringMatching(
          /^The setting "unionstats\.year" saved in the workbook is not valid JSON \(.+\): ignored\.$/
        ),
      },
    ]);
  });
});

describe("fonts, alignment, borders and page setup", () => {
  it("writes them as the plan asks: A4 fitted to one page wide, print area, footer, margins in points", async () => {
    const app = new FakeApplication(["Sheet1"]);
    await new WpsWorkbook(app).addSheetWithPlan("报告草稿", {
      cells: [
        {
          row: 0,
          col: 0,
          value: "标题",
          font: { name: "方正小标宋简体", size: 18 },
          align: "center",
        },
        { row: 1, col: 0, value: 1, border: true },
        { row: 1, col: 1, value: 2, border: true },
      ],
      page: {
        orientation: "portrait",
        fitToWidth: true,
        margins: { top: 25.4, bottom: 25.4, left: 20, right: 20, header: 10, footer: 10 },
        printArea: { row: 0, col: 0, rows: 2, cols: 2 },
        footer: "第 &P 页 共 &N 页",
        centerHorizontally: true,
      },
    });
    const sheet = app.workbook!.sheet("报告草稿");
    expect(sheet.cell(0, 0)).toMatchObject({
      fontName: "方正小标宋简体",
      fontSize: 18,
      halign: -4108,
    });
    expect(sheet.Range("A2:B2").Borders.LineStyle).toBe(1);
    expect(sheet.PageSetup).toMatchObject({
      PaperSize: 9,
      Orientation: 1,
      Zoom: false,
      FitToPagesWide: 1,
      FitToPagesTall: false,
      TopMargin: 72,
      PrintArea: "$A$1:$B$2",
      CenterFooter: "第 &P 页 共 &N 页",
      CenterHorizontally: true,
    });
  });
});
