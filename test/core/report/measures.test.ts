import { HyperFormula, type RawCellContent } from "hyperformula";
import type { CellValue } from "../../../src/core/grid";
import { handDetection } from "./handDetection";
import { ledgerView } from "../../../src/core/report/ledgerView";
import {
  categoryIndex,
  countBlankAmongYes,
  countFilled,
  countFlagged,
  countInBand,
  countInCategory,
  countWhere,
  countYes,
  countYesBoth,
  countYesInCategory,
  countYesRecorded,
  distinctTexts,
  type Measure,
  sumInBand,
  sumInCategory,
  sumOf,
  sumWhere,
  sumWhereYes,
} from "../../../src/core/report/measures";
import { arrayUsesOutsideSumproduct } from "./arrayRule";

/**
 * Each measure over a small ledger, with the count or sum worked out by hand: core's value must be
 * it, and so must HyperFormula's value of the formula (built-in functions only), so that a formula
 * and its value cannot drift apart at a padded flag, a word in lower case, a number stored as text,
 * a boolean or a staff count exactly at a limit. Each formula also keeps its arrays inside SUMPRODUCT
 * (the engine here has array arithmetic on; older Excel, WPS and LibreOffice need SUMPRODUCT).
 */
const SHEET = "台账";

function ledger(columns: string[], rows: CellValue[][]) {
  const grid: CellValue[][] = [columns, ...rows];
  const detection = handDetection(
    "organisations",
    SHEET,
    columns.map((c) => [c, c]),
    rows.length
  );
  const view = ledgerView(grid, detection, SHEET);
  // Text stays text in the engine, as in a workbook ("30" is not 30), behind the text apostrophe.
  const cell = (v: CellValue): RawCellContent =>
    typeof v === "string" && v !== "" ? `'${v}` : (v ?? null);
  const data = grid.map((row) => columns.map((_, i) => cell(row[i])));
  /** HyperFormula's value of a measure's formula, and core's value beside it. */
  const both = (m: Measure) => {
    expect(arrayUsesOutsideSumproduct(m.formula)).toEqual([]);
    const engine = HyperFormula.buildFromSheets(
      { [SHEET]: data, F: [[`=${m.formula}`]] },
      { licenseKey: "gpl-v3", useArrayArithmetic: true }
    );
    const sheet = engine.getSheetId("F")!;
    return { core: m.value, engine: engine.getCellValue({ sheet, row: 0, col: 0 }) };
  };
  return { view, both };
}

describe("flags as TRIM(CLEAN()) and MATCH read them, in core and in the formula", () => {
  const { view, both } = ledger(
    ["flag", "other"],
    [
      [" 是 ", "是"], // padded: yes
      ["y", "否"], // lower case: yes
      ["是\n", ""], // a line break CLEAN removes: yes
      ["Yes", "是"], // YES in any case
      [true, "是"], // TRUE
      [1, " "], // 1
      ["否", "是"], // no
      ["n", "是"], // no, lower case
      ["", "是"], // blank: neither
      ["  ", "是"], // spaces only: blank
      ["筹建", "是"], // no flag word: neither
      [0, null], // no
      ["\u0007是", "否"], // a control character before the word (CLEAN drops it): yes
      ["NO", "是"], // no
      ["\u0007", "是"], // only a control character: blank once cleaned
      ["是", "\u0007"], // yes, with a blank beside it once cleaned
    ]
  );

  it("countYes: 8 of the 16 rows are yes", () => {
    expect(both(countYes(view, "flag"))).toEqual({ core: 8, engine: 8 });
  });

  it("countFlagged: 12 rows say yes or no (blank, spaces, 筹建 and a lone control character do not)", () => {
    expect(both(countFlagged(view, "flag"))).toEqual({ core: 12, engine: 12 });
  });

  it("countFilled: 13 rows hold something (booleans and numbers too; spaces are blank)", () => {
    expect(both(countFilled(view, "flag"))).toEqual({ core: 13, engine: 13 });
  });

  it("countYesBoth: yes in both columns", () => {
    // Rows 1, 4 and 5 (the others that are yes in "flag" are 否, blank or " " in "other").
    expect(both(countYesBoth(view, "other", "flag"))).toEqual({ core: 3, engine: 3 });
  });

  it("countBlankAmongYes: yes in the base and blank (or spaces) beside it", () => {
    // Rows 3 (""), 6 (" ") and 16 (a lone control character).
    expect(both(countBlankAmongYes(view, "other", "flag"))).toEqual({ core: 3, engine: 3 });
  });
});

describe("text as it stands in a cell: trimmed, inner spaces folded, control characters dropped", () => {
  const { view, both } = ledger(
    ["kind", "amount"],
    [
      ["劳动  合同", 10], // inner run folds to one space
      [" 劳动 合同", 5],
      ["劳动\t合同", 7], // the tab is dropped: 劳动合同
      ["劳动合同", "8"], // text: not summed
      ["工资", 2.5],
      ["", 100],
      [true, 1],
      [false, 0],
      [null, 3],
    ]
  );

  it("countWhere and sumWhere match the folded text exactly", () => {
    expect(both(countWhere(view, "kind", "劳动 合同"))).toEqual({ core: 2, engine: 2 });
    expect(both(countWhere(view, "kind", "劳动合同"))).toEqual({ core: 2, engine: 2 });
    expect(both(sumWhere(view, "amount", "kind", "劳动 合同"))).toEqual({ core: 15, engine: 15 });
    expect(both(sumWhere(view, "amount", "kind", "劳动合同"))).toEqual({ core: 7, engine: 7 });
    expect(both(countWhere(view, "kind", "TRUE"))).toEqual({ core: 1, engine: 1 });
    expect(both(countWhere(view, "kind", "FALSE"))).toEqual({ core: 1, engine: 1 });
    expect(both(sumWhere(view, "amount", "kind", "工资", true))).toEqual({
      core: 2.5,
      engine: 2.5,
    });
  });

  it("sumOf adds numbers only; as money it is rounded to the fen by ROUND", () => {
    expect(both(sumOf(view, "amount"))).toEqual({ core: 128.5, engine: 128.5 });
    const money = sumOf(view, "amount", true);
    expect(money.formula).toMatch(/^ROUND\(SUM\(.*\),2\)$/);
    expect(both(money)).toEqual({ core: 128.5, engine: 128.5 });
  });

  it("distinctTexts: each cleaned text once, in order of first appearance, blanks left out", () => {
    expect(distinctTexts(view, "kind")).toEqual(["劳动 合同", "劳动合同", "工资", "TRUE", "FALSE"]);
  });
});

describe("categories: the first whose word the cell contains, in any case", () => {
  const categories = [
    { category: "工资", terms: ["工资", "欠薪"] },
    // One word only (a type a policy sheet adds without other words): FALSE>0 holds in every
    // spreadsheet, so a formula comparing a bare ISNUMBER with 0 would take every row.
    { category: "劳动合同", terms: ["劳动合同"] },
    { category: "工伤", terms: ["工伤", "ABC"] },
  ];
  const { view, both } = ledger(
    ["kind", "ok", "amount"],
    [
      ["拖欠工资", "是", 100],
      ["欠薪", "否", 50],
      ["解除劳动合同", "是", 30],
      ["工资及劳动合同", "是", 20], // both words: the first category, 工资
      ["工伤认定", " 是", 10],
      ["abc", "是", 1], // ABC in lower case
      ["其他", "是", 1000],
      ["", "是", 7],
    ]
  );

  it("categoryIndex", () => {
    expect(categoryIndex("工资及劳动合同", categories)).toBe(0);
    expect(categoryIndex("解除劳动合同", categories)).toBe(1);
    expect(categoryIndex("abc", categories)).toBe(2);
    expect(categoryIndex("其他", categories)).toBe(-1);
    expect(categoryIndex("  ", categories)).toBe(-1);
    expect(categoryIndex(null, categories)).toBe(-1);
  });

  it("countInCategory and sumInCategory", () => {
    expect(both(countInCategory(view, "kind", categories, 0))).toEqual({ core: 3, engine: 3 });
    expect(both(countInCategory(view, "kind", categories, 1))).toEqual({ core: 1, engine: 1 });
    expect(both(countInCategory(view, "kind", categories, 2))).toEqual({ core: 2, engine: 2 });
    expect(both(sumInCategory(view, "amount", "kind", categories, 0))).toEqual({
      core: 170,
      engine: 170,
    });
    expect(both(sumInCategory(view, "amount", "kind", categories, 2, true))).toEqual({
      core: 11,
      engine: 11,
    });
  });

  it("countYesInCategory: flagged yes and in the category", () => {
    expect(both(countYesInCategory(view, "ok", "kind", categories, 0))).toEqual({
      core: 2,
      engine: 2,
    });
    expect(both(countYesInCategory(view, "ok", "kind", categories, 1))).toEqual({
      core: 1,
      engine: 1,
    });
    expect(both(countYesInCategory(view, "ok", "kind", categories, 2))).toEqual({
      core: 2,
      engine: 2,
    });
  });
});

describe("a staff-count limit exactly at, just below and just above it", () => {
  const { view, both } = ledger(
    ["staff", "fund", "exempt"],
    [
      [24, 100, "否"],
      [25, 200, "否"],
      [26, 400, ""],
      ["30", 800, "否"], // text: on neither side
      [null, 1600, "否"], // blank: on neither side
      [40, 3200, " 是"], // exempt
      [true, 6400, "否"], // a boolean is no count
    ]
  );
  const atLeast = { staffKey: "staff", limit: 25, atLeast: true };
  const below = { staffKey: "staff", limit: 25, atLeast: false };

  it("25 and more: 25, 26 and 40", () => {
    expect(both(countInBand(view, atLeast))).toEqual({ core: 3, engine: 3 });
    expect(both(sumInBand(view, "fund", atLeast))).toEqual({ core: 3800, engine: 3800 });
  });

  it("below 25: 24 only", () => {
    expect(both(countInBand(view, below))).toEqual({ core: 1, engine: 1 });
    expect(both(sumInBand(view, "fund", below, true))).toEqual({ core: 100, engine: 100 });
  });

  it("an exempt unit is left out", () => {
    const band = { ...atLeast, exceptKey: "exempt" };
    expect(both(countInBand(view, band))).toEqual({ core: 2, engine: 2 });
    expect(both(sumInBand(view, "fund", band))).toEqual({ core: 600, engine: 600 });
  });

  it("a limit that is no whole number is refused", () => {
    expect(() => countInBand(view, { ...atLeast, limit: 25.5 })).toThrow("人数标准无效：25.5");
  });
});

describe("sums over rows flagged yes, and exemptions with what the approval column records", () => {
  const { view, both } = ledger(
    ["union", "staff", "exempt", "approval"],
    [
      ["是", 100, "是", "区总发〔2024〕3号"],
      [" 是 ", 50, "是", "否"],
      ["否", 70, "是", "无"],
      ["是", "40", "是", " "],
      ["", 30, "是", "2024-03-01"],
      ["Y", 20.5, "否", "是"],
      ["是", 10, "是", "经批准"],
    ]
  );

  it("sumWhereYes: the staff of the rows with a union (text not added)", () => {
    expect(both(sumWhereYes(view, "staff", "union"))).toEqual({ core: 180.5, engine: 180.5 });
    expect(both(sumWhereYes(view, "staff", "union", true))).toEqual({
      core: 180.5,
      engine: 180.5,
    });
  });

  it("countYesRecorded: exempt, and the approval column records something other than a no", () => {
    // Rows 1 (a 文号), 5 (a date) and 7 (经批准); 否, 无 and spaces do not say approved.
    expect(both(countYesRecorded(view, "exempt", "approval"))).toEqual({ core: 3, engine: 3 });
  });
});

describe("a sum of counts keeps its decimals; only money is rounded to the fen", () => {
  const { view, both } = ledger(
    ["kind", "n", "union", "staff"],
    [
      ["培训", 0.125, "是", 30],
      ["培训", 1, "是", 30],
    ]
  );
  const categories = [{ category: "培训", terms: ["培训", "讲座"] }];
  const band = { staffKey: "staff", limit: 25, atLeast: true };

  it("as counts: 1.125 everywhere", () => {
    for (const m of [
      sumOf(view, "n"),
      sumWhere(view, "n", "kind", "培训"),
      sumWhereYes(view, "n", "union"),
      sumInCategory(view, "n", "kind", categories, 0),
      sumInBand(view, "n", band),
    ])
      expect(both(m)).toEqual({ core: 1.125, engine: 1.125 });
  });

  it("as money: 1.13 (half up, as ROUND)", () => {
    for (const m of [
      sumOf(view, "n", true),
      sumWhere(view, "n", "kind", "培训", true),
      sumWhereYes(view, "n", "union", true),
      sumInCategory(view, "n", "kind", categories, 0, true),
      sumInBand(view, "n", band, true),
    ])
      expect(both(m)).toEqual({ core: 1.13, engine: 1.13 });
  });
});
