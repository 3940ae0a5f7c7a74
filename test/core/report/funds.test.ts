import type { CellValue } from "../../../src/core/grid";
import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { evaluateDraft } from "./evaluatePlan";

/**
 * The fund ledger's 职工人数 splits the payers at the small-payer staff count (25 unless 政策参数 says
 * otherwise); exemptions are said from what the ledger records. Units at 24, 25 and 26 staff, a blank
 * and a text staff count (in neither band), and two exempted units that pay nothing.
 */
const HEADER = ["单位名称", "职工人数", "工资总额", "计提经费", "是否免交"];
const ROWS: CellValue[][] = [
  ["甲", 24, 50000, 1000, "否"],
  ["乙", 25, 100000, 2000, " 否 "],
  ["丙", 26, 200000, 4000, ""],
  ["丁", null, 10000, 200, "否"],
  ["戊", "30", 15000, 300, "否"],
  ["己", 100, 500000, 0, "是"],
  ["庚", 10, 20000, 0, "yes"],
];

function funds(approval?: CellValue[], extra: WorkbookSheet[] = []): WorkbookSheet[] {
  const header = approval ? [...HEADER, "免交批准文号"] : HEADER;
  const rows = ROWS.map((r, i) => (approval ? [...r, approval[i] ?? null] : r));
  return [{ name: "经费", grid: [header, ...rows] }, ...extra];
}

const said = (sheets: WorkbookSheet[], start: string) =>
  composeReport(sheets, { year: 2024 }).paragraphs.find((p) => p.text.startsWith(start))?.text;

describe("the fund ledger's 职工人数: payers at and above the small-payer count, and below it", () => {
  const sheets = funds();
  const draft = composeReport(sheets, { year: 2024 });
  const value = (key: string) => draft.figures.find((f) => f.key === key)?.value;

  it("puts 25 staff with the larger payers and 24 with the small ones; blanks, text and exempted units in neither", () => {
    expect([value("fundLargeUnits"), value("fundLargeAllocated")]).toEqual([2, 6000]);
    expect([value("fundSmallUnits"), value("fundSmallAllocated")]).toEqual([1, 1000]);
    expect(said(sheets, "其中")).toBe(
      "其中职工25人及以上的缴费单位2家，计提经费0.60万元；职工不足25人的小额缴费工会组织1家，计提经费0.10万元。"
    );
  });

  it("takes the count from 政策参数 when the sheet gives one", () => {
    const policy: WorkbookSheet = {
      name: "政策参数",
      grid: [
        ["参数", "比例", "金额（元）", "人数", "说明"],
        ["小额缴费职工人数标准", null, null, 26, ""],
      ],
    };
    expect(said(funds(undefined, [policy]), "其中")).toBe(
      "其中职工26人及以上的缴费单位1家，计提经费0.40万元；职工不足26人的小额缴费工会组织2家，计提经费0.30万元。"
    );
  });

  it("agrees with a formula engine on every figure and sentence", () => {
    const { figure, sentence } = evaluateDraft(sheets, draft);
    for (const f of draft.figures) expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
    for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });
});

describe("exemptions, phrased from what the ledger records", () => {
  it("a 是否免交 column alone: who is exempted, never 经批准 or why", () => {
    const text = composeReport(funds(), { year: 2024 }).text;
    expect(text).toContain("2家单位免交工会经费。");
    expect(text).not.toMatch(/经批准|经审核|亏损/);
  });

  it("经批准 when an approval column records it for every exempted unit", () => {
    const approval = [null, null, null, null, null, "区工发〔2024〕3号", "是"];
    expect(said(funds(approval), "2家")).toBe("2家单位经批准免交工会经费。");
  });

  it("how many were approved when only some were; nothing of approval when none was", () => {
    expect(said(funds([null, null, null, null, null, "区工发〔2024〕3号", " 否 "]), "2家")).toBe(
      "2家单位免交工会经费，其中经批准1家。"
    );
    expect(said(funds([null, null, null, null, null, "无", ""]), "2家")).toBe("2家单位免交工会经费。");
    // An approval beside a unit that is not exempted proves nothing about the exempted ones.
    expect(said(funds(["区工发〔2024〕1号", null, null, null, null, null, null]), "2家")).toBe(
      "2家单位免交工会经费。"
    );
  });

  it("agrees with a formula engine on the approval count, whatever the approval cells hold", () => {
    for (const approval of [
      [null, null, null, null, null, "区工发〔2024〕3号", "是"],
      [null, null, null, null, null, 45300, " 否 "],
      [null, null, null, null, null, true, false],
      [null, null, null, null, null, " ", "NO"],
    ]) {
      const sheets = funds(approval);
      const draft = composeReport(sheets, { year: 2024 });
      const { figure, sentence } = evaluateDraft(sheets, draft);
      for (const f of draft.figures) expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
      for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
    }
  });

  it("says there were none when no unit is exempted", () => {
    const none = funds().map((s) => ({ ...s, grid: s.grid.map((r) => r.map((v) => (v === "是" || v === "yes" ? "否" : v))) }));
    expect(composeReport(none, { year: 2024 }).text).toContain("本年度无免交单位。");
  });
});
