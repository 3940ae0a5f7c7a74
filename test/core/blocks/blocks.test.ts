import { DetailedCellError } from "hyperformula";
import { coverageBlock } from "../../../src/core/blocks/coverage";
import { fundBlock } from "../../../src/core/blocks/funds";
import { insuranceBlock } from "../../../src/core/blocks/insurance";
import { planExtent, type SheetPlan } from "../../../src/core/sheetPlan";
import { buildEngine } from "../../functions/hyperFormulaHost";
import { generatedMetadata } from "../../functions/metadata";
import { cellAt, placePlan } from "./placePlan";

const formulaAt = (plan: SheetPlan, row: number) => cellAt(plan, row, 1)?.formula;
const labels = (plan: SheetPlan) => plan.cells.filter((c) => c.col === 0).map((c) => c.value);

/** A ledger on a sheet whose name needs quotes: 序号, 单位, 会员 (E), 职工 (F), 是否建会 (G), from row 2. */
const LEDGER = "台账 2024";
const ledger: unknown[][] = [
  ["序号", "单位", "", "", "会员人数", "职工人数", "是否建会"],
  ...Array.from({ length: 220 }, (_, i) => [i + 1, `单位${i + 1}`, null, null, i < 210 ? 25 : 0, i < 210 ? 30 : 10, i < 210 ? "是" : "否"]),
];

let meta: Awaited<ReturnType<typeof generatedMetadata>>;
beforeAll(async () => {
  meta = await generatedMetadata();
});

/** Writes the plan at `anchor` (on `sheet`) and evaluates the sheet with UNION.* in a formula engine. */
function evaluateAt(sheets: Record<string, unknown[][]>, sheet: string, local: string, plan: SheetPlan) {
  const data = { ...sheets, [sheet]: placePlan(sheets[sheet] ?? [], local, plan) };
  const engine = buildEngine(meta.functions, meta.associate, data);
  const id = engine.getSheetId(sheet)!;
  const origin = { row: Number(/\d+/.exec(local)![0]) - 1, col: local.charCodeAt(0) - 65 };
  const value = (row: number, col = 1) => {
    const v = engine.getCellValue({ sheet: id, row: origin.row + row, col: origin.col + col });
    if (v instanceof DetailedCellError) throw new Error(`${v.value}: ${v.message}`);
    return v;
  };
  return { engine, value, id, origin };
}

describe("coverageBlock", () => {
  const input = { established: "'台账 2024'!G2:G221", employees: "'台账 2024'!F2:F221", members: "'台账 2024'!E2:E221" };

  it("writes the four figures as live formulas over the ranges exactly as the host spelled them", () => {
    const plan = coverageBlock(input);
    expect(plan.cells.filter((c) => c.row === 0).map((c) => [c.value, c.bold])).toEqual([
      ["项目", true],
      ["结果", true],
      ["公式说明", true],
    ]);
    expect(labels(plan)).toEqual(["项目", "组建率", "入会率", "建会单位数", "覆盖职工数"]);
    expect(formulaAt(plan, 1)).toBe("=UNION.ORGRATE('台账 2024'!G2:G221)");
    expect(formulaAt(plan, 2)).toBe("=UNION.MEMBERRATE('台账 2024'!E2:E221,'台账 2024'!F2:F221)");
    expect(formulaAt(plan, 3)).toBe("=INDEX(UNION.COVERAGE('台账 2024'!G2:G221,'台账 2024'!F2:F221),1,1)");
    expect(formulaAt(plan, 4)).toBe("=INDEX(UNION.COVERAGE('台账 2024'!G2:G221,'台账 2024'!F2:F221),1,2)");
    expect([1, 2, 3, 4].map((r) => cellAt(plan, r, 1)!.numberFormat)).toEqual(["0.0%", "0.0%", "0", "0"]);
    expect(plan.columnWidths).toEqual({ 0: 16, 1: 16, 2: 40 });
    expect(planExtent(plan)).toEqual({ rows: 5, cols: 3 });
  });

  it("gives the seed's 95.5% in a formula engine, and follows an edit of the ledger", () => {
    const { engine, value, id } = evaluateAt({ [LEDGER]: ledger }, LEDGER, "I2", coverageBlock(input));
    expect(value(1)).toBeCloseTo(210 / 220, 9);
    expect(value(2)).toBeCloseTo((210 * 25) / (210 * 30 + 10 * 10), 9);
    expect(value(3)).toBe(210);
    expect(value(4)).toBe(210 * 30);
    engine.setCellContents({ sheet: id, row: 220, col: 6 }, "是");
    expect(value(1)).toBeCloseTo(211 / 220, 9);
    expect(value(3)).toBe(211);
  });

  it("counts only organisations at or above a staff threshold when one is given", () => {
    const plan = coverageBlock({ established: "Sheet1!G2:G221", employees: "Sheet1!F2:F221", minEmployees: 25 });
    expect(labels(plan)).toEqual(["项目", "组建率", "建会单位数", "覆盖职工数"]);
    expect(formulaAt(plan, 1)).toBe("=UNION.ORGRATE(Sheet1!G2:G221,Sheet1!F2:F221,25)");
    const { value } = evaluateAt({ Sheet1: ledger }, "Sheet1", "I2", plan);
    expect(value(1)).toBe(1);
  });

  it("has only 组建率 with flags alone, and refuses what cannot be computed", () => {
    expect(labels(coverageBlock({ established: "G2:G221" }))).toEqual(["项目", "组建率"]);
    expect(() => coverageBlock({ established: "G2:G221", members: "E2:E221" })).toThrow("职工人数");
    expect(() => coverageBlock({ established: "G2:G221", minEmployees: 25 })).toThrow("职工人数");
    expect(() => coverageBlock({ established: "G2:G221)+1" })).toThrow("是否建会");
  });
});

describe("fundBlock", () => {
  const levels = [
    { name: "基层工会", ratio: 0.6 },
    { name: "上级工会", ratio: 0.4 },
  ];

  it("splits 1,000,000 at 2% 60/40 with references to the block's own cells", () => {
    const plan = fundBlock({ anchor: "Sheet1!H2", payroll: 1000000, rate: 0.02, levels });
    expect(labels(plan)).toEqual(["项目", "计提经费", "基层工会", "上级工会", "合计核对"]);
    expect(formulaAt(plan, 1)).toBe("=UNION.FUND(1000000,0.02)");
    expect(formulaAt(plan, 2)).toBe("=INDEX(UNION.SPLIT(Sheet1!I3,{0.6,0.4}),1,1)");
    expect(formulaAt(plan, 3)).toBe("=INDEX(UNION.SPLIT(Sheet1!I3,{0.6,0.4}),1,2)");
    expect(formulaAt(plan, 4)).toBe("=UNION.CHECKSUM(Sheet1!I3,Sheet1!I4:I5)");
    expect(plan.cells.filter((c) => c.col === 1 && c.row > 0).every((c) => c.numberFormat === "#,##0.00")).toBe(true);
    expect(cellAt(plan, 1, 2)!.value).toBe("工资总额 × 2%");

    const { value } = evaluateAt({ Sheet1: [] }, "Sheet1", "H2", plan);
    expect([value(1), value(2), value(3), value(4)]).toEqual([20000, 12000, 8000, 0]);
  });

  it("sums a payroll range and gives the grassroots union the fen remainder (市例 60/20/15/5)", () => {
    const payroll = [["工资总额"], [1000000], [5], [5.1]]; // 1,000,010.10 → 20,000.20
    const plan = fundBlock({
      anchor: "'经费 2024'!D1",
      payroll: "'经费 2024'!A2:A4",
      levels: [
        { name: "基层工会", ratio: 0.6 },
        { name: "区总工会", ratio: 0.2 },
        { name: "市总工会", ratio: 0.15 },
        { name: "省总工会", ratio: 0.05 },
      ],
    });
    expect(formulaAt(plan, 1)).toBe("=UNION.FUND(ROUND(SUM('经费 2024'!A2:A4),2),0.02)");
    expect(formulaAt(plan, 6)).toBe("=UNION.CHECKSUM('经费 2024'!E2,'经费 2024'!E3:E6)");
    const { value } = evaluateAt({ "经费 2024": payroll }, "经费 2024", "D1", plan);
    expect(value(1)).toBe(20000.2);
    expect([value(3), value(4), value(5)]).toEqual([4000.04, 3000.03, 1000.01]);
    expect(value(2)).toBe(12000.12);
    expect(value(6)).toBe(0);
  });

  it("takes exempted payroll off the base", () => {
    const plan = fundBlock({ anchor: "H2", payroll: "C2:C10", exempted: "D2:D10", rate: 0.02, levels });
    expect(formulaAt(plan, 1)).toBe("=UNION.FUND(ROUND(SUM(C2:C10)-SUM(D2:D10),2),0.02)");
    expect(fundBlock({ anchor: "H2", payroll: 1000, exempted: 200, levels }).cells.find((c) => c.row === 1 && c.col === 1)!.formula).toBe(
      "=UNION.FUND(ROUND(1000-200,2),0.02)",
    );
  });

  it("writes level names as values, whatever they hold", () => {
    const plan = fundBlock({
      anchor: "H2",
      payroll: 100,
      levels: [
        { name: '=HYPERLINK("x")', ratio: 0.5 },
        { name: 'a"b', ratio: 0.5 },
      ],
    });
    expect(cellAt(plan, 2, 0)).toEqual({ row: 2, col: 0, value: '=HYPERLINK("x")' });
    expect(cellAt(plan, 3, 0)!.value).toBe('a"b');
    expect(plan.cells.some((c) => c.formula?.includes("HYPERLINK") || c.formula?.includes('a"b'))).toBe(false);
  });

  it("refuses ratios that do not add to 100%, and a bad anchor", () => {
    expect(() => fundBlock({ anchor: "H2", payroll: 100, levels: [{ name: "基层", ratio: 0.6 }] })).toThrow("比例之和须为100%");
    expect(() => fundBlock({ anchor: "H2:H3", payroll: 100, levels })).toThrow();
    expect(() => fundBlock({ anchor: "H2", payroll: -1, levels })).toThrow("负数");
    expect(() => fundBlock({ anchor: "H2", payroll: 100, levels: [] })).toThrow();
  });
});

describe("insuranceBlock", () => {
  const categories = [
    { name: "在职", count: 4040, price: 50 },
    { name: "退休", count: 688, price: 50 },
    { name: "安康", count: 1262, price: 15 },
    { name: "特种", count: 2170, price: 15 },
  ];

  it("catches the seed's 8168 vs 8160 and states completion, in a formula engine", () => {
    const plan = insuranceBlock({ anchor: "Sheet1!H2", categories, statedTotal: 8168, target: 8000 });
    expect(labels(plan)).toEqual(["项目", "在职", "退休", "安康", "特种", "参保合计", "保费合计", "填报合计", "合计差额", "任务数", "完成率", "完成情况"]);
    expect(cellAt(plan, 1, 1)!.value).toBe(4040);
    expect(formulaAt(plan, 5)).toBe("=SUM(Sheet1!I3:I6)");
    expect(formulaAt(plan, 6)).toBe("=UNION.PREMIUM(Sheet1!I3:I6,{50,50,15,15})");
    expect(formulaAt(plan, 8)).toBe("=UNION.CHECKSUM(Sheet1!I9,Sheet1!I3:I6)");
    expect(formulaAt(plan, 10)).toBe("=UNION.QUOTA(Sheet1!I7,Sheet1!I11)");
    expect(formulaAt(plan, 11)).toBe('=UNION.QUOTATEXT(Sheet1!I7,Sheet1!I11,"人")');
    expect(cellAt(plan, 10, 1)!.numberFormat).toBe("0.0%");
    expect(cellAt(plan, 6, 1)!.numberFormat).toBe("#,##0.00");

    const { value } = evaluateAt({ Sheet1: [] }, "Sheet1", "H2", plan);
    expect(value(5)).toBe(8160);
    expect(value(6)).toBe(4040 * 50 + 688 * 50 + 1262 * 15 + 2170 * 15);
    expect(value(8)).toBe(8);
    expect(value(10)).toBeCloseTo(1.02, 12);
    expect(value(11)).toBe("超额完成任务,实际完成8160人,完成率102.0%");
  });

  it("refers to count cells in the ledger, so an edit there updates the block", () => {
    const sheet = [["类别", "人数"], ["在职", 4040], ["退休", 688], ["安康", 1262], ["特种", 2170], ["合计", 8168]];
    const plan = insuranceBlock({
      anchor: "'互助'!E1",
      categories: categories.map((c, i) => ({ ...c, count: `'互助'!B${i + 2}` })),
      statedTotal: "'互助'!B6",
    });
    expect(cellAt(plan, 1, 1)!.formula).toBe("='互助'!B2");
    expect(cellAt(plan, 7, 1)!.formula).toBe("='互助'!B6");
    expect(cellAt(plan, 8, 1)!.formula).toBe("=UNION.CHECKSUM('互助'!F8,'互助'!F2:F5)");
    const { engine, value } = evaluateAt({ 互助: sheet }, "互助", "E1", plan);
    expect(value(8)).toBe(8);
    engine.setCellContents({ sheet: engine.getSheetId("互助")!, row: 1, col: 1 }, 4048);
    expect(value(8)).toBe(0);
  });

  it("keeps a unit word with quotes, or one that looks like a formula, as text", () => {
    for (const unit of ['a"b', '=HYPERLINK("x")']) {
      const plan = insuranceBlock({ anchor: "A1", categories: [{ name: "在职", count: 58, price: 1 }], target: 50, unit });
      const last = plan.cells.reduce((m, c) => Math.max(m, c.row), 0);
      expect(cellAt(plan, last, 1)!.formula).toMatch(/^=UNION\.QUOTATEXT\(B3,B5,"[^"]*"(&CHAR\(34\)&"[^"]*")+\)$/);
      const { value } = evaluateAt({ Sheet1: [] }, "Sheet1", "A1", plan);
      expect(value(last)).toBe(`超额完成任务,实际完成58${unit},完成率116.0%`);
    }
  });

  it("refuses bad counts, prices and references", () => {
    expect(() => insuranceBlock({ anchor: "A1", categories: [] })).toThrow();
    expect(() => insuranceBlock({ anchor: "A1", categories: [{ name: "在职", count: -1, price: 50 }] })).toThrow("在职人数");
    expect(() => insuranceBlock({ anchor: "A1", categories: [{ name: "在职", count: 1, price: NaN }] })).toThrow("单价");
    expect(() => insuranceBlock({ anchor: "A1", categories: [{ name: "在职", count: "=1+1", price: 1 }] })).toThrow("在职人数");
  });
});
