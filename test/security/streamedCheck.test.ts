/**
 * `check` streams worksheets (row by row, merges read from the sheet XML) so its peak memory follows
 * the ledgers' cells, not ExcelJS's whole model. What it reads must be exactly what the in-memory
 * host reads: the same grids, merges, far cells and settings, so the findings cannot differ.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { readSettingFromGrid, SETTINGS_SHEET, writeSetting } from "../../src/file/settingsSheet";
import { streamSheets } from "../../src/file/streamSheets";
import { run } from "../cli/run";
import { sampleBytes, tempDir } from "../file/helpers";

async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("check's streamed read", () => {
  it("reads the sample exactly as the in-memory host does: names, grids, merges", async () => {
    const bytes = sampleBytes();
    const host = await FileWorkbook.open(bytes, "sample.xlsx");
    const inMemory = await host.readSheets();
    const streamed = (await streamSheets(bytes, "sample.xlsx")).filter((s) => s.name !== SETTINGS_SHEET);
    expect(streamed.map((s) => s.name)).toEqual(inMemory.map((s) => s.name));
    streamed.forEach((s, i) => {
      expect(s.grid).toEqual(inMemory[i].grid);
      expect([...(s.merges ?? [])].sort((a, b) => a.row - b.row || a.col - b.col)).toEqual(
        [...(inMemory[i].merges ?? [])].sort((a, b) => a.row - b.row || a.col - b.col)
      );
    });
    expect(streamed.some((s) => (s.merges ?? []).length > 0)).toBe(true);
  });

  it("keeps Chinese text whole however the parts are cut into chunks (5,000 rows of it)", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("组织台账");
    ws.addRow(["单位名称", "职工人数", "备注"]);
    for (let i = 0; i < 5_000; i++) ws.addRow([`第${i}号街道工会联合会所属企业`, i, "职工之家建设示范单位".repeat(1 + (i % 7))]);
    const bytes = await bytesOf(book);
    const inMemory = await (await FileWorkbook.open(bytes, "big.xlsx")).readSheets();
    const streamed = await streamSheets(bytes, "big.xlsx");
    expect(streamed[0].grid).toEqual(inMemory[0].grid);
  });

  it("bounds the grid by the cells present and keeps far cells, saved settings and uncached formulas", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("台账");
    ws.getCell("A1").value = "单位名称";
    ws.getCell("B1").value = "职工人数";
    ws.getCell("A2").value = "甲公司";
    ws.getCell("B2").value = 12;
    ws.getCell("C2").value = { formula: "B2*2" } as ExcelJS.CellFormulaValue;
    ws.mergeCells("A3:B3");
    ws.getCell("A3").value = "注：合并单元格";
    ws.getCell("XFD1048576").value = "远";
    writeSetting(book, "unionstats.ledgers", [{ sheet: "台账", note: "x".repeat(40_000) }]);
    const bytes = await bytesOf(book);
    const inMemory = await (await FileWorkbook.open(bytes, "t.xlsx")).readSheets();
    const streamed = await streamSheets(bytes, "t.xlsx");
    const sheet = streamed.find((s) => s.name === "台账")!;
    expect(sheet.grid).toEqual(inMemory[0].grid);
    expect(sheet.grid).toHaveLength(3);
    expect(sheet.merges).toEqual([{ row: 2, col: 0, rows: 1, cols: 2 }]);
    expect(sheet.farCells).toEqual([{ row: 1_048_575, col: 16_383 }]);
    expect(sheet.uncachedFormulas).toBe(1);
    const settings = streamed.find((s) => s.name === SETTINGS_SHEET)!;
    expect(settings.state).toBe("veryHidden");
    expect(readSettingFromGrid(settings.grid, "unionstats.ledgers")).toEqual([{ sheet: "台账", note: "x".repeat(40_000) }]);
  });

  it("gives the command line the same findings, and damaged settings JSON is still a notice", async () => {
    const { dir, remove } = tempDir();
    try {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(sampleBytes() as unknown as ExcelJS.Buffer);
      writeSetting(book, "unionstats.ledgers", [1]);
      book.getWorksheet(SETTINGS_SHEET)!.getCell("B1").value = "[1,";
      const file = path.join(dir, "edited.xlsx");
      fs.writeFileSync(file, await bytesOf(book));
      const result = await run("check", "--json", file);
      expect(result.code).toBe(1);
      expect(result.err).toContain("工作簿中保存的设置“unionstats.ledgers”无法读取");
      const findings = JSON.parse(result.out) as Array<{ sheet: string; cell: string; code: string }>;
      expect(findings).toEqual([expect.objectContaining({ sheet: "互助保障", cell: "H55", code: "total-mismatch" })]);
    } finally {
      remove();
    }
  });
});
