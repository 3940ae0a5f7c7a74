import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { evaluateDraft } from "./evaluatePlan";
import {
  type FigureLookup,
  type Piece,
  phraseText,
  previousKey,
  since,
  when,
} from "../../../src/core/report/phrase";

/**
 * Every threshold phrase exactly at, just below and just above its threshold, with the expected
 * words written by hand: 成功率达 and 组建率达 at 90% (at is in), 超额 only above the task, 过半 only
 * above one half, 保持 only with a known last year at or above 90%.
 */
type Grid = WorkbookSheet["grid"];
const draftOf = (name: string, grid: Grid) => composeReport([{ name, grid }], { year: 2024 }).text;

/** 1000 units, `withUnion` of them with a union: 组建率 withUnion/1000. */
function orgs(withUnion: number): Grid {
  const rows = Array.from({ length: 1000 }, (_, i) => [
    `单位${i + 1}`,
    10,
    i < withUnion ? "是" : "否",
    i < withUnion ? 10 : 0,
  ]);
  return [["单位名称", "职工人数", "是否建会", "会员人数"], ...rows];
}

/** 1000 disputes, all mediated, `succeeded` of them successfully. */
function disputes(succeeded: number): Grid {
  const rows = Array.from({ length: 1000 }, (_, i) => [
    "2024-03-01",
    "工资",
    "是",
    i < succeeded ? "是" : "否",
  ]);
  return [["受理日期", "类型", "是否调处", "是否调处成功"], ...rows];
}

/** `n` insured units, `full` of them insuring every employee. */
function insurance(n: number, full: number): Grid {
  const rows = Array.from({ length: n }, (_, i) => [`单位${i + 1}`, 10, i < full ? "是" : "否"]);
  return [["单位名称", "在职参保", "是否全员参保"], ...rows];
}

const targets = (target: number, actual: number): Grid => [
  ["指标", "任务数", "完成数", "单位"],
  ["新建工会", target, actual, "家"],
];

describe("组建率达 (at 90% and above)", () => {
  it.each([
    [899, "组建率89.9%"],
    [900, "组建率达90%"],
    [901, "组建率达90.1%"],
  ])("%i of 1000 units: %s", (n, words) => {
    const text = draftOf("组织台账", orgs(n));
    expect(text).toContain(`，${words}`);
    if (n < 900) expect(text).not.toContain("组建率达");
  });
});

describe("成功率达 (success rate at 90% and above)", () => {
  it.each([
    [899, "，成功率89.9%"],
    [900, "，成功率达90%"],
    [901, "，成功率达90.1%"],
  ])("%i of 1000 disputes succeeded: %s", (n, words) => {
    const text = draftOf("劳动争议台账", disputes(n));
    expect(text).toContain(`成功调处${n}件（其中`);
    expect(text).toContain(words);
    if (n < 900) expect(text).not.toContain("成功率达");
  });
});

describe("超额 (only above the task)", () => {
  it.each([
    [49, "新建工会任务50家，实际完成49家，完成率98%。"],
    [50, "新建工会任务50家，实际完成50家，完成任务。"],
    [51, "全年新建工会51家，超额完成区总工会下达的50家任务。"],
  ])("50 set, %i done", (actual, sentence) => {
    const text = draftOf("年度任务", targets(50, actual));
    expect(text).toContain(sentence);
    if (actual <= 50) expect(text).not.toContain("超额");
  });
});

describe("过半 (only above one half)", () => {
  it.each([
    [999, 499, false],
    [1000, 500, false],
    [999, 500, true],
  ])("%i insured units, %i fully: 过半 %s", (n, full, said) => {
    const text = draftOf("互助保障台账", insurance(n, full));
    expect(text).toContain(`全员参保${full}家`);
    expect(text.includes("全员参保单位过半")).toBe(said);
  });
});

describe("保持 (only with a known last year, at or above 90%)", () => {
  // The organisation section's words for 组建率, with last year's rate beside this year's.
  const pieces: Piece[] = [
    when({ fig: "orgRate", op: ">=", than: 0.9 }, [
      since("orgRate", [
        when({ fig: previousKey("orgRate"), op: ">=", than: 0.9 }, ["，保持在90%以上"]),
      ]),
    ]),
  ];
  const figures = (now: number, last: number | null): FigureLookup => ({
    value: (k) => (k === previousKey("orgRate") ? (last as number) : now),
    address: (k) => (k === previousKey("orgRate") ? "D1" : "B1"),
    hasPrevious: () => last !== null,
  });
  it.each([
    [0.9, 0.899, ""],
    [0.9, 0.9, "，保持在90%以上"],
    [0.9, 0.901, "，保持在90%以上"],
    [0.899, 0.95, ""],
    [0.95, null, ""],
  ])("now %p, last year %p: %p", (now, last, words) => {
    expect(phraseText(pieces, figures(now, last))).toBe(words);
  });

  it("is never said by a draft that knows no earlier year, even at 100%", () => {
    expect(draftOf("组织台账", orgs(1000))).not.toContain("保持");
    expect(draftOf("组织台账", orgs(1000))).toContain("组建率达100%");
  });
});

describe("a formula engine says the same words exactly at each threshold", () => {
  it.each([
    ["组织台账", orgs(900)],
    ["劳动争议台账", disputes(900)],
    ["互助保障台账", insurance(1000, 500)],
    ["年度任务", targets(50, 50)],
  ])("%s", (name, grid) => {
    const sheets = [{ name, grid }];
    const draft = composeReport(sheets, { year: 2024 });
    const { sentence } = evaluateDraft(sheets, draft);
    for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });
});
