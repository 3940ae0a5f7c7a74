import type { CellValue } from "../../../src/core/grid";
import { detectBest } from "../../../src/core/ledgers/detect";
import { workbookFindings } from "../../../src/core/ledgers/workbookFindings";
import { composeReport } from "../../../src/core/report/composeReport";
import type { WorkbookSheet } from "../../../src/core/workbook";
import { evaluateDraft } from "../report/evaluatePlan";

/**
 * Three units (two unionised, one formed this year, two with a collective contract — one of them
 * without a union, so it is not counted), their funds (1,234,567.89 + 65,432.11 = 1,300,000.00 yuan,
 * 130.00万元), their enrolments (10 + 5 + 3 = 18), and one task row stating `done`.
 */
function workbook(indicator: string, done: CellValue, unit = "家"): WorkbookSheet[] {
  return [
    {
      name: "组织台账",
      grid: [
        ["单位名称", "职工人数", "是否建会", "会员人数", "是否签订集体合同", "本年新建"],
        ["甲公司", 100, "是", 90, "是", " 是 "],
        ["乙公司", 50, "是", 40, " 是 ", "否"],
        ["丙公司", 30, "否", 0, "是", null],
      ],
    },
    {
      name: "经费收缴",
      grid: [
        ["单位名称", "工资总额", "计提经费", "是否免交"],
        ["甲公司", 61728394.5, 1234567.89, "否"],
        ["乙公司", 3271605.5, 65432.11, "否"],
      ],
    },
    {
      name: "互助保障",
      grid: [
        ["单位名称", "在职", "退休", "安康"],
        ["甲公司", 10, 5, null],
        ["乙公司", null, null, 3],
      ],
    },
    {
      name: "年度任务",
      grid: [
        ["指标", "任务数", "完成数", "单位"],
        [indicator, 1, done, unit],
      ],
    },
  ];
}

const mismatches = (sheets: WorkbookSheet[]) =>
  workbookFindings(sheets, detectBest(sheets)).filter((f) => f.code === "target-ledger-mismatch");

describe("a 年度任务 result the ledgers contradict", () => {
  it("signed contracts: counted among the units with a union, named at the task's cell with both cells", () => {
    const [f, ...more] = mismatches(workbook("签订集体合同", 3));
    expect(more).toEqual([]);
    expect(f).toMatchObject({ sheet: "年度任务", row: 1, col: 2, severity: "warning" });
    expect(f.message).toBe(
      "C2：年度任务“签订集体合同”完成数为3家，但组织台账!E2:E4中签订集体合同的单位为2家（相差1家），草稿按台账数表述，请核对"
    );
    expect(mismatches(workbook("签订集体合同", 2))).toEqual([]);
  });

  it("new unions: the units flagged 本年新建 (padded flags read as the formula reads them)", () => {
    const [f] = mismatches(workbook("新建工会", 2));
    expect(f.message).toMatch(
      /^C2：年度任务“新建工会”完成数为2家，但组织台账!F2:F4中本年新建工会的单位为1家（相差1家）/
    );
    expect(mismatches(workbook("新建工会", 1))).toEqual([]);
  });

  it("funds collected: compared in the task's 万元, to the hundredth", () => {
    const [f] = mismatches(workbook("工会经费收缴", 129.99, "万元"));
    expect(f.message).toMatch(
      /^C2：年度任务“工会经费收缴”完成数为129.99万元，但经费收缴!C2:C3中计提工会经费为130万元（相差0.01万元）/
    );
    expect(mismatches(workbook("工会经费收缴", 130, "万元"))).toEqual([]);
    // In yuan, to the fen.
    expect(mismatches(workbook("经费收缴", 1300000, "元"))).toEqual([]);
    expect(mismatches(workbook("经费收缴", 1300000.01, "元"))).toHaveLength(1);
  });

  it("enrolments: the sum of the categories, whatever columns the ledger has", () => {
    const [f] = mismatches(workbook("职工医疗互助保障参保", 20, "人"));
    expect(f.message).toMatch(
      /^C2：年度任务“职工医疗互助保障参保”完成数为20人，但互助保障!B2:D3中各类别参保人数之和为18人（相差2人）/
    );
    expect(mismatches(workbook("职工医疗互助保障参保", 18, "人"))).toEqual([]);
  });

  it("is not raised for a task no ledger counts, or a ledger that lacks the column", () => {
    expect(mismatches(workbook("职工书屋建设", 99, "个"))).toEqual([]);
    const noFlag = workbook("新建工会", 7);
    noFlag[0].grid = noFlag[0].grid.map((row) => row.slice(0, 5));
    expect(mismatches(noFlag)).toEqual([]);
  });
});

describe("the draft of a workbook whose 年度任务 differs from its ledgers", () => {
  const draft = composeReport(workbook("签订集体合同", 3), { year: 2024 });

  it("states the ledger's figure in the task's sentence, never the task's", () => {
    const sentence = draft.paragraphs.find((p) => p.text.includes("任务"))!;
    expect(sentence.text).toBe("全年签订集体合同2家，超额完成区总工会下达的1家任务。");
    expect(draft.text).not.toMatch(/签订集体合同3家|完成3家/);
    const done = draft.figures.find((f) => f.label === "签订集体合同(完成数)")!;
    expect(done).toMatchObject({ value: 2, source: "基层工会组织台账 · 签订集体合同" });
    expect(done.formula).not.toContain("年度任务");
  });

  it("points at the difference on 核对事项, outside the printed body", () => {
    const checks = draft.sheets.checks.plan.cells.map((c) => String(c.value ?? "")).join("\n");
    expect(checks).toContain(
      "年度任务“签订集体合同”完成数为3家，但组织台账!E2:E4中签订集体合同的单位为2家"
    );
    const body = draft.sheets.draft.plan.cells.map((c) => String(c.value ?? "")).join("\n");
    expect(body).not.toContain("核对");
  });

  it("funds in 万元: the sentence states the ledger's 130万元 and its completion rate over it", () => {
    const funds = composeReport(workbook("工会经费收缴", 120, "万元"), { year: 2024 });
    expect(funds.text).toContain("全年工会经费收缴130万元，超额完成区总工会下达的1万元任务。");
    const done = funds.figures.find((f) => f.label === "工会经费收缴(完成数)")!;
    expect(done.value).toBe(130);
  });
});

describe("the ledger's figure for each kind of task, live in a formula engine", () => {
  const cases: Array<[string, number, string, number, string]> = [
    ["签订集体合同", 3, "家", 2, "基层工会组织台账 · 签订集体合同"],
    ["新建工会", 2, "家", 1, "基层工会组织台账 · 本年新建"],
    ["工会经费收缴", 120, "万元", 130, "工会经费收缴台账 · 计提经费"],
    ["工会经费收缴", 1299999.99, "元", 1300000, "工会经费收缴台账 · 计提经费"],
    ["职工医疗互助保障参保", 20, "人", 18, "互助保障参保台账 · 各类别之和"],
  ];
  it.each(cases)("%s (%s%s stated) is the ledger's %s", (indicator, stated, unit, counted, source) => {
    const sheets = workbook(indicator, stated, unit);
    const draft = composeReport(sheets, { year: 2024 });
    const done = draft.figures.find((f) => f.label === `${indicator}(完成数)`)!;
    expect([done.value, done.source]).toEqual([counted, source]);
    const { figure, sentence } = evaluateDraft(sheets, draft);
    expect(figure(done.row)).toBe(counted);
    for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });

  it("an insurance ledger with one category: that column alone", () => {
    const sheets = workbook("参保", 10, "人");
    sheets[2].grid = sheets[2].grid.map((r) => r.slice(0, 2));
    const draft = composeReport(sheets, { year: 2024 });
    const done = draft.figures.find((f) => f.label === "参保(完成数)")!;
    expect(done.value).toBe(10);
    expect(done.formula).toBe("=SUM('互助保障'!$B$2:$B$3)");
    expect(mismatches(sheets)).toEqual([]);
  });

  it("without the ledgers, the task's own cell", () => {
    for (const indicator of ["签订集体合同", "新建工会", "工会经费收缴", "参保"]) {
      const sheets = workbook(indicator, 7).slice(3);
      const draft = composeReport(sheets, { year: 2024 });
      const done = draft.figures.find((f) => f.label === `${indicator}(完成数)`)!;
      expect([done.value, done.formula, done.source]).toEqual([7, "='年度任务'!$C$2", `年度任务 · ${indicator}`]);
      expect(mismatches(sheets)).toEqual([]);
    }
  });
});
