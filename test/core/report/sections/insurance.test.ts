import type { CellValue } from "../../../../src/core/grid";
import type { PreviousValue } from "../../../../src/core/report/lastYear";
import { insuranceSection } from "../../../../src/core/report/sections/insurance";
import { agreed, placeSection, smallLedger } from "./placedSection";

/**
 * 四、互助保障 over four insured units, every figure worked out by hand: enrolments by category and
 * their sum (200 + 25 + 45 + 15 = 285), premiums in 万元, and the full-enrolment share with 过半
 * only above one half (2 of 4 is not, 3 of 5 is).
 */
const KEYS = [
  "orgName",
  "servingEnrolled",
  "retiredEnrolled",
  "womenEnrolled",
  "seriousEnrolled",
  "premium",
  "allEnrolled",
];
const ROWS: CellValue[][] = [
  ["甲", 100, 20, 30, 10, 5000, "是"],
  ["乙", 50, 0, 10, 5, 2500.5, " 是 "],
  ["丙", 30, 5, 0, 0, 1500, "否"],
  ["丁", 20, null, 5, null, 1000, ""],
];

function run(keys: string[], rows: CellValue[][] = ROWS, previous?: Map<string, PreviousValue>) {
  const ledger = smallLedger(
    "insurance",
    "参保台账",
    keys,
    rows.map((r) => keys.map((k) => r[KEYS.indexOf(k)]))
  );
  const content = insuranceSection(ledger.view);
  const placed = placeSection(content, [ledger], previous);
  return { content, placed, texts: agreed(placed) };
}

describe("四、互助保障", () => {
  it("is left out with a note without a ledger", () => {
    expect(insuranceSection(undefined)).toEqual({
      id: "insurance",
      title: "四、互助保障",
      figures: [],
      paragraphs: [],
      missing: "未找到互助保障参保台账，本节从略。",
    });
  });

  it("states enrolments by category and their sum, premiums, and the full-enrolment units", () => {
    const { content, texts } = run(KEYS);
    expect([content.id, content.title, content.missing]).toEqual([
      "insurance",
      "四、互助保障",
      undefined,
    ]);
    expect(texts).toEqual([
      "参保人数达到285人，其中在职200人，退休25人，安康45人，特种15人。",
      "共收缴互助保障保费1.00万元。",
      "参保单位4家，其中全员参保2家，占50%。",
    ]);
    expect(content.charts).toEqual([
      {
        type: "pie",
        title: "互助保障参保人数(按类别)",
        figures: ["enrol0", "enrol1", "enrol2", "enrol3"],
      },
    ]);
  });

  it("labels each figure and names its column", () => {
    const { placed } = run(KEYS);
    const shown = (key: string) => {
      const d = placed.def(key);
      return [d.label, d.format, d.source, placed.value(key)];
    };
    const S = "互助保障参保台账";
    expect(placed.keys).toEqual([
      "enrol0",
      "enrol1",
      "enrol2",
      "enrol3",
      "enrolTotal",
      "premiums",
      "fullUnits",
      "enrolUnits",
      "fullShare",
    ]);
    expect(shown("enrol0")).toEqual(["在职参保(人)", "count", `${S} · 在职参保`, 200]);
    expect(shown("enrol1")).toEqual(["退休参保(人)", "count", `${S} · 退休参保`, 25]);
    expect(shown("enrol2")).toEqual(["安康参保(人)", "count", `${S} · 安康参保`, 45]);
    expect(shown("enrol3")).toEqual(["特种参保(人)", "count", `${S} · 特种参保`, 15]);
    expect(shown("enrolTotal")).toEqual(["参保人数合计(人)", "count", "各类别之和", 285]);
    expect(shown("premiums")).toEqual(["互助保障保费(元)", "money", `${S} · 保费`, 10000.5]);
    expect(shown("fullUnits")).toEqual(["全员参保单位数(家)", "count", `${S} · 是否全员参保`, 2]);
    expect(shown("enrolUnits")).toEqual(["参保单位数(家)", "count", `${S} · 单位名称`, 4]);
    expect(shown("fullShare")).toEqual(["全员参保单位占比", "rate", "由上列数据计算", 0.5]);
  });

  it("says only the categories the ledger has, numbered in the order it has them", () => {
    const { content, placed, texts } = run(["retiredEnrolled", "womenEnrolled"]);
    expect(texts).toEqual(["参保人数达到70人，其中退休25人，安康45人。"]);
    expect(placed.def("enrol0").label).toBe("退休参保(人)");
    expect(content.charts).toEqual([
      { type: "pie", title: "互助保障参保人数(按类别)", figures: ["enrol0", "enrol1"] },
    ]);
  });

  it("without a category column: no enrolment sentence and no chart; units need their names", () => {
    const { content, texts } = run(["orgName", "premium", "allEnrolled"]);
    expect(texts).toEqual([
      "共收缴互助保障保费1.00万元。",
      "参保单位4家，其中全员参保2家，占50%。",
    ]);
    expect(content.charts).toEqual([]);
    expect(run(["servingEnrolled", "allEnrolled"]).texts).toEqual([
      "参保人数达到200人，其中在职200人。",
    ]);
  });

  it.each([
    ["1 of 4", 1, 4, "参保单位4家，其中全员参保1家，占25%。"],
    ["2 of 4 (exactly half)", 2, 4, "参保单位4家，其中全员参保2家，占50%。"],
    ["3 of 5", 3, 5, "参保单位5家，其中全员参保3家，占60%，全员参保单位过半。"],
  ])("过半 only above one half: %s", (_, full, n, said) => {
    const rows = Array.from({ length: n }, (_, i): CellValue[] => [
      `单位${i}`,
      10,
      0,
      0,
      0,
      100,
      i < full ? "是" : "否",
    ]);
    expect(run(["orgName", "allEnrolled"], rows).texts).toEqual([said]);
  });

  it("sums premiums to the fen", () => {
    const rows: CellValue[][] = [
      ["甲", 1, 0, 0, 0, 5000.004, "是"],
      ["乙", 1, 0, 0, 0, 2500.003, "否"],
    ];
    // 7500.007 yuan to the fen, as ROUND(…,2) gives.
    expect(run(["premium"], rows).placed.value("premiums")).toBe(7500.01);
  });

  it("compares the enrolment total with last year's", () => {
    const previous = new Map<string, PreviousValue>([["enrolTotal", { value: 300 }]]);
    expect(run(["servingEnrolled", "retiredEnrolled"], ROWS, previous).texts).toEqual([
      "参保人数达到225人，较上年减少75人，同比下降25.0%，其中在职200人，退休25人。",
    ]);
  });
});
