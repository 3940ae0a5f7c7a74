import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { checkLedger } from "../../../src/core/ledgers/checks";
import { detectLedger, readRecords } from "../../../src/core/ledgers/detect";
import { normaliseHeader } from "../../../src/core/ledgers/headerText";
import { LEDGER_SCHEMAS } from "../../../src/core/ledgers/schemas";

/** Header words from every schema, furniture rows and noise: random grids that look almost like ledgers. */
const WORDS = [
  ...LEDGER_SCHEMAS.flatMap((s) => s.fields.flatMap((f) => [f.label, ...f.synonyms.slice(0, 4)])),
  "序号", "合计", "合  计", "小计", "其中", "其中:", "#", "注:", "说明:", "工会主席:", "填报日期:", "单位:个、人",
  "是", "否", "Y", "N", "xx名", "2xx年", "约20", "(元)", "（人）", "甲", "乙",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const grid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 30 });
const merge = fc.record({
  row: fc.integer({ min: -1, max: 25 }),
  col: fc.integer({ min: -1, max: 14 }),
  rows: fc.integer({ min: 0, max: 4 }),
  cols: fc.integer({ min: 0, max: 6 }),
});

describe("never throws, always terminates", () => {
  it("detectLedger, readRecords and checkLedger on random grids with random merges", () => {
    fc.assert(
      fc.property(grid, fc.array(merge, { maxLength: 6 }), (g, merges) => {
        const d = detectLedger(g, { merges });
        if (d === null) return;
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        const lastHeader = d.headerRows[d.headerRows.length - 1];
        expect(d.dataRows.start).toBeGreaterThan(lastHeader);
        expect(d.dataRows.end).toBeLessThan(g.length);
        expect(new Set(Object.values(d.columns)).size).toBe(Object.keys(d.columns).length);
        for (const r of readRecords(g, d)) {
          expect(r.row).toBeGreaterThanOrEqual(d.dataRows.start);
          expect(r.row).toBeLessThanOrEqual(d.dataRows.end);
        }
        for (const f of checkLedger(g, d)) {
          expect(f.message).toMatch(/^[A-Z]+\d+：/);
          expect(f.row).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("detectLedger on grids of any values, ragged rows and sparse arrays", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything(), { maxLength: 10 }), { maxLength: 25 }), (g) => {
        detectLedger(g as Grid);
      }),
      { numRuns: 500 },
    );
    const sparse: Grid = [];
    sparse[5] = ["单位名称", "职工人数", "是否建会"];
    sparse[7] = ["甲公司", 10, "是"];
    expect(() => detectLedger(sparse)).not.toThrow();
  });

  it("a large sheet is read in reasonable time", () => {
    const rows: Grid = [["序号", "单位名称", "职工人数", "是否建会", "会员人数", ...Array.from({ length: 60 }, (_, i) => `备用${i}`)]];
    for (let i = 0; i < 20_000; i++) rows.push([i + 1, `单位${i}`, 10 + (i % 90), "是", 5 + (i % 5)]);
    const started = Date.now();
    const d = detectLedger(rows)!;
    expect(d.dataRows).toEqual({ start: 1, end: 20_000 });
    expect(checkLedger(rows, d)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("normaliseHeader on any string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => typeof normaliseHeader(s) === "string"), { numRuns: 3000 });
  });
});
