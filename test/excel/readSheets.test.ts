import fc from "fast-check";
import { supportedUpTo } from "../../src/excel/apiSupport";
import { READ_CELLS_PER_SYNC } from "../../src/excel/readRange";
import { mergedAreas, readSheets, valueBatches } from "../../src/excel/readSheets";
import { FakeExcel } from "./fakeExcel";
import { asRead, sampleExcel } from "./sampleExcel";

const byPosition = (a: { row: number; col: number }, b: { row: number; col: number }) =>
  a.row - b.row || a.col - b.col;

describe("readSheets", () => {
  it("reads the sample workbook in 3 syncs: names, used ranges with merged areas, values", async () => {
    const { excel, sample } = sampleExcel();
    const sheets = await readSheets(excel.context);
    expect(excel.syncCount).toBe(3);
    expect(sheets.map((s) => s.name)).toEqual(sample.map((s) => s.name));
    sheets.forEach((sheet, i) => {
      expect(sheet.grid).toEqual(asRead(sample[i].grid));
      expect([...sheet.merges!].sort(byPosition)).toEqual(
        [...(sample[i].merges ?? [])].sort(byPosition)
      );
    });
    // Only what is needed: names, extents, merged-area addresses and values.
    const allowed = new Set([
      "name",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "values",
    ]);
    expect(excel.loads.flatMap((l) => l.props).every((p) => allowed.has(p))).toBe(true);
    expect(excel.syncs[0].cells + excel.syncs[1].cells).toBe(0);
  });

  it('reads from A1, so grid indexes are sheet rows and columns; blanks are ""', async () => {
    const excel = new FakeExcel();
    excel.addSheet("台账").fill("C3", [
      [1, "a"],
      [true, 2.5],
    ]);
    const [sheet] = await readSheets(excel.context);
    expect(sheet.grid).toEqual([
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", 1, "a"],
      ["", "", true, 2.5],
    ]);
    expect(sheet.merges).toEqual([]);
  });

  it("gives an empty sheet an empty grid and no merges", async () => {
    const excel = new FakeExcel();
    excel.addSheet("空表").merges.push("B2:C2");
    excel.addSheet("数据").fill("A1", [["x"]]);
    const sheets = await readSheets(excel.context);
    expect(sheets).toEqual([
      { name: "空表", grid: [], merges: [] },
      { name: "数据", grid: [["x"]], merges: [] },
    ]);
  });

  it("keeps merged areas that reach past the used range, drops those wholly beyond it", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("a, b's 表").fill("A1", [
      ["标题", "", ""],
      ["单位", "人数", ""],
    ]);
    sheet.merges.push("A1:F1", "B2:B5", "H9:I9");
    const [read] = await readSheets(excel.context);
    expect(read.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 6 },
      { row: 1, col: 1, rows: 4, cols: 1 },
    ]);
  });

  it("reads no merged areas where the host lacks ExcelApi 1.13, in the same 3 syncs", async () => {
    const { excel } = sampleExcel();
    const sheets = await readSheets(excel.context, { supports: supportedUpTo("1.12") });
    expect(sheets.every((s) => s.merges === undefined)).toBe(true);
    expect(excel.syncCount).toBe(3);
  });

  it("packs small sheets into one values sync and splits large ones within the budget", async () => {
    const excel = new FakeExcel();
    const value = (r: number, c: number) => r * 100 + c;
    excel.addSheet("大表1", { rows: 100_000, cols: 17, value });
    excel.addSheet("小表", { rows: 10, cols: 3, value });
    excel.addSheet("大表2", { rows: 60_000, cols: 5, value });
    const sheets = await readSheets(excel.context);
    const cells = 100_000 * 17 + 10 * 3 + 60_000 * 5;
    const widest = 17;
    expect(excel.syncCount - 2).toBeLessThanOrEqual(
      Math.floor(cells / (READ_CELLS_PER_SYNC - widest)) + 1
    );
    expect(excel.syncCount - 2).toBe(Math.ceil(cells / READ_CELLS_PER_SYNC));
    for (const sync of excel.syncs) {
      expect(sync.cells).toBeLessThanOrEqual(READ_CELLS_PER_SYNC);
      expect(sync.bytes).toBeLessThan(2.5 * 1024 * 1024);
    }
    expect(sheets.map((s) => [s.grid.length, s.grid[0].length])).toEqual([
      [100_000, 17],
      [10, 3],
      [60_000, 5],
    ]);
    for (const sheet of sheets)
      for (let r = 0; r < sheet.grid.length; r++)
        if (sheet.grid[r][4 % sheet.grid[r].length] !== value(r, 4 % sheet.grid[r].length))
          throw new Error(`${sheet.name} row ${r}`);
  });

  it("lets errors reach the caller", async () => {
    const { excel } = sampleExcel();
    excel.failSync(2, Object.assign(new Error("GeneralException"), { code: "GeneralException" }));
    await expect(readSheets(excel.context)).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("valueBatches", () => {
  const extents = fc.array(
    fc.record({ rows: fc.integer({ min: 1, max: 500 }), cols: fc.integer({ min: 1, max: 40 }) }),
    { minLength: 1, maxLength: 8 }
  );

  it("covers every row once, in order, each batch within the budget, batches bounded", () => {
    fc.assert(
      fc.property(extents, fc.integer({ min: 1, max: 3_000 }), (sheets, budget) => {
        const batches = valueBatches(sheets, budget);
        const next = sheets.map(() => 0);
        let cells = 0;
        for (const batch of batches) {
          const size = batch.reduce((n, p) => n + p.rows * sheets[p.sheet].cols, 0);
          if (batch.length > 1 || batch[0].rows > 1) expect(size).toBeLessThanOrEqual(budget);
          for (const piece of batch) {
            expect(piece.row).toBe(next[piece.sheet]);
            next[piece.sheet] += piece.rows;
          }
          cells += size;
        }
        expect(next).toEqual(sheets.map((s) => s.rows));
        const widest = Math.max(...sheets.map((s) => s.cols));
        if (budget > widest)
          expect(batches.length).toBeLessThanOrEqual(Math.floor(cells / (budget - widest)) + 1);
        if (cells <= budget) expect(batches).toHaveLength(1);
      })
    );
  });
});

describe("mergedAreas", () => {
  it("splits RangeAreas.address on commas outside quoted sheet names", () => {
    expect(mergedAreas("'a, b''s'!A1:C1, 'a, b''s'!B2:B5,Sheet1!$D$4:$E$5")).toEqual([
      { row: 0, col: 0, rows: 1, cols: 3 },
      { row: 1, col: 1, rows: 4, cols: 1 },
      { row: 3, col: 3, rows: 2, cols: 2 },
    ]);
    expect(mergedAreas("台账!A1:B1")).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
  });
});
