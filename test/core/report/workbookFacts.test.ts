import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { draftFromWorkbook } from "../../../src/core/report/draftReport";
import { defaultReportYear, workbookFacts } from "../../../src/core/report/workbookFacts";
import type { WorkbookSheet } from "../../../src/core/workbook";

const sheet = (name: string, grid: unknown[][]): WorkbookSheet => ({ name, grid: grid as WorkbookSheet["grid"] });

describe("year, street and unit from what the ledgers say", () => {
  it("reads titles (2025年度, 2025年), 填报单位 and 填报日期", () => {
    const facts = workbookFacts([
      sheet("组织", [["和平街道基层工会组织情况统计台账(2025年度)"], ["填报单位:和平街道总工会"], ["单位名称", "职工人数"], ["甲", 10]]),
      sheet("慰问", [["2025年帮扶慰问台账"], ["姓名"], ["张三"], [null], ["填报日期:2025年12月31日"]]),
    ]);
    expect(facts.year).toMatchObject({ value: 2025, cell: "组织!A1" });
    expect(facts.unit?.value).toBe("和平街道总工会");
    expect(facts.street).toMatchObject({ value: "和平街道", cell: "组织!A2" });
    expect(facts.otherYears).toEqual([]);
  });

  it("takes a 填报日期 early in the year as the year before, and row dates when nothing else names one", () => {
    expect(workbookFacts([sheet("a", [["单位"], ["甲"], ["填报日期：2026年1月10日"]])]).year?.value).toBe(2025);
    const rows = [["姓名", "日期"], ...Array.from({ length: 10 }, () => ["张三", "2023-05-01"])];
    expect(workbookFacts([sheet("b", rows)]).year?.value).toBe(2023);
  });

  it("names the other year when a workbook names two, going by the titles", () => {
    const facts = workbookFacts([
      sheet("组织", [["组织台账(2024年度)"]]),
      sheet("经费", [["经费台账(2024年度)"]]),
      sheet("保障", [["互助保障台账(2023年度)"]]),
    ]);
    expect(facts.year?.value).toBe(2024);
    expect(facts.otherYears.map((f) => [f.value, f.cell])).toEqual([[2023, "保障!A1"]]);
  });

  it("drafts the sample for the year and street its ledgers name, and warns when the user's year disagrees", () => {
    const sample = buildSampleWorkbook();
    const made = draftFromWorkbook(sample, {}, { today: new Date("2026-11-30") });
    expect([made.year, made.yearFrom]).toEqual([2024, "ledgers"]);
    expect(made.draft.title).toBe("东湖街道总工会2024年工作总结（草稿）");
    expect(made.yearNotices).toEqual([]);
    const other = draftFromWorkbook(sample, {}, { year: 2025 });
    expect(other.yearNotices[0].zh).toMatch(/^报告年份为2025年，但台账写的是2024年（组织台账!A1/);
  });

  it("with nothing in the workbook: the year before in January–June, else this year, and says so", () => {
    expect(defaultReportYear(new Date(2026, 0, 15))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 6, 1))).toBe(2026);
    const made = draftFromWorkbook([sheet("组织", [["单位名称", "职工人数", "会员人数"], ["甲", 10, 8]])], {}, { today: new Date(2026, 2, 1) });
    expect([made.year, made.yearFrom]).toEqual([2025, "default"]);
    expect(made.yearNotices[0].zh).toContain("按2025年生成");
  });
});
