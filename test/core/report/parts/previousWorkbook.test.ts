import type { CellValue } from "../../../../src/core/grid";
import { lastYearOf } from "../../../../src/core/report/previousWorkbook";

/**
 * Last year's workbook read for 同比: its figures computed by the same composer, kept as values with
 * the file's name; or a notice saying why it gives none.
 */
const orgSheet = (title: string | null, rows: CellValue[][]) => ({
  name: "组织台账",
  grid: [
    ...(title === null ? [] : [[title]]),
    ["单位名称", "是否建会", "职工人数", "会员人数"],
    ...rows,
  ] as CellValue[][],
});
const rows: CellValue[][] = [
  ["甲公司", "是", 30, 28],
  ["乙公司", "否", 12, 0],
  ["丙公司", "是", 50, 45],
];

describe("lastYearOf", () => {
  it("computes last year's figures from its ledgers, with the file's name and the year its ledgers name", () => {
    const r = lastYearOf(
      { source: "东湖2023.xlsx", sheets: [orgSheet("2023年度基层工会组织台账", rows)] },
      2024
    );
    expect(r.notices).toEqual([]);
    expect(r.lastYear?.source).toBe("东湖2023.xlsx");
    expect(r.lastYear?.year).toBe(2023);
    const values = new Map(r.lastYear?.figures.map((f) => [f.label, f.value]));
    expect([...values.keys()].length).toBeGreaterThan(0);
    // Each figure is kept as a plain value with its key and label.
    for (const f of r.lastYear?.figures ?? [])
      expect(Object.keys(f).sort()).toEqual(["key", "label", "value"]);
    expect([...values.values()]).toContain(3); // 3 units
    expect([...values.values()]).toContain(73); // 28 + 45 members
  });

  it("takes a workbook that names no year as the year before", () => {
    const r = lastYearOf({ source: "上年.xlsx", sheets: [orgSheet(null, rows)] }, 2024);
    expect(r.notices).toEqual([]);
    expect(r.lastYear?.year).toBe(2023);
  });

  it("gives a notice and no 同比 for a workbook without ledgers", () => {
    const r = lastYearOf(
      { source: "空.xlsx", sheets: [{ name: "Sheet1", grid: [["你好"]] }] },
      2024
    );
    expect(r.lastYear).toBeUndefined();
    expect(r.notices).toEqual([
      {
        zh: "上年工作簿“空.xlsx”中没有找到台账，本报告未作同比。",
        en: `No ledgers were found in last year's workbook "空.xlsx"; the report has no year-over-year figures.`,
      },
    ]);
  });

  it("gives a notice and no 同比 for a workbook of the report's own year", () => {
    const r = lastYearOf(
      { source: "同年.xlsx", sheets: [orgSheet("2024年度基层工会组织台账", rows)] },
      2024
    );
    expect(r.lastYear).toBeUndefined();
    expect(r.notices).toEqual([
      {
        zh: "上年工作簿“同年.xlsx”的台账写的是2024年，与本报告年份相同，未作同比。",
        en: `Last year's workbook "同年.xlsx" names 2024, the report's own year; no year-over-year figures were stated.`,
      },
    ]);
  });

  it("uses a workbook that names another year than the one before, with a notice to check", () => {
    const r = lastYearOf(
      { source: "旧.xlsx", sheets: [orgSheet("2021年度基层工会组织台账", rows)] },
      2024
    );
    expect(r.lastYear?.year).toBe(2021);
    expect(r.lastYear?.figures.length).toBeGreaterThan(0);
    expect(r.notices).toEqual([
      {
        zh: "上年工作簿“旧.xlsx”的台账写的是2021年，不是2023年，请核实（已按上年数使用）。",
        en: `Last year's workbook "旧.xlsx" names 2021, not 2023: please check (its figures were used as last year's).`,
      },
    ]);
  });
});
