import { HyperFormula } from "hyperformula";
import {
  fig,
  type FigureLookup,
  figuresIn,
  type Piece,
  phraseFormula,
  phraseText,
  secondPart,
} from "../../../../src/core/report/phrase";

/**
 * A total in 万元 split in two ("其中A x万元、B y万元"): the second part is stated as the rounded total
 * less the rounded first part, so the two parts a reader adds up give the stated total, in core's text
 * and in the formula's value alike. A fast direct test of splitParts.test.ts's property.
 */
const CELLS: Record<string, string> = { first: "B1", second: "C1", total: "D1" };

function both(pieces: Piece[], first: number, second: number): [string, unknown] {
  const values: Record<string, number> = { first, second, total: first + second };
  const figures: FigureLookup = { value: (k) => values[k], address: (k) => CELLS[k] };
  const engine = HyperFormula.buildFromArray(
    [[null, first, second, first + second, phraseFormula(pieces, figures)]],
    { licenseKey: "gpl-v3" }
  );
  return [phraseText(pieces, figures), engine.getCellValue({ sheet: 0, row: 0, col: 4 })];
}

const split: Piece[] = [
  "共",
  fig("total", "wan"),
  "万元，其中甲",
  fig("first", "wan"),
  "万元、乙",
  secondPart("second", "first"),
  "万元",
];

describe("secondPart", () => {
  it("is the second figure in 万元, stated after the first", () => {
    expect(secondPart("second", "first")).toEqual({ fig: "second", as: "wan", after: "first" });
    expect(figuresIn([secondPart("second", "first")])).toEqual(["second", "first"]);
  });

  it("makes the parts add up to the rounded total where rounding each alone would not", () => {
    // 12,345 + 10,049 = 22,394 元 = 2.24万元; 甲 1.2345 → 1.23; 乙 alone 1.0049 → 1.00, but 2.24 − 1.23 = 1.01.
    const expected = "共2.24万元，其中甲1.23万元、乙1.01万元";
    expect(both(split, 12345, 10049)).toEqual([expected, expected]);
    // 12,345 + 12,345 = 24,690 元 = 2.47万元: 乙 is 1.24, not 1.23.
    const even = "共2.47万元，其中甲1.23万元、乙1.24万元";
    expect(both(split, 12345, 12345)).toEqual([even, even]);
  });

  it("equals the part's own rounding when that already adds up", () => {
    // 10,000 + 4,999 = 14,999 元 = 1.50万元: 1.00 and 0.50.
    const expected = "共1.50万元，其中甲1.00万元、乙0.50万元";
    expect(both(split, 10000, 4999)).toEqual([expected, expected]);
    // A zero second part is 0.00.
    const zero = "共1.00万元，其中甲1.00万元、乙0.00万元";
    expect(both(split, 10000, 0)).toEqual([zero, zero]);
  });

  it("has a formula over both parts' cells, rounded as the text is", () => {
    const figures: FigureLookup = { value: () => 0, address: (k) => CELLS[k] };
    expect(phraseFormula([secondPart("second", "first")], figures)).toBe(
      '=TEXT(ROUND((B1+C1)/10000,2)-ROUND(B1/10000,2),"0.00")'
    );
  });
});
