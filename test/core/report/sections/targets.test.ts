import { targetSentences } from "../../../../src/core/report/sections/targets";
import {
  draftOf,
  expectFormulasAgree,
  figureRows,
  handLedger,
  sectionTexts,
  viewOf,
} from "./handLedger";

/**
 * 年度任务 rows as sentences, each in the section its indicator belongs to: "任务…，实际完成…，完成率…"
 * below the task, "完成任务" at it, "超额完成区总工会下达的…任务" only above it; whole tasks as whole
 * numbers, 万元 results to the hundredth; 同比 from a 上年数 column; where another ledger counts the
 * same thing, that ledger's figure is the result.
 */
const COLUMNS: Array<[string, string]> = [
  ["indicator", "指标"],
  ["target", "任务数"],
  ["actual", "完成数"],
  ["unit", "单位"],
  ["previous", "上年数"],
];
const ROWS = [
  ["新建工会", 50, 49, "家", 40],
  ["签订集体合同", 10, 10, "家", ""],
  ["走访慰问困难职工", 100, 120, "人次", ""],
  ["工会经费收缴", 250, 263.6, "万元", 246.3],
  ["互助保障参保", 1000, 800.25, "人", 700.05],
  ["职工书屋", 5, 3, "", ""],
  // Not a task the draft can state: no result, a target in words.
  ["建会宣传", 10, "", "次", ""],
  ["发展会员", "十", 5, "人", ""],
  [7, 1, 1, "", ""],
];

describe("the 年度任务 sentences", () => {
  const targets = handLedger("targets", "年度任务", COLUMNS, ROWS);
  const draft = () => draftOf([targets]);

  it("states each task in its section: below, at and above the task, 同比 from 上年数", () => {
    expect(sectionTexts(draft(), "组织建设")).toEqual([
      "新建工会任务50家，实际完成49家，完成率98%，较上年增加9家，增长22.5%。",
      "职工书屋任务5，实际完成3，完成率60%。",
    ]);
    expect(sectionTexts(draft(), "维权")).toEqual([
      "签订集体合同任务10家，实际完成10家，完成任务。",
    ]);
    expect(sectionTexts(draft(), "帮扶")).toEqual([
      "全年走访慰问困难职工120人次，超额完成区总工会下达的100人次任务。",
    ]);
    expect(sectionTexts(draft(), "经费")).toEqual([
      "全年工会经费收缴263.60万元，超额完成区总工会下达的250万元任务，较上年增加17.30万元，增长7.0%。",
    ]);
    expect(sectionTexts(draft(), "互助保障")).toEqual([
      "互助保障参保任务1000人，实际完成800.25人，完成率80%，较上年增加100.2人，增长14.3%。",
    ]);
  });

  it("places each row by the words of its indicator and leaves out rows it cannot state", () => {
    const out = targetSentences({ targets: viewOf(targets) });
    expect(out.map((t) => [t.sectionId, t.figures[0].label])).toEqual([
      ["organisation", "新建工会(任务数)"],
      ["rights", "签订集体合同(任务数)"],
      ["assistance", "走访慰问困难职工(任务数)"],
      ["funds", "工会经费收缴(任务数)"],
      ["insurance", "互助保障参保(任务数)"],
      ["organisation", "职工书屋(任务数)"],
    ]);
  });

  it("labels the four figures of a task, takes them from its cells, and carries 上年数", () => {
    const [first, second] = targetSentences({ targets: viewOf(targets) });
    expect(first.figures).toEqual([
      {
        key: "target0T",
        label: "新建工会(任务数)",
        format: "count",
        source: "年度任务 · 新建工会",
        measure: { formula: "'年度任务'!$B$2", value: 50 },
      },
      {
        key: "target0A",
        label: "新建工会(完成数)",
        format: "count",
        source: "年度任务 · 新建工会",
        measure: { formula: "'年度任务'!$C$2", value: 49 },
        previous: { formula: "'年度任务'!$E$2", value: 40 },
      },
      {
        key: "target0D",
        label: "新建工会(超额数)",
        format: "count",
        source: "由上列数据计算",
        differenceOf: ["target0A", "target0T"],
      },
      {
        key: "target0R",
        label: "新建工会(完成率)",
        format: "rate",
        source: "由上列数据计算",
        ratioOf: ["target0A", "target0T"],
      },
    ]);
    // A blank 上年数: no last year, so no 同比.
    expect(second.figures[1]).not.toHaveProperty("previous");
    expect(figureRows(draft(), ["target0D", "target0R", "target3A", "target3D"])).toEqual([
      ["target0D", "新建工会(超额数)", "由上列数据计算", -1],
      ["target0R", "新建工会(完成率)", "由上列数据计算", 0.98],
      ["target3A", "工会经费收缴(完成数)", "年度任务 · 工会经费收缴", 263.6],
      ["target3D", "工会经费收缴(超额数)", "由上列数据计算", expect.closeTo(13.6, 9)],
    ]);
  });

  it("agrees with a formula engine on every figure and sentence", () => {
    expectFormulasAgree([targets], draft());
  });
});

describe("tasks another ledger counts too, and ledgers without some columns", () => {
  it("states the organisation ledger's count of signed contracts, not the task sheet's", () => {
    const targets = handLedger("targets", "年度任务", COLUMNS.slice(0, 4), [
      ["签订集体合同", 3, 2.5, "家"],
    ]);
    const orgs = handLedger(
      "organisations",
      "组织",
      [
        ["orgName", "单位名称"],
        ["unionEstablished", "是否建会"],
        ["collectiveContract", "是否签订集体合同"],
      ],
      [
        ["甲", "是", "是"],
        ["乙", "是", "是"],
        ["丙", "是", "是"],
        ["丁", "否", "是"],
      ]
    );
    const draft = draftOf([orgs, targets]);
    expect(sectionTexts(draft, "维权")).toContain("签订集体合同任务3家，实际完成3家，完成任务。");
    expect(figureRows(draft, ["target0A"])).toEqual([
      ["target0A", "签订集体合同(完成数)", "基层工会组织台账 · 签订集体合同", 3],
    ]);
    expectFormulasAgree([orgs, targets], draft);
  });

  it("states a whole 万元 task and result as whole numbers", () => {
    const targets = handLedger("targets", "年度任务", COLUMNS.slice(0, 4), [
      ["工会经费收缴", 250, 263, "万元"],
    ]);
    expect(sectionTexts(draftOf([targets]), "经费")).toEqual([
      "全年工会经费收缴263万元，超额完成区总工会下达的250万元任务。",
    ]);
  });

  it("without a unit column, states the bare numbers", () => {
    const targets = handLedger("targets", "年度任务", COLUMNS.slice(0, 3), [
      ["新建工会", 50, 51],
      ["会员发展", 12.5, 10],
    ]);
    const draft = draftOf([targets]);
    expect(sectionTexts(draft, "组织建设")).toEqual([
      "全年新建工会51，超额完成区总工会下达的50任务。",
      "会员发展任务12.5，实际完成10，完成率80%。",
    ]);
    expectFormulasAgree([targets], draft);
  });

  it("states 同比 down from 上年数, to the hundredth for 万元", () => {
    const targets = handLedger("targets", "年度任务", COLUMNS, [
      ["工会经费收缴", 250, 240.5, "万元", 250.5],
    ]);
    const draft = draftOf([targets]);
    expect(sectionTexts(draft, "经费")).toEqual([
      "工会经费收缴任务250万元，实际完成240.50万元，完成率96.2%，较上年减少10.00万元，同比下降4.0%。",
    ]);
    expectFormulasAgree([targets], draft);
  });

  it("states a unit typed with spaces around it without them, in the text and in the formula", () => {
    const targets = handLedger("targets", "年度任务", COLUMNS.slice(0, 4), [
      ["新建工会", 50, 51, " 家 "],
    ]);
    const draft = draftOf([targets]);
    expect(sectionTexts(draft, "组织建设")).toEqual([
      "全年新建工会51家，超额完成区总工会下达的50家任务。",
    ]);
    expectFormulasAgree([targets], draft);
  });

  it("names a task by its indicator without the spaces typed around it", () => {
    const targets = handLedger("targets", "年度任务", COLUMNS.slice(0, 3), [
      [" 新建工会 ", 50, 49],
    ]);
    const [only] = targetSentences({ targets: viewOf(targets) });
    expect([only.sectionId, only.figures.map((f) => f.label)]).toEqual([
      "organisation",
      ["新建工会(任务数)", "新建工会(完成数)", "新建工会(超额数)", "新建工会(完成率)"],
    ]);
    expect(only.figures[0].source).toBe("年度任务 · 新建工会");
  });

  it("states 同比 with no unit when there is no unit column, or the unit cell is left out", () => {
    const noUnit = handLedger(
      "targets",
      "年度任务",
      [COLUMNS[0], COLUMNS[1], COLUMNS[2], COLUMNS[4]],
      [["新建工会", 50, 49, 48]]
    );
    expect(sectionTexts(draftOf([noUnit]), "组织建设")).toEqual([
      "新建工会任务50，实际完成49，完成率98%，较上年增加1，增长2.1%。",
    ]);
    const shortRow = handLedger("targets", "年度任务", COLUMNS.slice(0, 4), [["新建工会", 50, 49]]);
    expect(sectionTexts(draftOf([shortRow]), "组织建设")).toEqual([
      "新建工会任务50，实际完成49，完成率98%。",
    ]);
  });

  it("says nothing without a 年度任务 sheet, or without its 任务数 or 完成数 column", () => {
    expect(targetSentences({})).toEqual([]);
    const noActual = handLedger("targets", "年度任务", COLUMNS.slice(0, 2), [["新建工会", 50]]);
    expect(targetSentences({ targets: viewOf(noActual) })).toEqual([]);
    const noTarget = handLedger(
      "targets",
      "年度任务",
      [COLUMNS[0], COLUMNS[2]],
      [["新建工会", 50]]
    );
    expect(targetSentences({ targets: viewOf(noTarget) })).toEqual([]);
  });
});
