/** Plans written into .xlsx and read back with plain ExcelJS, as WPS, LibreOffice or Excel would find them. */
import ExcelJS from "exceljs";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { composeReport } from "../../src/core/report/composeReport";
import type { SheetPlan } from "../../src/core/sheetPlan";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { readPackage } from "./chartPackage";
import { reopen, sampleBytes } from "./helpers";

/** A plan with one of everything a renderer must carry. */
const PLAN: SheetPlan = {
  cells: [
    { row: 0, col: 0, value: "标题", bold: true, font: { name: "宋体", size: 18 }, align: "center", border: true },
    { row: 1, col: 0, value: '=HYPERLINK("http://example.org")' },
    { row: 1, col: 1, value: "+86 10 1234" },
    { row: 1, col: 2, value: "-5" },
    { row: 1, col: 3, value: "@通知" },
    { row: 2, col: 0, value: 0.955, numberFormat: "0.0%" },
    { row: 2, col: 1, formula: "=A3*2", result: 1.91, numberFormat: "0.00" },
    { row: 2, col: 2, formula: '="共"&TEXT(A3,"0.0%")', result: "共95.5%" },
    { row: 2, col: 3, formula: "=A3>0.9", result: true },
    { row: 3, col: 0, value: "一段很长的文字,需要换行显示。", wrap: true },
    { row: 5, col: 0, value: "单位名称", bold: true },
    { row: 5, col: 1, value: "是否建会", bold: true },
    { row: 6, col: 0, value: "甲公司" },
    { row: 6, col: 1, value: "是" },
  ],
  merges: [{ row: 0, col: 0, rows: 1, cols: 4 }, { row: 3, col: 0, rows: 1, cols: 4 }],
  columnWidths: { 0: 30, 1: 12 },
  rowHeights: { 3: 36 },
  tables: [{ name: "UnionStats_test", row: 5, col: 0, rows: 3, cols: 2, style: "TableStyleMedium2" }],
  validations: [{ row: 6, col: 1, rows: 10, cols: 1, list: ["是", "否"] }],
  freeze: { rows: 6, cols: 0 },
  charts: [{ type: "pie", title: "建会情况", source: { row: 6, col: 0, rows: 1, cols: 2 }, at: { row: 0, col: 6 } }],
  page: {
    orientation: "portrait",
    fitToWidth: true,
    margins: { top: 25.4, bottom: 25.4, left: 25.4, right: 12.7, header: 12.7, footer: 12.7 },
    printArea: { row: 0, col: 0, rows: 8, cols: 4 },
    footer: "第 &P 页 共 &N 页",
    centerHorizontally: true,
  },
};

async function written(plan: SheetPlan): Promise<ExcelJS.Worksheet> {
  const host = FileWorkbook.create();
  expect(await host.addSheetWithPlan("报告草稿", plan)).toBe("报告草稿");
  return (await reopen(await host.toBuffer())).getWorksheet("报告草稿")!;
}

describe("renderPlan through FileWorkbook", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await written(PLAN);
  });

  it("keeps text that starts with = + - @ as text, never a formula", () => {
    expect(ws.getCell("A2").value).toBe('=HYPERLINK("http://example.org")');
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect([ws.getCell("B2").value, ws.getCell("C2").value, ws.getCell("D2").value]).toEqual(["+86 10 1234", "-5", "@通知"]);
  });

  it("writes formulas with core's results saved as their values, and number formats", () => {
    expect(ws.getCell("B3").value).toEqual({ formula: "A3*2", result: 1.91 });
    expect(ws.getCell("C3").value).toEqual({ formula: '"共"&TEXT(A3,"0.0%")', result: "共95.5%" });
    expect(ws.getCell("D3").value).toEqual({ formula: "A3>0.9", result: true });
    expect(ws.getCell("A3").numFmt).toBe("0.0%");
    expect(ws.getCell("B3").numFmt).toBe("0.00");
  });

  it("carries bold, wrap, merges, widths and heights", () => {
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A4").alignment?.wrapText).toBe(true);
    expect((ws.model as { merges?: string[] }).merges?.sort()).toEqual(["A1:D1", "A4:D4"]);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getRow(4).height).toBe(36);
  });

  it("carries fonts, alignment, borders and the page setup: A4, one page wide, margins, print area, footer", () => {
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, name: "宋体", size: 18 });
    expect(ws.getCell("A1").alignment?.horizontal).toBe("center");
    expect(ws.getCell("A1").border?.top?.style).toBe("thin");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: "A1:D8",
      margins: { top: 1, bottom: 1, left: 1, right: 0.5 },
    });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页 共 &N 页");
  });

  it("makes the table, the drop-down list and the frozen header", () => {
    const table = (ws as unknown as { tables: Record<string, { table: { tableRef: string; columns: Array<{ name: string }> } }> }).tables.UnionStats_test;
    expect(table.table.tableRef).toBe("A6:B8");
    expect(table.table.columns.map((c) => c.name)).toEqual(["单位名称", "是否建会"]);
    expect(ws.getCell("A7").value).toBe("甲公司");
    expect(ws.getCell("B7").dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    expect(ws.getCell("B16").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("B17").dataValidation).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
  });

  it("draws the plan's chart as a native chart over its cells, and writes no note in the sheet", async () => {
    const host = FileWorkbook.create();
    await host.addSheetWithPlan("报告草稿", PLAN);
    const charts = (await readPackage(await host.toBuffer())).charts.get("报告草稿")!;
    expect(charts.map((c) => [c.kind, c.title, c.categories, c.values, c.from, c.to])).toEqual([
      ["pie", "建会情况", "'报告草稿'!$A$7", "'报告草稿'!$B$7", { row: 0, col: 6 }, { row: 15, col: 14 }],
    ]);
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text)));
    expect(texts.filter((t) => t.includes("图表"))).toEqual([]);
  });

  it("refuses a list item with a comma, and numbers Excel cannot store", async () => {
    const host = FileWorkbook.create();
    await expect(host.addSheetWithPlan("a", { cells: [], validations: [{ row: 0, col: 0, rows: 1, cols: 1, list: ["甲,乙"] }] })).rejects.toThrow(/逗号/);
    await expect(host.addSheetWithPlan("b", { cells: [{ row: 0, col: 0, value: Number.NaN }] })).rejects.toThrow(/非有限数字/);
  });
});

describe("the report draft written into the sample", () => {
  it("saves every formula with the value core computed, and leaves the ledgers as they were", async () => {
    const host = await FileWorkbook.open(sampleBytes(), "sample.xlsx");
    const sheets = await host.readSheets();
    const draft = composeReport(sheets, { year: 2024, street: "示例街道" });
    for (const sheet of [draft.sheets.data, draft.sheets.checks, draft.sheets.draft])
      expect(await host.addSheetWithPlan(sheet.name, sheet.plan)).toBe(sheet.name);
    const book = await reopen(await host.toBuffer());
    let formulas = 0;
    for (const { name, plan } of Object.values(draft.sheets)) {
      const ws = book.getWorksheet(name)!;
      for (const c of plan.cells.filter((cell) => cell.formula)) {
        formulas++;
        // ExcelJS reads a saved 0 back as no result.
        const saved = ws.getCell(c.row + 1, c.col + 1).value as ExcelJS.CellFormulaValue;
        expect([saved.formula, saved.result ?? 0]).toEqual([c.formula!.slice(1), c.result]);
      }
    }
    expect(formulas).toBeGreaterThan(50);
    const data = book.getWorksheet("报告数据")!;
    for (const f of draft.figures) expect((data.getCell(f.row + 1, 2).value as ExcelJS.CellFormulaValue).result ?? 0).toBe(f.value);
    const again = await FileWorkbook.open(await host.toBuffer(), "again.xlsx");
    const reread = await again.readSheets();
    expect(reread.slice(0, sheets.length).map((s) => s.grid)).toEqual(buildSampleWorkbook().map((s) => s.grid));
    expect(book.worksheets[book.views[0].activeTab ?? 0].name).toBe("报告草稿");
  });
});
