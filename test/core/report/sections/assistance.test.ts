import type { CellValue } from "../../../../src/core/grid";
import type { PreviousValue } from "../../../../src/core/report/lastYear";
import { assistanceSection } from "../../../../src/core/report/sections/assistance";
import { agreed, placeSection, type SmallLedger, smallLedger } from "./placedSection";

/**
 * 三、帮扶 over a visits ledger of five visits and an organisation ledger of five units, each figure
 * worked out by hand: who was visited as the 类别 column says (never 困难职工 for all), money by
 * campaign, the hardship-fund rate over the units whose flag is filled in.
 */
const VISIT_KEYS = ["personName", "category", "campaign", "amount"];
const VISITS: CellValue[][] = [
  ["张一", "困难职工", "元旦春节送温暖", 1000],
  ["张二", " 困难职工 ", "元旦春节送温暖", 1000],
  ["李三", "劳模", "元旦春节送温暖", 2000],
  ["王四", "患病", "金秋助学", 3000.5],
  ["赵五", "", "夏送清凉", 200],
];
const ORG_KEYS = ["orgName", "hardshipFund", "hardshipFundAmount"];
const ORGS: CellValue[][] = [
  ["甲", "是", 50000],
  ["乙", " 是 ", 30000.5],
  ["丙", "否", 0],
  ["丁", "", null],
  ["戊", "y", 20000],
];

const visits = (keys: string[] = VISIT_KEYS, rows: CellValue[][] = VISITS) =>
  smallLedger(
    "visits",
    "慰问台账",
    keys,
    rows.map((r) => keys.map((k) => r[VISIT_KEYS.indexOf(k)]))
  );
const orgs = (keys: string[] = ORG_KEYS) =>
  smallLedger(
    "organisations",
    "组织台账",
    keys,
    ORGS.map((r) => keys.map((k) => r[ORG_KEYS.indexOf(k)]))
  );

function run(
  v: SmallLedger | undefined,
  o: SmallLedger | undefined,
  previous?: Map<string, PreviousValue>
) {
  const content = assistanceSection(v?.view, o?.view);
  const placed = placeSection(
    content,
    [v, o].filter((l): l is SmallLedger => l !== undefined),
    previous
  );
  return { content, placed, texts: agreed(placed) };
}

describe("三、帮扶", () => {
  it("is left out with a note without visits with money or a hardship-fund column", () => {
    const missing = {
      id: "assistance",
      title: "三、帮扶",
      figures: [],
      paragraphs: [],
      missing: "未找到帮扶慰问台账或帮困基金数据，本节从略。",
    };
    expect(assistanceSection(undefined, undefined)).toEqual(missing);
    expect(
      assistanceSection(visits(["personName", "category"]).view, orgs(["orgName"]).view)
    ).toEqual(missing);
  });

  it("states visits by category and by campaign, and the hardship funds", () => {
    const { content, texts } = run(visits(), orgs());
    expect([content.id, content.title, content.missing]).toEqual([
      "assistance",
      "三、帮扶",
      undefined,
    ]);
    expect(texts).toEqual([
      "全年共走访慰问职工5人次，共发放慰问金0.72万元，其中困难职工2人次、劳模1人次、患病1人次。",
      "其中元旦春节送温暖3人次、0.40万元；金秋助学1人次、0.30万元；夏送清凉1人次、0.02万元。",
      "建立帮困基金的单位3家，占4家统计单位的75%，基金总额10.00万元。",
    ]);
  });

  it("labels each figure and names its column", () => {
    const { placed } = run(visits(), orgs());
    const shown = (key: string) => {
      const d = placed.def(key);
      return [d.label, d.format, d.source, placed.value(key)];
    };
    const V = "帮扶慰问台账";
    const O = "基层工会组织台账";
    expect(shown("visitPeople")).toEqual(["慰问人次", "count", `${V} · 姓名`, 5]);
    expect(shown("visitAmount")).toEqual(["慰问金额(元)", "money", `${V} · 金额`, 7200.5]);
    expect(shown("visitKind0")).toEqual(["困难职工(人次)", "count", `${V} · 类别`, 2]);
    expect(shown("visitKind2")).toEqual(["患病(人次)", "count", `${V} · 类别`, 1]);
    expect(shown("campaignPeople0")).toEqual(["元旦春节送温暖(人次)", "count", `${V} · 活动`, 3]);
    expect(shown("campaignAmount1")).toEqual(["金秋助学(元)", "money", `${V} · 活动`, 3000.5]);
    expect(shown("fundOrgs")).toEqual(["建立帮困基金单位数(家)", "count", `${O} · 帮困基金`, 3]);
    expect(shown("fundOrgsFlagged")).toEqual([
      "帮困基金统计单位数(家)",
      "count",
      `${O} · 帮困基金`,
      4,
    ]);
    expect(shown("fundOrgRate")).toEqual(["帮困基金建立率", "rate", "由上列数据计算", 0.75]);
    expect(shown("fundAmount")).toEqual([
      "帮困基金总额(元)",
      "money",
      `${O} · 帮困基金额`,
      100000.5,
    ]);
  });

  it("without 类别 or 活动 says the total only; without 帮困基金额 no fund total", () => {
    const { texts } = run(visits(["personName", "amount"]), orgs(["orgName", "hardshipFund"]));
    expect(texts).toEqual([
      "全年共走访慰问职工5人次，共发放慰问金0.72万元。",
      "建立帮困基金的单位3家，占4家统计单位的75%。",
    ]);
  });

  it("visits alone, or hardship funds alone", () => {
    expect(run(visits(["personName", "amount"]), undefined).texts).toEqual([
      "全年共走访慰问职工5人次，共发放慰问金0.72万元。",
    ]);
    expect(run(undefined, orgs()).texts).toEqual([
      "建立帮困基金的单位3家，占4家统计单位的75%，基金总额10.00万元。",
    ]);
  });

  it("a 活动 column left blank adds no campaign sentence", () => {
    const blank = VISITS.map((r) => [r[0], r[1], "", r[3]]);
    expect(run(visits(VISIT_KEYS, blank), undefined).texts).toHaveLength(1);
  });

  it("lists eight categories and eight campaigns at the most", () => {
    const rows = Array.from({ length: 9 }, (_, i): CellValue[] => [
      `人${i}`,
      `类${i + 1}`,
      `活动${i + 1}`,
      100,
    ]);
    const { texts } = run(visits(VISIT_KEYS, rows), undefined);
    const listed = (t: string, word: string) => t.match(new RegExp(`${word}\\d`, "g"));
    expect(listed(texts[0], "类")).toEqual([
      "类1",
      "类2",
      "类3",
      "类4",
      "类5",
      "类6",
      "类7",
      "类8",
    ]);
    expect(listed(texts[1], "活动")).toHaveLength(8);
    expect(texts[1].endsWith("活动81人次、0.01万元。")).toBe(true);
  });

  it("sums money to the fen: the total, each campaign's and the hardship funds'", () => {
    const rows: CellValue[][] = [
      ["张一", "困难职工", "送温暖", 1000.004],
      ["张二", "困难职工", "送温暖", 2000.003],
    ];
    const fundRows: CellValue[][] = [
      ["甲", "是", 50000.004],
      ["乙", "是", 30000.003],
    ];
    const o = smallLedger("organisations", "组织台账", ORG_KEYS, fundRows);
    const { placed } = run(visits(VISIT_KEYS, rows), o);
    // 3000.007 and 80000.007 yuan, each to the fen, as ROUND(…,2) gives.
    expect(["visitAmount", "campaignAmount0", "fundAmount"].map(placed.value)).toEqual([
      3000.01, 3000.01, 80000.01,
    ]);
  });

  it("compares visits and money with last year's", () => {
    const previous = new Map<string, PreviousValue>([
      ["visitPeople", { value: 4 }],
      ["visitAmount", { value: 7200.5 }],
    ]);
    expect(run(visits(["personName", "amount"]), undefined, previous).texts).toEqual([
      "全年共走访慰问职工5人次，较上年增加1人次，增长25.0%，共发放慰问金0.72万元，与上年持平。",
    ]);
    const money = new Map<string, PreviousValue>([["visitAmount", { value: 10000 }]]);
    expect(run(visits(["personName", "amount"]), undefined, money).texts).toEqual([
      "全年共走访慰问职工5人次，共发放慰问金0.72万元，较上年减少0.28万元，同比下降28.0%。",
    ]);
  });
});
