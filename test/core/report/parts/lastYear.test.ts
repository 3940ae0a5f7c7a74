import {
  carriedLastYear,
  matchLastYear,
  unreadablePrevious,
} from "../../../../src/core/report/lastYear";
import type { FigureDef } from "../../../../src/core/report/section";

/** Last year's figures matched to this year's by label, carried from a 上年数 column, or refused. */
const def = (key: string, label: string, extra: Partial<FigureDef> = {}): FigureDef => ({
  key,
  label,
  format: "count",
  source: "",
  ...extra,
});

describe("matchLastYear", () => {
  it("matches a label found once whatever the key, and a repeated label only with the same key", () => {
    const matched = matchLastYear(
      [def("k0", "职工培训(期)"), def("a", "同名"), def("b", "同名"), def("c", "新指标")],
      {
        source: "2023.xlsx",
        figures: [
          { key: "k7", label: "职工培训(期)", value: 6 },
          { key: "b", label: "同名", value: 2 },
          { key: "z", label: "同名", value: 3 },
        ],
      }
    );
    expect([...matched.entries()]).toEqual([
      ["k0", { value: 6 }],
      ["b", { value: 2 }],
    ]);
  });

  it("leaves out last year's values that are not numbers, so a label left once is matched", () => {
    const matched = matchLastYear([def("x", "会员人数(人)")], {
      source: "2023.xlsx",
      figures: [
        { key: "y", label: "会员人数(人)", value: Number.NaN },
        { key: "w", label: "会员人数(人)", value: 980 },
        { key: "v", label: "单位(家)", value: Number.POSITIVE_INFINITY },
      ],
    });
    expect(matched.get("x")).toEqual({ value: 980 });
    expect(
      matchLastYear([def("v", "单位(家)")], {
        source: "s",
        figures: [{ key: "v", label: "单位(家)", value: Number.POSITIVE_INFINITY }],
      }).size
    ).toBe(0);
  });
});

describe("carriedLastYear", () => {
  it("carries a 上年数 column's value with its cell, and leaves out blanks and what is not a number", () => {
    const carried = carriedLastYear([
      def("unions", "新建工会(家)", { previous: { value: 50, formula: "'年度任务'!$D$3" } }),
      def("funds", "经费(万元)", { previous: { value: Number.NaN, formula: "'年度任务'!$D$4" } }),
      def("none", "无上年数"),
      def("zero", "零", { previous: { value: 0, formula: "'年度任务'!$D$6" } }),
    ]);
    expect([...carried.entries()]).toEqual([
      ["unions", { value: 50, formula: "'年度任务'!$D$3" }],
      ["zero", { value: 0, formula: "'年度任务'!$D$6" }],
    ]);
  });
});

describe("unreadablePrevious", () => {
  it("says in one sentence that the report goes on without 同比, the reason's own end punctuation dropped", () => {
    expect(
      unreadablePrevious({ zh: "文件“2023.xlsx”已损坏。 ", en: "the file 2023.xlsx is damaged. " })
    ).toEqual({
      zh: "上年工作簿无法读取（文件“2023.xlsx”已损坏），本报告未作同比。",
      en: "Last year's workbook could not be read (the file 2023.xlsx is damaged); the report has no year-over-year figures.",
    });
    expect(unreadablePrevious({ zh: "不是Excel文件；，", en: "not an Excel file;," })).toEqual({
      zh: "上年工作簿无法读取（不是Excel文件），本报告未作同比。",
      en: "Last year's workbook could not be read (not an Excel file); the report has no year-over-year figures.",
    });
    // Punctuation inside the reason stays.
    expect(unreadablePrevious({ zh: "第1.5行，无法读取", en: "row 1.5, unreadable" }).zh).toBe(
      "上年工作簿无法读取（第1.5行，无法读取），本报告未作同比。"
    );
  });
});
