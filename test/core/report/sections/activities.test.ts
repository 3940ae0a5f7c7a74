import type { CellValue } from "../../../../src/core/grid";
import { ACTIVITY_TYPES, type ActivityType } from "../../../../src/core/ledgers/activityTypes";
import type { PreviousValue } from "../../../../src/core/report/lastYear";
import { activitySentences, activityTerms } from "../../../../src/core/report/sections/activities";
import { agreed, placeSection, smallLedger } from "./placedSection";

/**
 * The activity ledger's sentences over small registers, each sentence and figure worked out by
 * hand: which type a row falls in, the words and unit of each type, the parts a missing column
 * leaves out, the donation drives named (three at the most), 同比 on the first figure only.
 */
const ALL = [
  "activityName",
  "activityType",
  "sessions",
  "attendance",
  "people",
  "positions",
  "amount",
];

function run(
  keys: string[],
  rows: CellValue[][],
  types: readonly ActivityType[] = ACTIVITY_TYPES,
  previous: Map<string, PreviousValue> = new Map()
) {
  const ledger = smallLedger("activities", "活动台账", keys, rows);
  const out = activitySentences(ledger.view, types);
  const placed = placeSection(
    {
      id: "activities",
      title: "活动",
      figures: out.flatMap((s) => s.figures),
      paragraphs: out.map((s) => s.pieces),
    },
    [ledger],
    previous
  );
  return { out, placed, texts: agreed(placed) };
}

describe("activitySentences: one sentence per type, in the type's own words", () => {
  const rows: CellValue[][] = [
    // name, type, sessions, attendance, people, positions, amount
    ["安全生产培训", "职工培训", 2, 80, 60, null, 3000],
    ["技能讲座", " 讲座 ", 1, 45, 40, null, 0],
    ["岗位练兵", "比武", 2, 60, 55, null, null],
    ["表彰大会", "表彰", 1, 200, 15, null, null],
    ["职工运动会", "运动会", 1, 300, 280, null, 8000],
    ["慈善一日捐", "慈善", 1, 300, 300, null, 12000],
    ["爱心捐赠", "捐赠", 1, 100, 100, null, 6600.5],
    ["春风行动招聘会", "招聘会", 2, 640, 600, 520, null],
    ["劳模疗休养", "疗休养", 1, 30, 30, null, 45000],
    ["职工体检", "体检", 1, 500, 500, null, 60000],
    ["信息报送", "宣传", 36, null, null, null, null],
    ["工会例会", "会议", 12, 120, 10, null, null],
    ["植树", "其他", 1, 50, 50, null, null], // no type: said nowhere
    ["无类型", "", 5, 5, 5, null, null], // blank type: said nowhere
  ];
  // Run inside each test, not when the file loads: Stryker counts per test what each one covers.
  const sample = () => run(ALL, rows);

  it("says each of the ten types once, in list order, with its section", () => {
    const { out, texts } = sample();
    expect(texts).toEqual([
      "全年举办职工培训3期，培训职工125人次。",
      "开展劳动和技能竞赛2场，参赛职工60人次。",
      "开展评先评优1次，表彰先进15人。",
      "举办职工文体活动1场，参与职工300人次。",
      "开展慈善一日捐、爱心捐赠，募集善款1.86万元。",
      "举办招聘会等就业帮扶活动2场，提供岗位520个，服务求职职工640人次。",
      "组织职工疗休养30人次。",
      "组织职工健康体检500人次。",
      "全年发表宣传信息36篇。",
      "召开工会会议12次。",
    ]);
    expect(out.map((s) => s.section)).toEqual([
      "achievement",
      "achievement",
      "achievement",
      "culture",
      "assistance",
      "assistance",
      "assistance",
      "assistance",
      "self",
      "self",
    ]);
  });

  it("labels each figure with its type and unit, and names the column it sums", () => {
    const { placed } = sample();
    const d = placed.def;
    expect([d("activity0N").label, d("activity0N").format, d("activity0N").source]).toEqual([
      "职工培训(项)",
      "count",
      "活动台账 · 活动类型=职工培训",
    ]);
    expect(placed.value("activity0N")).toBe(2);
    expect([
      d("activity0sessions").label,
      d("activity0sessions").format,
      d("activity0sessions").source,
    ]).toEqual(["职工培训(期)", "count", "活动台账 · 场次"]);
    expect([d("activity0attendance").label, d("activity0attendance").source]).toEqual([
      "职工培训(人次)",
      "活动台账 · 参加人次",
    ]);
    expect([d("activity2people").label, d("activity2people").source]).toEqual([
      "评先评优(人)",
      "活动台账 · 参加人数",
    ]);
    expect([d("activity5positions").label, d("activity5positions").source]).toEqual([
      "就业帮扶(个)",
      "活动台账 · 提供岗位",
    ]);
    expect([
      d("activity4amount").label,
      d("activity4amount").format,
      d("activity4amount").source,
    ]).toEqual(["捐款金额(元)", "money", "活动台账 · 金额"]);
    expect(placed.value("activity4amount")).toBe(18600.5);
    expect(placed.value("activity4N")).toBe(2);
    // Only the columns a type says are figures: money of training is not stated.
    expect(placed.keys.filter((k) => k.startsWith("activity0"))).toEqual([
      "activity0N",
      "activity0sessions",
      "activity0attendance",
    ]);
  });
});

describe("what a register lacks, and types it names in other words", () => {
  it("says nothing without a register or without its 活动类型 column", () => {
    expect(activitySentences(undefined)).toEqual([]);
    const untyped = smallLedger(
      "activities",
      "活动台账",
      ["activityName", "sessions"],
      [["培训", 3]]
    );
    expect(activitySentences(untyped.view)).toEqual([]);
  });

  it("leaves out a part whose column is missing, and counts the activities when no column is left", () => {
    const { texts } = run(
      ["activityName", "activityType", "sessions"],
      [
        ["安全培训", "培训", 2],
        ["技能讲座", "讲座", 1],
        ["职工疗养", "疗养", 1],
        ["健步走", "健步走", 2],
      ]
    );
    // 疗休养 says only 人次: without the column, the number of activities recorded.
    expect(texts).toEqual([
      "全年举办职工培训3期。",
      "举办职工文体活动2场。",
      "组织职工疗休养1项。",
    ]);
  });

  it("starts with a comma-free figure only when the part has no words before it", () => {
    const { texts } = run(
      ["activityType", "attendance"],
      [
        ["培训", 40],
        ["招聘", 90],
      ]
    );
    expect(texts).toEqual([
      "全年举办职工培训，培训职工40人次。",
      "举办招聘会等就业帮扶活动，服务求职职工90人次。",
    ]);
  });

  it("gives a type added by the policy sheet the generic 场 and 人次, and finds it by its own name or a word", () => {
    const types: ActivityType[] = [
      ...ACTIVITY_TYPES,
      { type: "志愿服务", words: ["志愿"], section: "self" },
    ];
    const { out, texts } = run(
      ["activityType", "sessions", "attendance"],
      [
        ["志愿服务", 4, 120],
        ["社区志愿者", 1, 30],
      ],
      types
    );
    expect(texts).toEqual(["开展志愿服务5场，参与职工150人次。"]);
    expect(out[0].section).toBe("self");
    expect(activityTerms(types)[10]).toEqual({ category: "志愿服务", terms: ["志愿服务", "志愿"] });
  });
});

describe("donation drives: named, three at the most", () => {
  const keys = ["activityName", "activityType", "amount"];
  it.each([
    [3, "开展一日捐1、一日捐2、一日捐3，募集善款0.60万元。"],
    [4, "开展一日捐1、一日捐2、一日捐3等4项捐款活动，募集善款1.00万元。"],
  ])("%i drives", (n, said) => {
    // 2000 each, the fourth 4000: 0.60万元 of three, 1.00万元 of four.
    const rows = Array.from({ length: n }, (_, i): CellValue[] => [
      `一日捐${i + 1}`,
      "捐款",
      i < 3 ? 2000 : 4000,
    ]);
    expect(run(keys, rows).texts).toEqual([said]);
  });

  it("reads a name as TRIM(CLEAN()) does, in the text and in the formula alike", () => {
    const rows: CellValue[][] = [
      [" 慈善  一日捐 ", "捐款", 5000],
      ["爱心\n捐赠", "捐款", 3000],
    ];
    expect(run(keys, rows).texts).toEqual(["开展慈善 一日捐、爱心捐赠，募集善款0.80万元。"]);
  });

  it("counts a drive without a name, and names none when no drive has one", () => {
    const rows: CellValue[][] = [
      ["慈善一日捐", "捐款", 5000],
      [null, "捐款", 3000],
      ["  ", "捐款", 2000],
    ];
    expect(run(keys, rows).texts).toEqual(["开展慈善一日捐等3项捐款活动，募集善款1.00万元。"]);
    expect(run(keys, rows.slice(1)).texts).toEqual(["开展捐款活动，募集善款0.50万元。"]);
  });

  it("names none without a name column, and names nothing for other types", () => {
    expect(run(["activityType", "amount"], [["捐款", 5000]]).texts).toEqual([
      "开展捐款活动，募集善款0.50万元。",
    ]);
    expect(run(keys, [["安全培训", "培训", 500]]).texts).toEqual(["全年举办职工培训1项。"]);
  });
});

describe("同比 on the first figure said", () => {
  it("compares training's 期 with last year and leaves 人次 alone", () => {
    const previous = new Map<string, PreviousValue>([
      ["activity0sessions", { value: 8 }],
      ["activity0attendance", { value: 100 }],
    ]);
    const { texts } = run(
      ["activityType", "sessions", "attendance"],
      [["培训", 10, 640]],
      ACTIVITY_TYPES,
      previous
    );
    expect(texts).toEqual(["全年举办职工培训10期，较上年增加2期，增长25.0%，培训职工640人次。"]);
  });

  it("compares a drive's money in 万元", () => {
    const previous = new Map<string, PreviousValue>([["activity4amount", { value: 20000 }]]);
    const { texts } = run(
      ["activityName", "activityType", "amount"],
      [["慈善一日捐", "捐款", 18600]],
      ACTIVITY_TYPES,
      previous
    );
    expect(texts).toEqual(["开展慈善一日捐，募集善款1.86万元，较上年减少0.14万元，同比下降7.0%。"]);
  });
});
