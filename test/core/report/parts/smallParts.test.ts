import { freshSheetName, freshSheetNames } from "../../../../src/core/report/freshSheetName";
import { policyActivityTypes } from "../../../../src/core/report/policyActivityTypes";
import { REPORT_SHEETS } from "../../../../src/core/report/reportContent";
import { FIRST_YEAR, LAST_YEAR, reportYear } from "../../../../src/core/report/reportYear";
import { measured, ratio } from "../../../../src/core/report/section";
import { ACTIVITY_TYPES } from "../../../../src/core/ledgers/activityTypes";
import type { Detection } from "../../../../src/core/ledgers/detect";
import { ledgerView } from "../../../../src/core/report/ledgerView";
import type { CellValue } from "../../../../src/core/grid";

/** The report's small rules: fresh sheet names, the report year, policy activity types, figure defs. */

describe("freshSheetName", () => {
  it("keeps the name when it is free, else adds the first free number from 2, ignoring case", () => {
    expect(freshSheetName([])).toBe("报告草稿");
    expect(freshSheetName(["台账"])).toBe("报告草稿");
    expect(freshSheetName(["报告草稿"])).toBe("报告草稿 (2)");
    expect(freshSheetName(["报告草稿", "报告草稿 (2)"])).toBe("报告草稿 (3)");
    expect(freshSheetName(["Report"], "report")).toBe("report (2)");
    expect(freshSheetName(["report", "REPORT (2)"], "Report")).toBe("Report (3)");
  });
});

describe("freshSheetNames", () => {
  const bases = { draft: "报告草稿", data: "报告数据", checks: "核对事项" };

  it("keeps the set's names when none is taken", () => {
    expect(freshSheetNames(["台账"], bases)).toEqual(bases);
  });

  it("gives the whole set one shared number when any one name is taken, ignoring case", () => {
    expect(freshSheetNames(["报告数据"], bases)).toEqual({
      draft: "报告草稿 (2)",
      data: "报告数据 (2)",
      checks: "核对事项 (2)",
    });
    expect(freshSheetNames(["核对事项", "报告草稿 (2)"], bases)).toEqual({
      draft: "报告草稿 (3)",
      data: "报告数据 (3)",
      checks: "核对事项 (3)",
    });
    expect(freshSheetNames(["DATA", "data (2)"], { data: "Data" })).toEqual({ data: "Data (3)" });
  });
});

describe("reportYear", () => {
  it("reads a year as people write it", () => {
    expect(reportYear(2024)).toBe(2024);
    expect(reportYear("2024")).toBe(2024);
    expect(reportYear(" 2024 ")).toBe(2024);
    expect(reportYear("2024年")).toBe(2024);
    expect(reportYear(" 2024年 ")).toBe(2024);
  });

  it("takes the first and last years it allows, and refuses one beyond either", () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([1949, 2200]);
    expect(reportYear(1949)).toBe(1949);
    expect(reportYear("2200年")).toBe(2200);
    expect(reportYear(1948)).toBeNull();
    expect(reportYear(2201)).toBeNull();
  });

  it("refuses what is not four digits, with at most a 年 at the end", () => {
    for (const bad of [
      "12024",
      "20245",
      "202",
      "年2024",
      "2024年年",
      "２０２４",
      "2024 年",
      "2o24",
      20240,
      2024.5,
    ])
      expect(reportYear(bad)).toBeNull();
    for (const bad of [null, undefined, true, {}, ["2024"]]) expect(reportYear(bad)).toBeNull();
  });
});

describe("policyActivityTypes", () => {
  const policy = (rows: CellValue[][], columns: Record<string, number>) => {
    const grid: CellValue[][] = [["参数", "说明"], ...rows];
    const detection: Detection = {
      schemaId: "policy",
      sheetName: "政策参数",
      headerRows: [0],
      dataRows: { start: 1, end: rows.length },
      columns,
      headerTexts: { 0: "参数", 1: "说明" },
      ignoredRows: [],
      confidence: 1,
      missingRequired: [],
    };
    return ledgerView(grid, detection, "政策参数");
  };

  it("gives the built-in types without a policy sheet, or with one that has no 参数 column", () => {
    expect(policyActivityTypes(undefined)).toEqual([...ACTIVITY_TYPES]);
    expect(policyActivityTypes(policy([["活动类型：读书会", "文体活动"]], { note: 1 }))).toEqual([
      ...ACTIVITY_TYPES,
    ]);
  });

  it("adds the types a policy sheet names, with their section, words and 免费", () => {
    const types = policyActivityTypes(
      policy(
        [
          ["活动类型：读书会", "文体活动；读书、书友会；免费"],
          ["活动类型：心理疏导", "帮扶"],
          ["小额缴费标准", "25人"],
        ],
        { parameter: 0, note: 1 }
      )
    );
    expect(types.slice(0, ACTIVITY_TYPES.length)).toEqual([...ACTIVITY_TYPES]);
    expect(types.slice(ACTIVITY_TYPES.length)).toEqual([
      { type: "读书会", words: ["读书", "书友会"], section: "culture", free: true },
      { type: "心理疏导", words: [], section: "assistance" },
    ]);
  });
});

describe("figure definitions", () => {
  const measure = { value: 5, formula: "5" };

  it("a measured figure carries its measure, label, format and source", () => {
    expect(
      measured("unions", "已建会单位(家)", "count", "基层工会组织台账 · 是否建会", measure)
    ).toEqual({
      key: "unions",
      label: "已建会单位(家)",
      format: "count",
      source: "基层工会组织台账 · 是否建会",
      measure,
    });
  });

  it("a rate is the ratio of two figures, its source said as computed from the rows above unless given", () => {
    expect(ratio("joinRate", "入会率", "members", "employees")).toEqual({
      key: "joinRate",
      label: "入会率",
      format: "rate",
      source: "由上列数据计算",
      ratioOf: ["members", "employees"],
    });
    expect(ratio("r", "签订率", "a", "b", "集体合同台账").source).toBe("集体合同台账");
  });
});

describe("the report's sheets", () => {
  it("are named 报告草稿, 报告数据 and 核对事项", () => {
    expect(REPORT_SHEETS).toEqual({ draft: "报告草稿", data: "报告数据", checks: "核对事项" });
  });
});
