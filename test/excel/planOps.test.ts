import fc from "fast-check";
import type { PlanCell, SheetPlan } from "../../src/core/sheetPlan";
import { cellInput, literalText } from "../../src/excel/cellInput";
import { batchOps, cellBytes, OP_BYTES, type WriteBudget } from "../../src/excel/planBatches";
import { charsToPoints, planOps, type PlanOp } from "../../src/excel/planOps";

type CellsOp = Extract<PlanOp, { kind: "cells" }>;
const cellsOf = (ops: PlanOp[]) => ops.filter((op): op is CellsOp => op.kind === "cells");

describe("cellInput", () => {
  it("keeps text that Excel would evaluate or convert as text, with a leading apostrophe", () => {
    for (const text of [
      "=1+1",
      "+86 138",
      "-5",
      "@SUM",
      "'quoted",
      "00123",
      "2024-01",
      "1/2",
      "50%",
      "(5)",
      "#N/A",
      "¥100",
      "TRUE",
      "false",
      "Jan-1",
    ]) {
      expect(literalText(text)).toBe(`'${text}`);
    }
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["合计", "工会会员", "Name", "", "会费 (元)", "A1"])
      expect(literalText(text)).toBe(text);
  });

  it("writes formulas as formulas, numbers and booleans as themselves", () => {
    expect(cellInput({ row: 0, col: 0, formula: "=SUM(A1:A3)", value: 5 })).toBe("=SUM(A1:A3)");
    expect(cellInput({ row: 0, col: 0, value: 0.25 })).toBe(0.25);
    expect(cellInput({ row: 0, col: 0, value: false })).toBe(false);
    expect(cellInput({ row: 0, col: 0, value: "=注入" })).toBe("'=注入");
    expect(cellInput({ row: 0, col: 0, bold: true })).toBe("");
  });

  it("refuses what Excel cannot hold rather than writing something else", () => {
    expect(() => cellInput({ row: 0, col: 0, value: NaN })).toThrow();
    expect(() => cellInput({ row: 0, col: 0, value: Infinity })).toThrow();
    expect(() => cellInput({ row: 0, col: 0, formula: "SUM(A1)" })).toThrow(/=/);
  });
});

describe("charsToPoints", () => {
  it("gives Excel's default column (8.43 characters) as 48 points and 0 for hidden", () => {
    expect(charsToPoints(8.43)).toBe(48);
    expect(charsToPoints(10)).toBe(56.25);
    expect(charsToPoints(0)).toBe(0);
  });
});

describe("planOps", () => {
  it("groups a dense table into one rectangle and keeps gaps unwritten", () => {
    const cells: PlanCell[] = [];
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 3; c++) cells.push({ row: r, col: c, value: r * 10 + c });
    cells.push({ row: 0, col: 5, value: "旁注" }); // a lone cell beyond a gap
    const ops = cellsOf(planOps({ cells }));
    expect(ops.map(({ row, col, rows, cols }) => [row, col, rows, cols])).toEqual([
      [0, 0, 4, 3],
      [0, 5, 1, 1],
    ]);
    expect(ops[0].inputs[3]).toEqual([30, 31, 32]);
    expect(ops[0].formats[0]).toEqual(["General", "General", "General"]);
  });

  it("turns bold, wrap, merges, widths and heights into range operations", () => {
    const plan: SheetPlan = {
      cells: [
        { row: 0, col: 0, value: "标题", bold: true },
        { row: 0, col: 1, value: "", bold: true },
        { row: 1, col: 0, value: "说明", wrap: true, numberFormat: "@" },
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
      columnWidths: { 0: 10, 1: 10, 3: 20 },
      rowHeights: { 1: 30 },
    };
    const ops = planOps(plan).filter((op) => op.kind !== "cells");
    expect(ops).toEqual([
      { kind: "bold", row: 0, col: 0, rows: 1, cols: 2, value: true },
      { kind: "wrap", row: 1, col: 0, rows: 1, cols: 1, value: true },
      { kind: "merge", row: 0, col: 0, rows: 1, cols: 2 },
      { kind: "columnWidth", row: 0, col: 0, rows: 1, cols: 2, points: 56.25 },
      { kind: "columnWidth", row: 0, col: 3, rows: 1, cols: 1, points: charsToPoints(20) },
      { kind: "rowHeight", row: 1, col: 0, rows: 1, cols: 1, points: 30 },
    ]);
  });

  it("rejects cells and merges at impossible positions", () => {
    expect(() => planOps({ cells: [{ row: -1, col: 0, value: 1 }] })).toThrow(RangeError);
    expect(() => planOps({ cells: [{ row: 0, col: 16_384, value: 1 }] })).toThrow(RangeError);
    expect(() => planOps({ cells: [{ row: 0.5, col: 0, value: 1 }] })).toThrow(RangeError);
    expect(() => planOps({ cells: [], merges: [{ row: 0, col: 0, rows: 0, cols: 1 }] })).toThrow(
      RangeError
    );
  });

  const planArb = fc
    .uniqueArray(fc.tuple(fc.nat(30), fc.nat(8)), {
      selector: ([r, c]) => `${r}:${c}`,
      maxLength: 120,
    })
    .map((positions): SheetPlan => ({
      cells: positions.map(([row, col]) => ({ row, col, value: `r${row}c${col}` })),
    }));

  it("writes every plan cell exactly once and nothing else", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const written = new Map<string, unknown>();
        for (const op of cellsOf(planOps(plan))) {
          op.inputs.forEach((row, r) =>
            row.forEach((input, c) => {
              const k = `${op.row + r},${op.col + c}`;
              expect(written.has(k)).toBe(false);
              written.set(k, input);
            })
          );
        }
        expect(
          new Map(plan.cells.map((cell) => [`${cell.row},${cell.col}`, cellInput(cell)]))
        ).toEqual(written);
      })
    );
  });
});

describe("batchOps", () => {
  const table = (
    rows: number,
    cols: number,
    value: (r: number, c: number) => string | number = (r, c) => r * cols + c
  ): SheetPlan => {
    const cells: PlanCell[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) cells.push({ row: r, col: c, value: value(r, c) });
    return { cells };
  };
  const cellCount = (batch: PlanOp[]) => cellsOf(batch).reduce((n, op) => n + op.rows * op.cols, 0);
  const byteCount = (batch: PlanOp[]) =>
    batch.reduce(
      (n, op) =>
        n +
        OP_BYTES +
        (op.kind === "cells"
          ? op.inputs
              .flatMap((row, r) => row.map((input, c) => cellBytes(input, op.formats[r][c])))
              .reduce((a, b) => a + b, 0)
          : 0),
      0
    );

  it("puts a plan within the budget in one batch", () => {
    expect(batchOps(planOps(table(10, 1)))).toHaveLength(1);
    expect(batchOps(planOps(table(1000, 10)))).toHaveLength(1);
  });

  it("splits by cells exactly: ceil(cells / cellsPerSync) batches", () => {
    const budget: WriteBudget = { cellsPerSync: 1000, bytesPerSync: 1e9 };
    const batches = batchOps(planOps(table(1001, 7)), budget);
    expect(batches).toHaveLength(Math.ceil(7007 / 1000));
    expect(batches.slice(0, -1).every((b) => cellCount(b) === 1000)).toBe(true);
  });

  it("splits by bytes when the text is long", () => {
    const long = "工会".repeat(500); // 3,000 bytes of UTF-8
    const budget: WriteBudget = { cellsPerSync: 1e9, bytesPerSync: 100_000 };
    const batches = batchOps(planOps(table(200, 1, () => long)), budget);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(byteCount(batch)).toBeLessThanOrEqual(100_000);
  });

  it("keeps every batch within budget, loses no cell, and meets the documented bound", () => {
    const budgetArb = fc.record({
      cellsPerSync: fc.integer({ min: 1, max: 60 }),
      bytesPerSync: fc.integer({ min: 1200, max: 5000 }),
    });
    const planArb = fc
      .uniqueArray(fc.tuple(fc.nat(25), fc.nat(12), fc.string({ maxLength: 40 })), {
        selector: ([r, c]) => `${r}:${c}`,
        maxLength: 200,
      })
      .map((xs): SheetPlan => ({
        cells: xs.map(([row, col, value]) => ({ row, col, value, bold: row === 0 || undefined })),
      }));
    fc.assert(
      fc.property(planArb, budgetArb, (plan, budget) => {
        const ops = planOps(plan);
        const batches = batchOps(ops, budget);
        const seen = new Map<string, unknown>();
        let largestCell = 0;
        for (const batch of batches) {
          expect(cellCount(batch)).toBeLessThanOrEqual(budget.cellsPerSync);
          for (const op of cellsOf(batch)) {
            op.inputs.forEach((row, r) =>
              row.forEach((input, c) => seen.set(`${op.row + r}:${op.col + c}`, input))
            );
            op.inputs.forEach((row, r) =>
              row.forEach(
                (input, c) =>
                  (largestCell = Math.max(largestCell, cellBytes(input, op.formats[r][c])))
              )
            );
          }
          if (cellsOf(batch).length > 0 && cellCount(batch) > 1)
            expect(byteCount(batch)).toBeLessThanOrEqual(budget.bytesPerSync);
        }
        expect(seen.size).toBe(plan.cells.length);
        const cells = plan.cells.length;
        const bytes = batches.reduce((n, b) => n + byteCount(b), 0);
        const bound =
          Math.floor(cells / budget.cellsPerSync) +
          Math.floor(bytes / (budget.bytesPerSync - 3 * OP_BYTES - largestCell)) +
          1;
        expect(batches.length).toBeLessThanOrEqual(Math.max(1, bound));
      })
    );
  });
});
