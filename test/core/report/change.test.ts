import { HyperFormula } from "hyperformula";
import {
  change,
  type FigureLookup,
  type Piece,
  phraseFormula,
  phraseText,
  previousKey,
  since,
} from "../../../src/core/report/phrase";

/** One figure in B1 with last year's value in D1, as the key-figure table holds them. */
function lookup(now: number, last: number | null): FigureLookup {
  return {
    value: (k) => (k === previousKey("x") ? (last as number) : now),
    address: (k) => (k === previousKey("x") ? "D1" : "B1"),
    hasPrevious: () => last !== null,
  };
}

function both(pieces: Piece[], now: number, last: number | null): [string, unknown] {
  const figures = lookup(now, last);
  const engine = HyperFormula.buildFromArray(
    [[null, now, null, last, phraseFormula(pieces, figures)]],
    { licenseKey: "gpl-v3" }
  );
  return [phraseText(pieces, figures), engine.getCellValue({ sheet: 0, row: 0, col: 4 })];
}

describe("同比 against last year's figure", () => {
  const cases: Array<[string, number, number | null, Piece[], string]> = [
    ["up", 140, 128, [change("x", "家")], "，较上年增加12家，增长9.4%"],
    ["down", 120, 128, [change("x", "家")], "，较上年减少8家，同比下降6.3%"],
    ["flat", 128, 128, [change("x", "家")], "，与上年持平"],
    ["from zero: no percentage", 5, 0, [change("x", "家")], "，较上年增加5家（上年为0）"],
    ["unknown last year: nothing", 5, null, [change("x", "家")], ""],
    [
      "money in 万元",
      18600,
      16200,
      [change("x", "万元", "wan")],
      "，较上年增加0.24万元，增长14.8%",
    ],
    [
      "a number as stated (a task in 万元)",
      259.16,
      246.3,
      [change("x", "万元", "num")],
      "，较上年增加12.86万元，增长5.2%",
    ],
    [
      "a number as stated, down",
      240.5,
      246.3,
      [change("x", "万元", "num")],
      "，较上年减少5.8万元，同比下降2.4%",
    ],
    [
      "a number as stated from zero",
      0.25,
      0,
      [change("x", "万元", "num")],
      "，较上年增加0.25万元（上年为0）",
    ],
    ["a rate in 百分点", 0.964, 0.95, [change("x", "", "pct")], "，较上年提高1.4个百分点"],
    ["a rate down", 0.9, 0.95, [change("x", "", "pct")], "，较上年降低5.0个百分点"],
    ["保持 only with last year", 0.95, null, ["组建率", since("x", ["保持"], ["达"])], "组建率达"],
    ["保持 with last year", 0.95, 0.93, ["组建率", since("x", ["保持"], ["达"])], "组建率保持"],
  ];
  it.each(cases)("%s", (_name, now, last, pieces, expected) => {
    const [text, formula] = both(pieces, now, last);
    expect(text).toBe(expected);
    expect(formula).toBe(expected);
  });
});
