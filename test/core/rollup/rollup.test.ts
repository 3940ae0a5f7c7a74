import { HyperFormula } from "hyperformula";
import type { Grid } from "../../../src/core/grid";
import { composeReport } from "../../../src/core/report/composeReport";
import {
  districtWorkbook,
  planGrid,
  rollUp,
  ROLLUP_FIGURES,
  ROLLUP_RATES,
  summariseWorkbook,
  type SummarisedInput,
} from "../../../src/core/rollup";
import { sampleStreets } from "../../../src/core/rollup/sampleStreets";
import type { SheetPlan } from "../../../src/core/sheetPlan";
import type { WorkbookSheet } from "../../../src/core/workbook";

const streets = sampleStreets();
// Summarised once: each is a whole street report.
const base: SummarisedInput[] = streets.map((s) => ({
  summary: summariseWorkbook({ file: s.file, sheets: s.sheets }, 2024),
}));
const summarised = () => base;

/** A small street: its organisations ledger only, with a title naming street and year. */
function smallStreet(
  title: string,
  rows: Array<[string, string, number, number, string]>
): WorkbookSheet[] {
  const grid: Grid = [
    [title],
    ["序号", "单位名称", "统一社会信用代码", "职工人数", "会员人数", "是否建会"],
    ...rows.map((r, i) => [i + 1, ...r]),
  ];
  return [{ name: "组织台账", grid }];
}

const a = smallStreet("青山街道基层工会组织台账（2024年）", [
  ["甲公司", "91110000AAAAAAAA1X", 100, 90, "是"],
  ["乙公司", "91110000BBBBBBBB2X", 50, 0, "否"],
]);
const b = smallStreet("绿水街道基层工会组织台账（2024年）", [
  ["丙 公司", "91110000AAAAAAAA1X", 40, 40, "是"],
  ["（乙）公司", "", 30, 20, "是"],
  ["乙公司", "", 10, 5, "是"],
]);

describe("the district roll-up", () => {
  it("totals and rates equal the sums over streets, each computed by its own report", () => {
    const r = rollUp(summarised(), [], { fallbackYear: 2000, district: "示例区" });
    expect(r.rows.map((x) => x.name)).toEqual(["东湖街道", "西湖街道", "南湖街道"]);
    for (const f of ROLLUP_FIGURES) {
      const own = streets.map(
        (s) => composeReport(s.sheets, { year: 2024 }).figures.find((x) => x.key === f.key)!.value
      );
      const cents = own.reduce((sum, v) => sum + Math.round(v * 100), 0);
      expect([f.key, r.totals[f.key]]).toEqual([f.key, cents / 100]);
    }
    for (const rate of ROLLUP_RATES)
      expect(r.rates[rate.key]).toBeCloseTo(r.totals[rate.num]! / r.totals[rate.den]!, 12);
    expect(r.year).toBe(2024);
    expect(r.level).toBe("district");
  });

  it("finds a unit counted by two streets, by name after normalisation or by 统一社会信用代码", () => {
    const r = rollUp(
      [
        { summary: summariseWorkbook({ file: "青山.xlsx", sheets: a }, 2024) },
        { summary: summariseWorkbook({ file: "绿水.xlsx", sheets: b }, 2024) },
      ],
      [],
      { fallbackYear: 2024 }
    );
    const dups = r.findings.filter((f) => f.kind === "duplicate-unit");
    expect(dups.map((f) => [f.file, f.sheet, f.cell])).toEqual([
      ["绿水.xlsx", "组织台账", "B3"],
      ["绿水.xlsx", "组织台账", "B4"],
    ]);
    expect(dups[0].message).toContain("统一社会信用代码91110000AAAAAAAA1X");
    expect(dups[1].message).toContain("[青山.xlsx]组织台账!B4");
    // The same name twice inside one street is that street's own check, not the district's.
    expect(dups.some((f) => f.cell === "B5")).toBe(false);
    // The sample streets: one planted duplicate.
    const sample = rollUp(summarised(), [], { fallbackYear: 2024 });
    expect(sample.findings.filter((f) => f.kind === "duplicate-unit")).toHaveLength(1);
  });

  it("says a year that differs from the roll-up's, and a street it cannot name", () => {
    const old = smallStreet("基层工会组织台账（2023年）", [["丁公司", "", 10, 9, "是"]]);
    const r = rollUp(
      [
        { summary: summariseWorkbook({ file: "青山.xlsx", sheets: a }, 2024) },
        { summary: summariseWorkbook({ file: "台账.xlsx", sheets: old }, 2024) },
      ],
      [],
      { year: 2024, fallbackYear: 2024 }
    );
    const own = r.findings.filter((f) => f.kind !== "street-finding");
    expect(own.map((f) => [f.kind, f.file])).toEqual([
      ["unnamed-street", "台账.xlsx"],
      ["year-mismatch", "台账.xlsx"],
    ]);
    expect(own[1].message).toBe("工作簿为2023年，与汇总年份2024年不符");
    expect(r.rows[1].name).toBe("（未命名：台账.xlsx）");
  });

  it("names streets numbered 第N街道 (in a title or the file name), and the street of a title that begins with the year", () => {
    const named = (file: string, title: string) =>
      summariseWorkbook({ file, sheets: smallStreet(title, [["甲公司", "", 10, 9, "是"]]) }, 2024)
        .name;
    expect(named("台账.xlsx", "第3街道基层工会组织台账（2024年）")).toBe("第3街道");
    expect(named("台账.xlsx", "填报单位：第１２街道总工会")).toBe("第12街道");
    expect(named("第7街道.xlsx", "基层工会组织台账（2024年）")).toBe("第7街道");
    expect(named("第１０街道-2024.xlsx", "基层工会组织台账")).toBe("第10街道");
    expect(named("台账.xlsx", "2024年东湖街道基层工会组织台账")).toBe("东湖街道");
    expect(named("台账.xlsx", "第二街道基层工会组织台账")).toBe("第二街道");
    expect(named("台账.xlsx", "基层工会组织台账（2024年）")).toBeNull();
  });

  it("names a street missing from the list, a street sent twice, and a file given twice (counted once)", () => {
    const qs = summariseWorkbook({ file: "青山.xlsx", sheets: a }, 2024);
    const again = summariseWorkbook({ file: "青山-修改.xlsx", sheets: a }, 2024);
    const r = rollUp(
      [
        { summary: qs, fingerprint: "x" },
        { summary: { ...qs, file: "副本.xlsx" }, fingerprint: "x" },
        { summary: again, fingerprint: "y" },
      ],
      [],
      { fallbackYear: 2024, expected: ["青山街道总工会", "绿水街道"] }
    );
    const kinds = r.findings
      .filter((f) => f.kind !== "street-finding")
      .map((f) => [f.kind, f.file ?? ""]);
    expect(kinds).toEqual([
      ["repeated-file", "副本.xlsx"],
      ["repeated-street", "青山-修改.xlsx"],
      ["missing-street", ""],
      // Both copies are counted, so their units are counted twice too.
      ["duplicate-unit", "青山-修改.xlsx"],
      ["duplicate-unit", "青山-修改.xlsx"],
    ]);
    expect(r.findings.find((f) => f.kind === "missing-street")!.message).toBe(
      "名单中的“绿水街道”没有报送工作簿"
    );
    expect(r.rows).toHaveLength(2);
  });

  it("rolls up the good files when one could not be read, and names the one that failed", () => {
    const r = rollUp(
      summarised(),
      [{ file: "坏文件.xlsx", message: "不是 xlsx 文件", messageEn: "not an xlsx" }],
      {
        fallbackYear: 2024,
      }
    );
    expect(r.rows).toHaveLength(3);
    expect(r.findings[0]).toMatchObject({
      kind: "unreadable-file",
      file: "坏文件.xlsx",
      message: "无法读取：不是 xlsx 文件",
    });
  });
});

/** Both sheets in a formula engine, built-in functions only, as a district without the add-in opens them. */
function engineOf(sheets: Record<string, SheetPlan>) {
  const data: Record<string, unknown[][]> = {};
  for (const [name, plan] of Object.entries(sheets)) {
    const rows: unknown[][] = [];
    for (const c of plan.cells) {
      while (rows.length <= c.row) rows.push([]);
      rows[c.row][c.col] = c.formula ?? c.value ?? null;
    }
    data[name] = rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v)));
  }
  return HyperFormula.buildFromSheets(data as Record<string, never>, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
  });
}

describe("the district workbook", () => {
  const rollup = rollUp(summarised(), [], { fallbackYear: 2024, district: "示例区" });
  const wb = districtWorkbook(rollup);

  it("holds a row per street with values and source file, a 合计 row and rates as formulas", () => {
    const grid = planGrid(wb.table);
    expect(grid[1].slice(0, 3)).toEqual(["街道", "来源文件", "年份"]);
    expect(grid[2].slice(0, 3)).toEqual(["东湖街道", "东湖街道-2024.xlsx", 2024]);
    expect(grid[wb.totalsRow][0]).toBe("合计");
    const streetCells = wb.table.cells.filter((c) => c.row >= wb.firstRow && c.row < wb.totalsRow);
    const col = (key: string) => wb.columns.indexOf(key);
    expect(
      streetCells
        .filter((c) => c.col === col("orgCovered"))
        .every((c) => typeof c.value === "number")
    ).toBe(true);
    const total = wb.table.cells.find(
      (c) => c.row === wb.totalsRow && c.col === col("orgCovered")
    )!;
    expect(total.formula).toBe("=SUM(F3:F5)");
    // The three sample streets have one rate (covered ÷ flagged): no highest or lowest to name.
    const rates = rollup.rows.map((r) => r.values.orgCovered! / r.values.orgFlagged!);
    expect(new Set(rates).size).toBe(1);
    expect((rates[0] * 100).toFixed(1)).toBe("96.4");
    expect(wb.draft.text).toContain("各街道组建率均为96.4%；");
    expect(wb.draft.text).not.toContain("最高的是");
    // Findings go to 核对事项, never into the printed body.
    expect(wb.draft.text).not.toContain("[西湖街道-2024.xlsx]");
    const checks = wb.draft.sheets.checks.plan.cells.map((c) => String(c.value)).join("\n");
    expect(checks).toContain("[西湖街道-2024.xlsx]组织台账!B5：");
  });

  it("computes in HyperFormula exactly what core computed, on every formula of every sheet", () => {
    const engine = engineOf({
      [wb.names.table]: wb.table,
      [wb.names.data]: wb.draft.sheets.data.plan,
      [wb.names.draft]: wb.draft.sheets.draft.plan,
    });
    let checked = 0;
    for (const [name, plan] of [
      [wb.names.table, wb.table],
      [wb.names.data, wb.draft.sheets.data.plan],
      [wb.names.draft, wb.draft.sheets.draft.plan],
    ] as const) {
      const sheet = engine.getSheetId(name)!;
      for (const c of plan.cells.filter((x) => x.formula)) {
        const v = engine.getCellValue({ sheet, row: c.row, col: c.col });
        if (typeof c.result === "number")
          expect([name, c.formula, v]).toEqual([name, c.formula, expect.closeTo(c.result, 9)]);
        else expect([name, c.formula, v]).toEqual([name, c.formula, c.result]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("follows an edit of a street's row: totals, rates, ranking and the 90% sentence", () => {
    const engine = engineOf({
      [wb.names.table]: wb.table,
      [wb.names.data]: wb.draft.sheets.data.plan,
      [wb.names.draft]: wb.draft.sheets.draft.plan,
    });
    const table = engine.getSheetId(wb.names.table)!;
    const covered = wb.columns.indexOf("orgCovered");
    engine.setCellContents({ sheet: table, row: wb.firstRow + 2, col: covered }, 150);
    expect(engine.getCellValue({ sheet: table, row: wb.totalsRow, col: covered })).toBe(574);
    const draft = engine.getSheetId(wb.names.draft)!;
    const p = wb.draft.paragraphs.find((x) => x.text.startsWith("各街道组建率均为"))!;
    expect(engine.getCellValue({ sheet: draft, row: p.row, col: 0 })).toBe(
      "组建率最高的是东湖街道（96.4%），最低的是南湖街道（68.2%）；有1个街道未达到90%。"
    );
    // 南湖 150 of 220 (68.2%); the others 212 of 220 (96.4%, the first of them named).
    expect(150 / 220).toBeCloseTo(0.682, 3);
    // Raised to 220 of 220, 南湖 is the highest and 东湖 (the first of the equal two) the lowest.
    engine.setCellContents({ sheet: table, row: wb.firstRow + 2, col: covered }, 220);
    expect(engine.getCellValue({ sheet: draft, row: p.row, col: 0 })).toBe(
      "组建率最高的是南湖街道（100%），最低的是东湖街道（96.4%）；各街道组建率均达到90%以上。"
    );
  });

  it("is a valid input a level up: a city rolls up district workbooks, one row per district", () => {
    const asInput = (w: typeof wb, file: string): SummarisedInput => ({
      summary: summariseWorkbook(
        {
          file,
          sheets: [
            { name: w.names.table, grid: planGrid(w.table) },
            { name: w.names.data, grid: planGrid(w.draft.sheets.data.plan) },
            { name: w.names.draft, grid: planGrid(w.draft.sheets.draft.plan) },
          ],
        },
        2024
      ),
    });
    const other = districtWorkbook(
      rollUp(summarised().slice(0, 2), [], { fallbackYear: 2024, district: "东区" })
    );
    const city = rollUp([asInput(wb, "示例区汇总.xlsx"), asInput(other, "东区汇总.xlsx")], [], {
      fallbackYear: 2024,
      district: "示例市",
    });
    expect(city.level).toBe("city");
    expect(city.rows.map((r) => r.name)).toEqual(["示例区", "东区"]);
    expect(city.rows[0].values).toEqual(rollup.totals);
    expect(city.totals.orgCovered).toBe(
      rollup.totals.orgCovered! +
        rollup.rows[0].values.orgCovered! +
        rollup.rows[1].values.orgCovered!
    );
    const cityBook = districtWorkbook(city);
    expect(cityBook.names.table).toBe("分区汇总");
    expect(cityBook.draft.text).toContain("全市2个区纳入统计的单位共");
  });
});
