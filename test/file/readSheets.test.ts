/** Reading .xlsx files into grids as core reads them: the sample, and each kind of cell value. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import type { PlanMerge } from "../../src/core/sheetPlan";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { bytesOf, sampleBytes } from "./helpers";

const key = (m: PlanMerge) => `${m.row},${m.col},${m.rows},${m.cols}`;

describe("FileWorkbook.readSheets", () => {
  it("reads the sample .xlsx as the same grids and merges as buildSampleWorkbook()", async () => {
    const host = await FileWorkbook.open(sampleBytes(), "street-union-sample.xlsx");
    const sheets = await host.readSheets();
    const built = buildSampleWorkbook();
    expect(sheets.map((s) => s.name)).toEqual(built.map((s) => s.name));
    sheets.forEach((sheet, i) => {
      expect(sheet.grid).toEqual(built[i].grid);
      expect((sheet.merges ?? []).map(key).sort()).toEqual((built[i].merges ?? []).map(key).sort());
    });
    expect(host.notices).toEqual([]);
  });

  it("turns each kind of ExcelJS value into the plain value Office.js would give", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("值");
    ws.getCell("A1").value = 12.5;
    ws.getCell("B1").value = "文字";
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = { richText: [{ text: "合" }, { text: "计", font: { bold: true } }] };
    ws.getCell("E1").value = { formula: "1+1", result: 2 };
    ws.getCell("F1").value = { formula: '"a"&"b"', result: "ab" };
    ws.getCell("A2").value = new Date(Date.UTC(2024, 0, 2));
    ws.getCell("B2").value = new Date(Date.UTC(2024, 0, 2, 12));
    ws.getCell("C2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E2").value = { text: "链接", hyperlink: "https://example.org" };
    ws.getCell("A4").value = "合并";
    ws.mergeCells("A4:C4");
    const host = await FileWorkbook.open(await bytesOf(workbook), "值.xlsx");
    const [sheet] = await host.readSheets();
    expect(sheet.grid).toEqual([
      [12.5, "文字", true, "合计", 2, "ab"],
      [45293, 45293.5, { error: "#N/A" }, { error: "#DIV/0!" }, "链接", null],
      [null, null, null, null, null, null],
      ["合并", null, null, null, null, null],
    ]);
    expect(sheet.merges).toEqual([{ row: 3, col: 0, rows: 1, cols: 3 }]);
  });

  it("reads a saved result of 0, false or text as saved (ExcelJS's cell.value leaves falsy results out)", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("核对");
    ws.getCell("A1").value = { formula: "UNION.CHECKSUM(B1,B2:B3)", result: 0 };
    ws.getCell("A2").value = { formula: "1>2", result: false };
    ws.getCell("A3").value = { formula: '"ab"', result: "ab" };
    const bytes = await bytesOf(workbook);
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain("<f>UNION.CHECKSUM(B1,B2:B3)</f><v>0</v>");
    const host = await FileWorkbook.open(bytes, "核对.xlsx");
    const [sheet] = await host.readSheets();
    expect(sheet.grid).toEqual([[0], [false], ["ab"]]);
    expect(host.notices).toEqual([]);
  });

  it("reads formulas without a saved result as blank, and says so", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("台账");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    const host = await FileWorkbook.open(await bytesOf(workbook), "无缓存.xlsx");
    const [sheet] = await host.readSheets();
    expect(sheet.grid).toEqual([[1]]);
    expect(host.notices.map((n) => n.zh)).toEqual([expect.stringContaining("1个公式没有保存计算结果")]);
  });
});
