import { draftFromWorkbook } from "../../src/core/report/draftReport";
import type { WorkbookSheet } from "../../src/core/workbook";
import { reportStatus } from "../../src/cli/reportStatus";

/** A real organisations ledger beside a sheet that only half looks like one. */
const sheets: WorkbookSheet[] = [
  {
    name: "组织台账",
    grid: [
      ["单位名称", "职工人数", "是否建会", "会员人数"],
      ["甲公司", 100, "是", 90],
      ["乙公司", 50, "否", 0],
    ],
  },
  {
    name: "杂项",
    grid: [
      ["慰问金", "日期", "负责人", "地点", "电话"],
      [500, 45300, "李四", "会议室", "123"],
    ],
  },
];

describe("report's status lists the sheets refused as ledgers", () => {
  const result = draftFromWorkbook(sheets, {}, { year: 2024 });

  it("finds the refusal in core", () => {
    expect(result.refused.map((r) => r.sheetName)).toEqual(["杂项"]);
  });

  it("says it in Chinese only, or in English only", () => {
    const zh = reportStatus(result, "zh-CN").filter((l) => l.includes("杂项"));
    expect(zh).toEqual([`未识别为台账的工作表“杂项”：${result.refused[0].reason}`]);
    expect(zh[0]).not.toMatch(/[A-Za-z]{3}/);
    const en = reportStatus(result, "en-US").filter((l) => l.includes("杂项"));
    expect(en).toEqual([`Sheet "杂项" not taken for a ledger: ${result.refused[0].reasonEn}`]);
    expect(en[0]).not.toMatch(/[，：；]/);
  });

  it("says nothing of refusals when every sheet is a ledger", () => {
    const clean = draftFromWorkbook(sheets.slice(0, 1), {}, { year: 2024 });
    expect(clean.refused).toEqual([]);
    expect(reportStatus(clean, "zh-CN").join("\n")).not.toContain("未识别");
  });
});
