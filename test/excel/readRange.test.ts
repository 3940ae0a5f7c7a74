import {
  readAddress,
  readSelection,
  readTable,
  readUsedRange,
  READ_CELLS_PER_SYNC,
} from "../../src/excel/readRange";
import { FakeExcel, type FakeValue } from "./fakeExcel";

const ALLOWED = new Set(["values", "numberFormat", "address", "rowCount", "columnCount"]);

/** A value per cell that shows where it came from, with blanks sprinkled in. */
const ledgerValue = (r: number, c: number): FakeValue =>
  (r + c) % 7 === 0 ? "" : c === 1 ? `会员${r}` : r * 100 + c;

function ledger(rows: number, cols: number) {
  const excel = new FakeExcel();
  excel.addSheet("台账", {
    rows,
    cols,
    value: ledgerValue,
    numberFormat: (_r, c) => (c === 2 ? "0.00%" : "General"),
  });
  excel.activeSheet = "台账";
  return excel;
}

function expectLedger(values: unknown[][], rows: number, cols: number) {
  expect(values).toHaveLength(rows);
  // Plain comparisons: a million expect() calls would take longer than the read.
  for (let r = 0; r < rows; r++) {
    if (values[r].length !== cols) throw new Error(`row ${r} has ${values[r].length} cells`);
    for (let c = 0; c < cols; c++)
      if (values[r][c] !== ledgerValue(r, c)) throw new Error(`cell ${r},${c}: ${values[r][c]}`);
  }
}

describe("readAddress", () => {
  it("reads a small range in one sync, loading only what it needs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1").fill("B2", [
      [1, "a"],
      ["", true],
    ]);
    const data = await readAddress(excel.context, "Sheet1!B2:C3");
    expect(data).toEqual({
      address: "Sheet1!B2:C3",
      values: [
        [1, "a"],
        ["", true],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "General"],
      ],
    });
    expect(excel.syncCount).toBe(1);
    expect(excel.loads.flatMap((l) => l.props).every((p) => ALLOWED.has(p))).toBe(true);
  });

  it("reads a bare address from the active sheet and a quoted Chinese sheet name", async () => {
    const excel = new FakeExcel();
    excel.addSheet("报告 草稿").fill("A1", [["x"]]);
    excel.addSheet("台账").fill("B2", [[42]]);
    excel.activeSheet = "报告 草稿";
    expect((await readAddress(excel.context, "A1")).values).toEqual([["x"]]);
    const data = await readAddress(excel.context, "'台账'!B2");
    expect(data.values).toEqual([[42]]);
    expect(data.address).toBe("'台账'!B2");
  });

  it('reads 100,000 rows × 1 column in one sync, in order, blanks kept as ""', async () => {
    const excel = ledger(100_000, 1);
    const data = await readAddress(excel.context, "台账!A1:A100000");
    expect(excel.syncCount).toBeLessThanOrEqual(2);
    expect(excel.syncCount).toBe(1);
    expectLedger(data.values, 100_000, 1);
    expect(data.values[0][0]).toBe("");
  });

  it("reads 100,000 rows × 17 columns in row blocks, one sync per block, each far below 5 MB", async () => {
    const excel = ledger(100_000, 17);
    const data = await readAddress(excel.context, "台账!A1:Q100000");
    expectLedger(data.values, 100_000, 17);
    expect(data.numberFormats![99_999][2]).toBe("0.00%");
    expect(data.address).toBe("'台账'!A1:Q100000");
    const blocks = Math.ceil(100_000 / Math.floor(READ_CELLS_PER_SYNC / 17));
    expect(excel.origins.filter((o) => o === "getResizedRange")).toHaveLength(blocks);
    expect(excel.syncCount).toBe(blocks); // 18: the address is known, so no sync for dimensions
    for (const sync of excel.syncs) {
      expect(sync.cells).toBeLessThanOrEqual(READ_CELLS_PER_SYNC);
      expect(sync.bytes).toBeLessThan(2.5 * 1024 * 1024);
    }
    expect(excel.loads.flatMap((l) => l.props).every((p) => ALLOWED.has(p))).toBe(true);
  });

  it("takes the budget as a parameter: a bigger budget means fewer syncs", async () => {
    const excel = ledger(10_000, 17);
    await readAddress(excel.context, "台账!A1:Q10000", 20_000);
    expect(excel.syncCount).toBe(Math.ceil(10_000 / Math.floor(20_000 / 17)));
  });

  it("cuts a whole column to the used range instead of reading a million rows", async () => {
    const excel = ledger(50, 3);
    const data = await readAddress(excel.context, "台账!B:B");
    expect(data.address).toBe("'台账'!B1:B50");
    expect(data.values.map((row) => row[0])).toEqual(
      Array.from({ length: 50 }, (_, r) => ledgerValue(r, 1))
    );
    expect(excel.syncCount).toBe(3); // dimensions, used-range cut, content
  });

  it("returns no rows for a whole column outside the used range", async () => {
    const excel = ledger(5, 2);
    const data = await readAddress(excel.context, "台账!K:K");
    expect(data.values).toEqual([]);
  });

  it("rejects a missing sheet, when Office.js reports it at sync and when the lookup throws at once", async () => {
    const excel = ledger(5, 2);
    await expect(readAddress(excel.context, "不存在!A1")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    excel.throwOnGetItem = true;
    await expect(readAddress(excel.context, "不存在!A1")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  it("rejects an invalid address before touching Excel", async () => {
    const excel = ledger(5, 2);
    await expect(readAddress(excel.context, "A1:B2:C3")).rejects.toThrow(/单元格地址无效/);
    expect(excel.syncCount).toBe(0);
  });
});

describe("reads of unknown size", () => {
  it("reads a small selection: one sync for its size, one for its cells", async () => {
    const excel = ledger(10, 3);
    excel.selection = { sheet: "台账", address: "B2:C4" };
    const data = await readSelection(excel.context);
    expect(data.address).toBe("'台账'!B2:C4");
    expect(data.values).toEqual([1, 2, 3].map((r) => [ledgerValue(r, 1), ledgerValue(r, 2)]));
    expect(excel.syncCount).toBe(2);
    // The first sync loads no cell data: only the size and the address.
    expect(excel.syncs[0].cells).toBe(0);
  });

  it("reads the used range of 100,000 × 17 with one sync for its size and one per block", async () => {
    const excel = ledger(100_000, 17);
    const data = await readUsedRange(excel.context, "台账");
    expectLedger(data.values, 100_000, 17);
    expect(excel.syncCount).toBe(1 + Math.ceil(100_000 / Math.floor(READ_CELLS_PER_SYNC / 17)));
  });

  it("reads the used range of 100,000 × 1 in two syncs", async () => {
    const excel = ledger(100_000, 1);
    const data = await readUsedRange(excel.context, "台账");
    expectLedger(data.values, 100_000, 1);
    expect(excel.syncCount).toBe(2);
  });

  it("reads a table with its header", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1").fill("A1", [
      ["姓名", "会员"],
      ["张三", "是"],
    ]);
    excel.tables.set("Members", { sheet: "Sheet1", address: "A1:B2" });
    expect((await readTable(excel.context, "Members")).values).toEqual([
      ["姓名", "会员"],
      ["张三", "是"],
    ]);
    await expect(readTable(excel.context, "Nope")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
