import { defaultReportYear, workbookFacts } from "../../../../src/core/report/workbookFacts";
import type { WorkbookSheet } from "../../../../src/core/workbook";

/**
 * What the ledgers say of themselves: a title year weighs 3, a 填报日期 1 (and one filed in
 * January–June reports on the year before), dates in the rows count only when nothing else names a
 * year; only the first 8 and the last 6 rows hold titles and 填报日期; 1949–2200 only.
 */
type Rows = unknown[][];
const sheet = (name: string, grid: Rows): WorkbookSheet => ({
  name,
  grid: grid as WorkbookSheet["grid"],
});
const blank = (n: number): Rows => Array.from({ length: n }, () => [null]);
const year = (...sheets: WorkbookSheet[]) => workbookFacts(sheets).year;

describe("the title's year", () => {
  it("reads 2025年度, 2025年 and 2025 年, but not a date 2025年3月", () => {
    expect(year(sheet("a", [["台账(2025年度)"]]))).toEqual({
      value: 2025,
      cell: "a!A1",
      text: "台账(2025年度)",
    });
    expect(year(sheet("a", [["2024年帮扶台账"]]))?.value).toBe(2024);
    expect(year(sheet("a", [["2024 年 台账"]]))?.value).toBe(2024);
    expect(year(sheet("a", [["截至2024年3月"]]))).toBeUndefined();
    expect(year(sheet("a", [["截至2024年 11 月"]]))).toBeUndefined();
    expect(year(sheet("a", [["2024年度 3月"]]))?.value).toBe(2024);
  });

  it("is read in the first 8 rows only (and the last 6), trimmed, from text cells", () => {
    const at = (row: number, total: number) => {
      const grid = blank(total);
      grid[row] = [null, "  2023年台账 "];
      return year(sheet("表", grid));
    };
    expect(at(7, 30)).toEqual({ value: 2023, cell: "表!B8", text: "2023年台账" });
    expect(at(8, 30)).toBeUndefined();
    // A title in the tail rows is not a title.
    expect(at(25, 30)).toBeUndefined();
    // Row 9 (index 8) is past the head even when it is among the last six rows.
    expect(at(8, 10)).toBeUndefined();
    expect(at(7, 10)?.value).toBe(2023);
    expect(year(sheet("a", [[2024, "  ", ""]]))).toBeUndefined();
  });

  it("reads past a missing row of a sparse grid", () => {
    const grid: Rows = [["单位"]];
    grid[2] = ["2024年台账"];
    expect(year(sheet("a", grid))).toEqual({ value: 2024, cell: "a!A3", text: "2024年台账" });
  });

  it("takes 1949 to 2200 only", () => {
    expect(year(sheet("a", [["1949年台账"]]))?.value).toBe(1949);
    expect(year(sheet("a", [["2200年台账"]]))?.value).toBe(2200);
    expect(year(sheet("a", [["1948年台账"]]))).toBeUndefined();
    expect(year(sheet("a", [["2201年台账"]]))).toBeUndefined();
  });
});

describe("填报日期", () => {
  it("is the year reported on: filed by June, the year before; from July, that year", () => {
    const filed = (text: string) => year(sheet("a", [["单位"], [text]]));
    expect(filed("填报日期：2025年6月30日")?.value).toBe(2024);
    expect(filed("填报日期:2025-07-01")?.value).toBe(2025);
    expect(filed("填报日期 2025/12")).toEqual({
      value: 2025,
      cell: "a!A2",
      text: "填报日期 2025/12",
    });
    expect(filed("填报日期：2025.1")?.value).toBe(2024);
    // Not a title: a 填报日期 of July 2025 is never read as 2025年's title too.
    expect(filed("填报日期：1949年3月")).toBeUndefined();
  });

  it("is read in the last 6 rows, not in the rows between", () => {
    const grid = blank(20);
    grid[14] = ["填报日期：2023年12月1日"];
    expect(year(sheet("a", grid))?.value).toBe(2023);
    const earlier = blank(20);
    earlier[13] = ["填报日期：2023年12月1日"];
    expect(year(sheet("a", earlier))).toBeUndefined();
    // Nor in row 9, just past the head.
    const ninth = blank(20);
    ninth[8] = ["填报日期：2023年12月1日"];
    expect(year(sheet("a", ninth))).toBeUndefined();
  });

  it("weighs one third of a title: two filed 2023 lose to a title 2024, three tie and the later year wins", () => {
    const filed = (n: number) =>
      sheet("b", [["单位"], ...Array.from({ length: n }, () => ["填报日期：2023年12月"])]);
    const facts = workbookFacts([sheet("a", [["2024年台账"]]), filed(2)]);
    expect(facts.year).toEqual({ value: 2024, cell: "a!A1", text: "2024年台账" });
    expect(facts.otherYears).toEqual([{ value: 2023, cell: "b!A2", text: "填报日期：2023年12月" }]);
    expect(workbookFacts([sheet("a", [["2024年台账"]]), filed(3)]).year?.value).toBe(2024);
    expect(workbookFacts([sheet("a", [["2024年台账"]]), filed(4)]).year?.value).toBe(2023);
    // Of 2022 and 2023 at three each, the later.
    expect(workbookFacts([sheet("a", [["2022年台账"]]), filed(3)]).year?.value).toBe(2023);
  });

  it("gives way to a title of the same year as the cell shown", () => {
    const facts = workbookFacts([
      sheet("a", [["单位"], ["填报日期：2024年12月"]]),
      sheet("b", [["2024年台账"]]),
    ]);
    expect(facts.year).toEqual({ value: 2024, cell: "b!A1", text: "2024年台账" });
    expect(facts.otherYears).toEqual([]);
  });
});

describe("other years", () => {
  it("names each other year once, where it was first seen", () => {
    const facts = workbookFacts([
      sheet("a", [["2024年台账"], ["2024年补充"]]),
      sheet("b", [["2022年台账"]]),
      sheet("c", [["2022年补充"], ["2021年附表"]]),
    ]);
    expect(facts.year?.value).toBe(2024);
    expect(facts.otherYears).toEqual([
      { value: 2022, cell: "b!A1", text: "2022年台账" },
      { value: 2021, cell: "c!A2", text: "2021年附表" },
    ]);
  });
});

describe("dates in the rows", () => {
  const rows = (...dates: unknown[]) =>
    sheet("a", [["姓名", "日期"], ...blank(7), ...dates.map((d) => ["张三", d])]);

  it("give the year most of them name, when no title or 填报日期 does", () => {
    expect(year(rows("2023-05-01", " 2023/6/1 ", "2022年5月", "2023.7"))).toEqual({
      value: 2023,
      cell: "",
      text: "3 个日期",
    });
    // A tie goes to the later year.
    expect(year(rows("2022-05-01", "2023-05-01"))?.value).toBe(2023);
  });

  it("count only after the first 8 rows, only as text, only 1949–2200, and never against a title", () => {
    expect(
      year(
        sheet("a", [
          ["姓名", "日期"],
          ["张三", "2023-05-01"],
        ])
      )
    ).toBeUndefined();
    expect(year(rows(45000, "备注2023-05-01", "1800-01-01", "2300-01-01"))).toBeUndefined();
    const titled = sheet("a", [
      ["2024年台账"],
      ["日期"],
      ...blank(6),
      ...Array.from({ length: 5 }, () => ["2023-05-01"]),
    ]);
    expect(year(titled)?.value).toBe(2024);
  });
});

describe("the reporting unit and its street", () => {
  it("reads the first 填报单位 and the street, town or township in it", () => {
    const facts = workbookFacts([
      sheet("a", [["填报单位：和平街道总工会 "]]),
      sheet("b", [["填报单位:别的街道总工会"]]),
    ]);
    expect(facts.unit).toEqual({
      value: "和平街道总工会",
      cell: "a!A1",
      text: "填报单位：和平街道总工会",
    });
    expect(facts.street).toEqual({
      value: "和平街道",
      cell: "a!A1",
      text: "填报单位：和平街道总工会",
    });
    expect(workbookFacts([sheet("a", [["填报单位：城关镇总工会"]])]).street?.value).toBe("城关镇");
    expect(workbookFacts([sheet("a", [["填报单位：石门乡工会"]])]).street?.value).toBe("石门乡");
  });

  it("has no street when the unit names none, and no unit without a colon", () => {
    const facts = workbookFacts([sheet("a", [["填报单位：某某有限公司工会"]])]);
    expect(facts.unit?.value).toBe("某某有限公司工会");
    expect(facts.street).toBeUndefined();
    expect(workbookFacts([sheet("a", [["填报单位和平街道"]])]).unit).toBeUndefined();
  });

  it("never takes the year in a 填报单位 line for the title's", () => {
    expect(year(sheet("a", [["填报单位：2024年和平街道"]]))).toBeUndefined();
  });

  it("is read in the tail rows too", () => {
    const grid = blank(20);
    grid[19] = ["填报单位：和平街道总工会"];
    expect(workbookFacts([sheet("a", grid)]).unit?.cell).toBe("a!A20");
  });
});

describe("the default year", () => {
  it("is the year before through June, this year from July", () => {
    expect(defaultReportYear(new Date(2026, 5, 30))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 6, 1))).toBe(2026);
    expect(defaultReportYear(new Date(2026, 0, 1))).toBe(2025);
  });

  it("is nothing the ledgers say when they name nothing", () => {
    expect(workbookFacts([sheet("a", [["单位名称"], ["甲"]])])).toEqual({ otherYears: [] });
    expect(workbookFacts([])).toEqual({ otherYears: [] });
  });
});
