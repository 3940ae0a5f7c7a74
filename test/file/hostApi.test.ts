/** The rest of the WorkbookHost interface on a file: ranges, plans at an anchor, names, settings, selection. */
import ExcelJS from "exceljs";
// ExcelJS's own zip reader (a dependency of exceljs).
import JSZip from "jszip";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { SETTINGS_SHEET } from "../../src/file/settingsSheet";
import { bytesOf, reopen, sampleBytes } from "./helpers";

async function small(): Promise<FileWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("台账 2024");
  ws.addRows([
    ["单位", "人数"],
    ["甲", 30],
    ["乙", 12],
  ]);
  ws.getCell("B2").numFmt = "#,##0";
  workbook.addWorksheet("Sheet2").getCell("C3").value = "x";
  return FileWorkbook.open(await bytesOf(workbook), "small.xlsx");
}

describe("FileWorkbook as a WorkbookHost", () => {
  it("reads ranges by address, whole columns down to the last row, with number formats", async () => {
    const host = await small();
    const range = await host.readRange("'台账 2024'!A1:B3");
    expect(range).toMatchObject({ address: "'台账 2024'!A1:B3", values: [["单位", "人数"], ["甲", 30], ["乙", 12]] });
    expect(range.numberFormats?.[1][1]).toBe("#,##0");
    expect((await host.readRange("'台账 2024'!B:B")).values).toEqual([["人数"], [30], [12]]);
    expect((await host.readRange("Sheet2!C3")).values).toEqual([["x"]]);
    await expect(host.readRange("没有!A1")).rejects.toThrow(/找不到工作表/);
  });

  it("reads the active sheet's used range as the selection (a file has no selection)", async () => {
    const host = await small();
    expect(await host.readSelection()).toMatchObject({ address: "'台账 2024'!A1:B3", values: [["单位", "人数"], ["甲", 30], ["乙", 12]] });
    await host.selectRange("Sheet2!C3");
    expect((await host.readSelection()).address).toBe("Sheet2!A1:C3");
  });

  it("tells empty areas from filled ones, and writes a plan at an anchor", async () => {
    const host = await small();
    expect(await host.isAreaEmpty("'台账 2024'!D1", 3, 2)).toBe(true);
    expect(await host.isAreaEmpty("'台账 2024'!B3", 2, 2)).toBe(false);
    const address = await host.writePlan("'台账 2024'!D2", { cells: [{ row: 0, col: 0, value: "合计" }, { row: 0, col: 1, formula: "=SUM(B2:B3)", result: 42 }] });
    expect(address).toBe("'台账 2024'!D2:E2");
    expect((await host.readRange("'台账 2024'!D2:E2")).values).toEqual([["合计", 42]]);
  });

  it("never replaces a sheet: 报告草稿, then 报告草稿 (2), and shows the new one", async () => {
    const host = await small();
    expect(await host.addSheetWithPlan("报告草稿", { cells: [{ row: 0, col: 0, value: 1 }] })).toBe("报告草稿");
    expect(await host.addSheetWithPlan("报告草稿", { cells: [{ row: 0, col: 0, value: 2 }] })).toBe("报告草稿 (2)");
    const book = await reopen(await host.toBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(["台账 2024", "Sheet2", "报告草稿", "报告草稿 (2)"]);
    expect(book.worksheets[book.views[0].activeTab!].name).toBe("报告草稿 (2)");
  });

  it("keeps settings as JSON in a very hidden sheet that readSheets leaves out", async () => {
    const host = await small();
    const mappings = [{ sheetName: "台账 2024", schemaId: "organisations", headerRows: [0], columns: { orgName: 0 } }];
    const long = "长".repeat(70_000);
    await host.setSetting("unionstats.ledgers", mappings);
    await host.setSetting("unionstats.year", 2024);
    await host.setSetting("long", long);
    await host.setSetting("unionstats.year", 2025);
    const again = await FileWorkbook.open(await host.toBuffer(), "again.xlsx");
    expect(await again.getSetting("unionstats.ledgers")).toEqual(mappings);
    expect(await again.getSetting("unionstats.year")).toBe(2025);
    expect(await again.getSetting("long")).toBe(long);
    expect(await again.getSetting("missing")).toBeUndefined();
    expect(again.workbook.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect((await again.readSheets()).map((s) => s.name)).toEqual(["台账 2024", "Sheet2"]);
    await again.setSetting("unionstats.year", undefined);
    expect(await again.getSetting("unionstats.year")).toBeUndefined();
  });

  it("records the selected cell in the sheet's view", async () => {
    const host = await FileWorkbook.open(sampleBytes(), "sample.xlsx");
    await host.selectRange("互助保障!H55");
    const book = await reopen(await host.toBuffer());
    expect(book.worksheets[book.views[0].activeTab!].name).toBe("互助保障");
    expect(book.getWorksheet("互助保障")!.views[0].activeCell).toBe("H55");
  });
});

describe("showing a new sheet", () => {
  it("leaves only that sheet selected, so Excel does not open the sheets grouped", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("台账", { views: [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView] });
    const host = await FileWorkbook.open(await bytesOf(workbook), "selected.xlsx");
    await host.addSheetWithPlan("报告草稿", { cells: [{ row: 0, col: 0, value: 1 }] });
    // ExcelJS does not read tabSelected back: look at the sheets' XML itself.
    const zip = await JSZip.loadAsync(await host.toBuffer());
    const views = await Promise.all(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"].map(async (f) => /<sheetView [^>]*>/.exec(await zip.file(f)!.async("string"))?.[0] ?? ""));
    expect(views.map((v) => v.includes('tabSelected="1"'))).toEqual([false, true]);
  });
});

describe("parts of the input a written copy lacks", () => {
  it("are named in a notice (charts, macros), while the workbook still opens", async () => {
    const zip = await JSZip.loadAsync(sampleBytes());
    zip.file("xl/charts/chart1.xml", "<chartSpace/>");
    zip.file("xl/vbaProject.bin", "macro");
    const host = await FileWorkbook.open(await zip.generateAsync({ type: "uint8array" }), "带图表.xlsx");
    expect(host.notices).toEqual([{ zh: "输出文件不含原工作簿中的图表、宏（原文件不受影响）。", en: "The written copy lacks the input's charts, macros (the input file is not changed)." }]);
    const plain = await FileWorkbook.open(sampleBytes(), "示例.xlsx");
    expect((await host.readSheets()).length).toBe((await plain.readSheets()).length);
  });
});
