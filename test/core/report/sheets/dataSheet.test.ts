import type { ReportChart } from "../../../../src/core/report/reportContent";
import type { FigureDef, SectionContent } from "../../../../src/core/report/section";
import { dataSheet } from "../../../../src/core/report/sheets/dataSheet";
import { evaluatePlans } from "../evaluatePlan";

/**
 * 报告数据: the key figures under their sections' names (numeral dropped), each with its live
 * formula, its number format and its source; a 上年数 column only when some figure has last year's
 * value, and a line saying where those values come from; charts under the table.
 */
const LEDGER = {
  name: "台账",
  grid: [
    ["单位", "职工", "经费"],
    ["甲", 30, 1000.5],
    ["乙", 20, 200.25],
  ],
};
const units: FigureDef = {
  key: "units",
  label: "纳入统计单位数(家)",
  format: "count",
  source: "台账 · 单位",
  measure: { formula: "COUNTA('台账'!$A$2:$A$3)", value: 2 },
};
const staff: FigureDef = {
  key: "staff",
  label: "职工人数(人)",
  format: "count",
  source: "台账 · 职工",
  measure: { formula: "SUM('台账'!$B$2:$B$3)", value: 50 },
};
const perUnit: FigureDef = {
  key: "perUnit",
  label: "每单位职工",
  format: "rate",
  source: "由上列数据计算",
  ratioOf: ["staff", "units"],
};
const money: FigureDef = {
  key: "money",
  label: "计提经费(元)",
  format: "money",
  source: "台账 · 经费",
  measure: { formula: "SUM('台账'!$C$2:$C$3)", value: 1200.75 },
};
const section = (id: string, title: string, figures: FigureDef[]): SectionContent => ({
  id,
  title,
  figures,
  paragraphs: [],
});
const SECTIONS = [
  section("organisation", "一、组织建设", [units, staff, perUnit]),
  section("rights", "二、维权", []),
  section("funds", "七、经费", [money]),
];
const values = (plan: {
  cells: Array<{ row: number; col: number; value?: unknown; formula?: string }>;
}) => Object.fromEntries(plan.cells.map((c) => [`${c.row},${c.col}`, c.formula ?? c.value]));

describe("the key figures' table without last year", () => {
  it("lays out title, note, header, then each section with figures under its name", () => {
    const sheet = dataSheet("和平街道总工会2024年工作报告数据", SECTIONS);
    const plan = sheet.plan([]);
    expect(values(plan)).toEqual({
      "0,0": "和平街道总工会2024年工作报告数据",
      "1,0": "报告草稿中的数字均为引用本表的公式，修改台账后自动更新。",
      "2,0": "指标",
      "2,1": "数值",
      "2,2": "来源",
      "3,0": "组织建设",
      "3,1": undefined,
      "3,2": undefined,
      "4,0": "纳入统计单位数（家）",
      "4,1": "=COUNTA('台账'!$A$2:$A$3)",
      "4,2": "台账 · 单位",
      "5,0": "职工人数（人）",
      "5,1": "=SUM('台账'!$B$2:$B$3)",
      "5,2": "台账 · 职工",
      "6,0": "每单位职工",
      "6,1": "=IF(B5=0,0,B6/B5)",
      "6,2": "由上列数据计算",
      "7,0": "经费",
      "7,1": undefined,
      "7,2": undefined,
      "8,0": "计提经费（元）",
      "8,1": "=SUM('台账'!$C$2:$C$3)",
      "8,2": "台账 · 经费",
    });
    expect(sheet.figures.map((f) => [f.key, f.row, f.value])).toEqual([
      ["units", 4, 2],
      ["staff", 5, 50],
      ["perUnit", 6, 25],
      ["money", 8, 1200.75],
    ]);
  });

  it("formats counts, rates and money, borders the table, and bolds the titles and header", () => {
    const sheet = dataSheet("和平街道总工会2024年工作报告数据", SECTIONS);
    const plan = sheet.plan([]);
    const at = (row: number, col: number) =>
      plan.cells.find((c) => c.row === row && c.col === col)!;
    expect([4, 6, 8].map((r) => at(r, 1).numberFormat)).toEqual(["#,##0", "0.0%", "#,##0.00"]);
    expect([4, 6, 8].every((r) => at(r, 1).border === true)).toBe(true);
    expect(at(4, 1).result).toBe(2);
    expect(at(0, 0)).toMatchObject({
      bold: true,
      font: { name: "黑体", size: 14 },
      align: "center",
    });
    expect(at(1, 0)).toMatchObject({ font: { name: "宋体", size: 11 }, wrap: true });
    expect(at(2, 1)).toMatchObject({ bold: true, border: true, align: "center" });
    expect(at(3, 0)).toMatchObject({ bold: true, border: true });
    expect(at(3, 2)).toMatchObject({ border: true, font: { name: "宋体", size: 11 } });
    expect(at(4, 0)).toMatchObject({ border: true, wrap: true });
    expect(at(4, 2)).toMatchObject({ border: true, wrap: true });
    expect(plan.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 3 },
      { row: 1, col: 0, rows: 1, cols: 3 },
    ]);
    expect(plan.columnWidths).toEqual({ 0: 34, 1: 16, 2: 40 });
    expect(plan.rowHeights).toEqual({ 0: 28, 1: 18 });
    expect(plan.page).toMatchObject({
      orientation: "portrait",
      printArea: { row: 0, col: 0, rows: 9, cols: 3 },
    });
    expect(plan.charts).toEqual([]);
  });

  it("computes in a formula engine what core computed, and the lookup points at column B", () => {
    const sheet = dataSheet("和平街道总工会2024年工作报告数据", SECTIONS);
    const plan = sheet.plan([]);
    const { value } = evaluatePlans([LEDGER], { 报告数据: plan });
    for (const f of sheet.figures)
      expect([f.key, value("报告数据", f.row, 1)]).toEqual([f.key, f.value]);
    expect(sheet.lookup.address("perUnit")).toBe("B7");
    expect(sheet.lookup.value("money")).toBe(1200.75);
    expect(sheet.lookup.hasPrevious!("units")).toBe(false);
  });

  it("places charts below the table, 16 rows each with 2 between, over label and value", () => {
    const sheet = dataSheet("和平街道总工会2024年工作报告数据", SECTIONS);
    const chart = (title: string): ReportChart => ({
      type: "pie",
      title,
      items: [
        { label: "单位", value: 2, row: 4 },
        { label: "职工", value: 50, row: 5 },
      ],
    });
    const withCharts = sheet.plan([chart("甲"), chart("乙")]);
    expect(withCharts.charts).toEqual([
      {
        type: "pie",
        title: "甲",
        source: { row: 4, col: 0, rows: 2, cols: 2 },
        at: { row: 10, col: 0 },
        to: { row: 26, col: 2 },
      },
      {
        type: "pie",
        title: "乙",
        source: { row: 4, col: 0, rows: 2, cols: 2 },
        at: { row: 28, col: 0 },
        to: { row: 44, col: 2 },
      },
    ]);
    expect(withCharts.page!.printArea).toEqual({ row: 0, col: 0, rows: 44, cols: 3 });
  });

  it("with no figures at all, prints a one-row area and no section rows", () => {
    const empty = dataSheet("空", [section("rights", "二、维权", [])]).plan([]);
    expect(empty.cells.map((c) => c.row)).toEqual([0, 1, 2, 2, 2]);
    expect(empty.page!.printArea).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
  });
});

describe("the 上年数 column", () => {
  it("holds this workbook's 上年数 cells as formulas, and says where they come from", () => {
    const carried: FigureDef = { ...staff, previous: { value: 45, formula: "'台账'!$B$2" } };
    const sheet = dataSheet("数据", [
      section("organisation", "组织建设", [units, carried, perUnit]),
    ]);
    const plan = sheet.plan([]);
    const v = values(plan);
    expect([v["2,0"], v["2,1"], v["2,2"]]).toEqual(["指标", "数值", "来源"]);
    expect([v["2,3"], v["3,3"], v["4,3"], v["5,3"], v["6,3"]]).toEqual([
      "上年数",
      undefined,
      undefined,
      "='台账'!$B$2",
      undefined,
    ]);
    expect(v["1,0"]).toBe(
      "报告草稿中的数字均为引用本表的公式，修改台账后自动更新。上年数引自本工作簿年度任务表的上年数列。"
    );
    const at = (row: number, col: number) =>
      plan.cells.find((c) => c.row === row && c.col === col)!;
    expect(at(5, 3)).toMatchObject({ result: 45, numberFormat: "#,##0", border: true });
    expect(at(4, 3)).toMatchObject({ numberFormat: "#,##0", border: true });
    expect(at(3, 3)).toMatchObject({ border: true });
    expect(plan.columnWidths).toEqual({ 0: 30, 1: 14, 2: 32, 3: 14 });
    expect(plan.rowHeights).toEqual({ 0: 28, 1: 34 });
    expect(plan.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 4 },
      { row: 1, col: 0, rows: 1, cols: 4 },
    ]);
    expect(plan.page!.printArea).toEqual({ row: 0, col: 0, rows: 7, cols: 4 });
    expect(sheet.lookup.hasPrevious!("staff")).toBe(true);
    // The sheet's own 上年数 cell, evaluated: 30 (甲's 职工), not the 45 carried as its value.
    const { value } = evaluatePlans([LEDGER], { 数据: plan });
    expect(value("数据", 5, 3)).toBe(30);
  });

  it("holds last year's workbook's figures as values, matched by label, and names the file and year", () => {
    const lastYear = {
      source: "2023年台账.xlsx",
      year: 2023,
      figures: [{ key: "x", label: "计提经费(元)", value: 900 }],
    };
    const sheet = dataSheet("数据", SECTIONS, lastYear);
    const plan = sheet.plan([]);
    const v = values(plan);
    expect([v["2,3"], v["8,3"], v["4,3"]]).toEqual(["上年数", 900, undefined]);
    expect(plan.cells.find((c) => c.row === 8 && c.col === 3)).toMatchObject({
      numberFormat: "#,##0.00",
    });
    expect(v["1,0"]).toBe(
      "报告草稿中的数字均为引用本表的公式，修改台账后自动更新。上年数取自上年工作簿“2023年台账.xlsx”（2023年），按同一口径计算，为数值，不随本工作簿更新。"
    );
    const noYear = dataSheet("数据", SECTIONS, { ...lastYear, year: undefined }).plan([]);
    expect(noYear.cells[1].value).toBe(
      "报告草稿中的数字均为引用本表的公式，修改台账后自动更新。上年数取自上年工作簿“2023年台账.xlsx”，按同一口径计算，为数值，不随本工作簿更新。"
    );
  });

  it("is left out when last year's workbook matches nothing, and so is its note", () => {
    const lastYear = { source: "旧.xlsx", figures: [{ key: "x", label: "别的指标", value: 1 }] };
    const plan = dataSheet("数据", SECTIONS, lastYear).plan([]);
    expect(plan.cells.some((c) => c.col === 3)).toBe(false);
    expect(plan.cells[1].value).toBe("报告草稿中的数字均为引用本表的公式，修改台账后自动更新。");
  });
});
