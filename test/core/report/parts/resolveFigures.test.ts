import { HyperFormula } from "hyperformula";
import { PREVIOUS_COL, placeFigures } from "../../../../src/core/report/resolveFigures";
import { previousKey } from "../../../../src/core/report/phrase";
import type { FigureDef } from "../../../../src/core/report/section";

/**
 * Figures placed in the key-figure table (value in column B, last year's in column D): a ledger
 * figure takes its measure's value and formula, a derived one is computed exactly from the figures
 * above it, and its formula over their cells gives the same in a formula engine.
 */
const def = (key: string, extra: Partial<FigureDef> = {}): FigureDef => ({
  key,
  label: key,
  format: "count",
  source: "台账",
  ...extra,
});

const defs: FigureDef[] = [
  def("units", { measure: { value: 137, formula: "COUNTA('组织'!$A$2:$A$138)" } }),
  def("unions", { measure: { value: 122, formula: "122" } }),
  def("paid", { format: "money", measure: { value: 0.3, formula: "0.3" } }),
  def("due", { format: "money", measure: { value: 0.1, formula: "0.1" } }),
  def("zero", { measure: { value: 0, formula: "0" } }),
  def("rate", { format: "rate", ratioOf: ["unions", "units"] }),
  def("rateOfNone", { format: "rate", ratioOf: ["unions", "zero"] }),
  def("rest", { format: "money", differenceOf: ["paid", "due"] }),
  def("both", { format: "money", sumOf: ["paid", "due", "paid"] }),
];
// Table rows start at sheet row 3 (0-based), one figure a row.
const rowOf = (i: number) => i + 3;

/** Placed inside each test, not once per describe: a mutation run switches its mutant on per test. */
function place(previous?: Parameters<typeof placeFigures>[2]) {
  const { figures, lookup } = placeFigures(defs, rowOf, previous);
  return { figures, lookup, byKey: Object.fromEntries(figures.map((f) => [f.key, f])) };
}

describe("placeFigures", () => {
  it("places each figure on its row, its value in column B", () => {
    const { figures } = place();
    expect(figures.map((f) => [f.key, f.row, f.address])).toEqual([
      ["units", 3, "B4"],
      ["unions", 4, "B5"],
      ["paid", 5, "B6"],
      ["due", 6, "B7"],
      ["zero", 7, "B8"],
      ["rate", 8, "B9"],
      ["rateOfNone", 9, "B10"],
      ["rest", 10, "B11"],
      ["both", 11, "B12"],
    ]);
    expect(PREVIOUS_COL).toBe(3);
  });

  it("gives a ledger figure its measure's value and formula", () => {
    const { byKey } = place();
    expect(byKey.units.value).toBe(137);
    expect(byKey.units.formula).toBe("=COUNTA('组织'!$A$2:$A$138)");
    expect(byKey.units.label).toBe("units");
    expect(byKey.units.source).toBe("台账");
  });

  it("computes a rate as num ÷ den, and 0 over a zero base, in core and in the formula", () => {
    const { byKey } = place();
    expect(byKey.rate.value).toBe(122 / 137);
    expect(byKey.rate.formula).toBe("=IF(B4=0,0,B5/B4)");
    expect(byKey.rateOfNone.value).toBe(0);
    expect(byKey.rateOfNone.formula).toBe("=IF(B8=0,0,B5/B8)");
  });

  it("subtracts and adds money exactly (0.3 − 0.1 is 0.2, not 0.19999999999999998)", () => {
    const { byKey } = place();
    expect(byKey.rest.value).toBe(0.2);
    expect(byKey.rest.formula).toBe("=B6-B7");
    expect(byKey.both.value).toBe(0.7);
    expect(byKey.both.formula).toBe("=B6+B7+B6");
  });

  it("has formulas that a formula engine evaluates to core's values", () => {
    const { figures } = place();
    const rows: Array<Array<string | number | null>> = [[], [], []];
    for (const f of figures) rows[f.row] = [f.key, f.measure ? f.value : f.formula];
    const engine = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
    for (const f of figures) {
      const got = engine.getCellValue({ sheet: 0, row: f.row, col: 1 });
      expect(got).toBeCloseTo(f.value, 9); // HyperFormula rounds to 10 significant digits
    }
  });

  it("looks figures up by key, with no last year's values when none are given", () => {
    const { figures, lookup } = place();
    expect(lookup.value("unions")).toBe(122);
    expect(lookup.address("unions")).toBe("B5");
    expect(lookup.hasPrevious?.("unions")).toBe(false);
    expect(figures.every((f) => f.lastYear === undefined)).toBe(true);
    expect(() => lookup.value("missing")).toThrow("报告数字 missing 未定义");
  });

  it("refuses a derived figure over a figure that is not defined", () => {
    expect(() => placeFigures([def("r", { ratioOf: ["a", "b"] })], rowOf)).toThrow(
      "报告数字 a 未定义"
    );
  });

  it("leaves a figure with no definition at 0 with no formula", () => {
    const { figures: bare } = placeFigures([def("bare")], rowOf);
    expect(bare[0].value).toBe(0);
    expect(bare[0].formula).toBe("");
  });
});

describe("last year's values in the 上年数 column", () => {
  const previous = new Map([
    ["units", { value: 125 }],
    ["unions", { value: 110, formula: "'年度任务'!$D$5" }],
    ["paid", { value: Number.NaN }],
    ["nowhere", { value: 3 }],
  ]);

  it("are kept on each figure that has one, and looked up under the previous key in column D", () => {
    const { lookup, byKey } = place(previous);
    expect(byKey.units.lastYear).toEqual({ value: 125 });
    expect(byKey.unions.lastYear).toEqual({ value: 110, formula: "'年度任务'!$D$5" });
    expect(lookup.value(previousKey("units"))).toBe(125);
    expect(lookup.address(previousKey("units"))).toBe("D4");
    expect(lookup.address(previousKey("unions"))).toBe("D5");
    expect(lookup.hasPrevious?.("units")).toBe(true);
    // This year's value is still the figure's own.
    expect(lookup.value("units")).toBe(137);
    expect(lookup.address("units")).toBe("B4");
  });

  it("leave out a value that is not a number, and a figure without one", () => {
    const { lookup, byKey } = place(previous);
    expect(byKey.paid.lastYear).toBeUndefined();
    expect(lookup.hasPrevious?.("paid")).toBe(false);
    expect(byKey.due.lastYear).toBeUndefined();
    expect(lookup.hasPrevious?.("due")).toBe(false);
    expect(() => lookup.value(previousKey("paid"))).toThrow(
      `报告数字 ${previousKey("paid")} 未定义`
    );
  });
});
