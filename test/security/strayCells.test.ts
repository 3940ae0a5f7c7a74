/**
 * One stray value far from the ledger (XFD1048576 in a 53 KB file) once made a 1,048,576 × 16,384
 * grid and ran the command out of memory. The grid is now sized by the cells present: the stray
 * workbook reads into exactly the clean workbook's grid (the same cells, so the same time and memory
 * within a small multiple), and the stray value is a finding. Sizes, not timings, are asserted.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { FAR_COL_GAP, FAR_ROW_GAP, sheetExtent } from "../../src/core/ledgers/sheetExtent";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { bytesOf, reopen, sampleBytes, tempDir } from "../file/helpers";
import { run } from "../cli/run";

async function withStray(...cells: string[]): Promise<Uint8Array> {
  const wb = await reopen(sampleBytes());
  for (const cell of cells) wb.worksheets[0].getCell(cell).value = "stray";
  return bytesOf(wb);
}

const area = (grid: unknown[][]) => grid.length * (grid[0]?.length ?? 0);

describe("a stray cell far from the ledger", () => {
  it("reads into the clean workbook's grid, and is named as a finding", async () => {
    const clean = await (await FileWorkbook.open(sampleBytes())).readSheets();
    for (const stray of ["XFD1048576", "XFD1", "A1048576", "AAA5000"]) {
      const sheets = await (await FileWorkbook.open(await withStray(stray))).readSheets();
      expect(sheets.map((s) => [s.name, s.grid.length, s.grid[0]?.length])).toEqual(
        clean.map((s) => [s.name, s.grid.length, s.grid[0]?.length])
      );
      expect(sheets.reduce((n, s) => n + area(s.grid), 0)).toBe(
        clean.reduce((n, s) => n + area(s.grid), 0)
      );
      expect(sheets[0].farCellCount).toBe(1);
    }
  });

  it("check names it, with its cell, and exits 1", async () => {
    const { dir, remove } = tempDir();
    try {
      const file = path.join(dir, "stray.xlsx");
      fs.writeFileSync(file, await withStray("XFD1048576"));
      const result = await run("check", file);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(/XFD1048576：有内容，远离台账/);
      const json = JSON.parse((await run("check", file, "--json")).out) as Array<{ code: string; cell: string }>;
      expect(json).toContainEqual(expect.objectContaining({ code: "far-cell", cell: "XFD1048576" }));
    } finally {
      remove();
    }
  });

  it("keeps a cell near the ledger, however far from A1 the ledger's right edge is", () => {
    const cells = [
      { row: 0, col: 0 },
      { row: FAR_ROW_GAP, col: FAR_COL_GAP },
    ];
    expect(sheetExtent(cells)).toEqual({ height: FAR_ROW_GAP + 1, width: FAR_COL_GAP + 1 });
    expect(sheetExtent([{ row: 0, col: 0 }, { row: FAR_ROW_GAP + 2, col: 0 }])).toEqual({ height: 1, width: 1 });
    // A legitimate tall ledger: a million rows of three columns is read whole.
    const tall = Array.from({ length: 1_048_576 }, (_, row) => ({ row, col: row % 3 }));
    expect(sheetExtent(tall)).toEqual({ height: 1_048_576, width: 3 });
  });

  it("bounds the grid by the cells present, however they are spread (fuzzed)", () => {
    const cell = fc.record({ row: fc.integer({ min: 0, max: 1_048_575 }), col: fc.integer({ min: 0, max: 16_383 }) });
    // A staircase: each cell within the gaps of the last, so only the area bound stops it.
    const staircase = fc.integer({ min: 1, max: 3000 }).map((n) =>
      Array.from({ length: n }, (_, i) => ({ row: Math.min(i * FAR_ROW_GAP, 1_048_575), col: Math.min(i * FAR_COL_GAP, 16_383) }))
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(cell, { maxLength: 200 }), staircase), (cells) => {
        const { height, width } = sheetExtent(cells);
        expect(height * width).toBeLessThanOrEqual(Math.max(4_000_000, 8 * cells.length));
        expect(height).toBeLessThanOrEqual(1_048_576);
        expect(width).toBeLessThanOrEqual(16_384);
      })
    );
  });
});
