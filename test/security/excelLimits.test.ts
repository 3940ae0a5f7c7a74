/**
 * Excel's limits: 255 characters a string literal, 8,192 a formula, 32,767 a cell. Text from a ledger
 * or an option can be any length; what the report writes never passes them. Long literals are split
 * with & (HyperFormula reads them back to the same text), a formula too long is written as its value,
 * text too long is cut with "…", and each such cell is a finding naming it.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { cutText, EXCEL_LIMITS, fitToExcel } from "../../src/core/plan/excelLimits";
import { composeReport, type WorkbookSheet } from "../../src/core/report/composeReport";
import { textLiteral } from "../../src/core/report/excelFormula";
import type { SheetPlan } from "../../src/core/sheetPlan";
import * as path from "path";
import ExcelJS from "exceljs";
import { evaluateDraft } from "../core/report/evaluatePlan";
import { run } from "../cli/run";
import { SAMPLE_FILE, tempDir } from "../file/helpers";

/** The string literals of a formula (ours never hold a quote: quotes go in as CHAR(34)). */
const literalsOf = (formula: string) => [...formula.matchAll(/"([^"]*)"/g)].map((m) => m[1]);

function evaluate(formula: string): unknown {
  const engine = HyperFormula.buildFromArray([[formula]], { licenseKey: "gpl-v3" });
  const value = engine.getCellValue({ sheet: 0, row: 0, col: 0 });
  engine.destroy();
  return value;
}

describe("string literals", () => {
  it("stay within 255 characters and read back as the same text, whatever the text (property)", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 700, unit: "grapheme" }),
      fc.string({ maxLength: 700, unit: fc.constantFrom("长", '"', "\\", "a", "😀", " ") })
    );
    fc.assert(
      fc.property(text, (t) => {
        const literal = textLiteral(t);
        for (const l of literalsOf(literal)) expect(l.length).toBeLessThanOrEqual(EXCEL_LIMITS.literal);
        expect(evaluate(`=${literal}`)).toBe(t);
      }),
      { numRuns: 150 }
    );
  });

  it("split at the limit: 255 characters is one literal, 256 two, a surrogate pair never halved", () => {
    expect(textLiteral("长".repeat(255))).toBe(`"${"长".repeat(255)}"`);
    expect(textLiteral("长".repeat(256))).toBe(`"${"长".repeat(255)}"&"长"`);
    const pair = "a".repeat(254) + "😀" + "b";
    expect(literalsOf(textLiteral(pair)).map((l) => l.length)).toEqual([254, 3]);
    expect(evaluate(`=${textLiteral(pair)}`)).toBe(pair);
    expect(textLiteral("")).toBe('""');
  });
});

describe("formulas and cells", () => {
  const plan = (cells: SheetPlan["cells"]): SheetPlan => ({ cells });

  it("a formula of 8,192 characters stays; one of 8,193 is written as its value, with a finding naming the cell", () => {
    const exact = `=LEN("${"x".repeat(8_184)}")`;
    expect(exact.length).toBe(8_192);
    const kept = fitToExcel(plan([{ row: 0, col: 0, formula: exact, result: "x" }]), "报告草稿");
    expect(kept.findings).toEqual([]);
    expect(kept.plan.cells[0].formula).toBe(exact);
    const over = exact.replace('"x', '"xx');
    expect(over.length).toBe(8_193);
    const fitted = fitToExcel(plan([{ row: 4, col: 1, formula: over, result: "今天的值", bold: true }]), "报告草稿");
    expect(fitted.plan.cells[0]).toEqual({ row: 4, col: 1, value: "今天的值", bold: true });
    expect(fitted.findings).toEqual([
      expect.objectContaining({ sheet: "报告草稿", row: 4, col: 1, code: "excel-limit", message: expect.stringMatching(/^B5：公式超出 Excel 的上限/) }),
    ]);
  });

  it("text of 32,767 characters stays; longer is cut to 32,767 ending in …, with a finding", () => {
    expect(cutText("长".repeat(32_767))).toHaveLength(32_767);
    const cut = cutText("长".repeat(40_000));
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith("长…")).toBe(true);
    expect(cutText("a".repeat(32_765) + "😀😀")).toBe("a".repeat(32_765) + "…");
    const fitted = fitToExcel(plan([{ row: 0, col: 0, value: "长".repeat(40_000) }]), "报告数据");
    expect(fitted.plan.cells[0].value).toBe(cut);
    expect(fitted.findings[0].message).toMatch(/^A1：文字超过 Excel 单元格的上限（32,767 个字符），已截断/);
  });

  it("any plan comes out within the limits (property)", () => {
    const cell = fc.record({
      row: fc.nat(50),
      col: fc.nat(5),
      value: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 5 }), fc.nat().map((n) => "v".repeat(32_700 + (n % 200)))),
      formula: fc.oneof(fc.constant(undefined), fc.nat().map((n) => `="${"f".repeat(8_150 + (n % 100))}"`)),
      result: fc.oneof(fc.constant(undefined), fc.nat().map((n) => "r".repeat(32_700 + (n % 200)))),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (cells) => {
        const clean = cells.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))) as unknown as SheetPlan["cells"];
        const { plan: fitted, findings } = fitToExcel({ cells: clean }, "S");
        let changed = 0;
        fitted.cells.forEach((c, i) => {
          expect((c.formula ?? "").length).toBeLessThanOrEqual(EXCEL_LIMITS.formula);
          for (const v of [c.value, c.result]) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(EXCEL_LIMITS.cell);
          if (JSON.stringify(c) !== JSON.stringify(clean[i])) changed++;
        });
        expect(findings).toHaveLength(changed);
      }),
      { numRuns: 60 }
    );
  });
});

describe("the report draft", () => {
  it("with a 9,000-character campaign and a 40,000-character street stays within every limit, live where it can be", () => {
    const campaign = "送温暖".repeat(3_000);
    const category = "困难职工" + "长".repeat(300);
    const sheets: WorkbookSheet[] = [
      {
        name: "帮扶慰问",
        grid: [
          ["姓名", "类别", "活动", "金额(元)", "日期"],
          ["李四", category, campaign, 500, 45300],
          ["张三", category, campaign, 300, 45301],
          ["王五", "困难职工", "金秋助学", 200, 45302],
        ],
      },
    ];
    const street = "街".repeat(40_000);
    const draft = composeReport(sheets, { year: 2024, street });
    for (const sheet of Object.values(draft.sheets))
      for (const c of sheet.plan.cells) {
        if (c.formula) {
          expect(c.formula.length).toBeLessThanOrEqual(EXCEL_LIMITS.formula);
          for (const l of literalsOf(c.formula)) expect(l.length).toBeLessThanOrEqual(EXCEL_LIMITS.literal);
        }
        for (const v of [c.value, c.result]) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(EXCEL_LIMITS.cell);
      }
    const limits = draft.findings.filter((f) => f.code === "excel-limit");
    // The title (on 报告草稿 and 报告数据) and the opening paragraph are cut; the campaign's figures are values.
    expect(limits.map((f) => `${f.sheet}!${f.message.split("：")[0]}`)).toEqual(
      expect.arrayContaining(["报告草稿!A1", "报告草稿!A2", "报告数据!A1"])
    );
    expect(limits.some((f) => f.sheet === "报告数据" && /公式超出/.test(f.message))).toBe(true);
    expect(draft.sheets.draft.plan.cells[0].value).toMatch(/^街+…$/);
    // 核对事项 lists them with the ledgers' findings.
    const checks = draft.sheets.checks.plan.cells.map((c) => String(c.value ?? ""));
    expect(checks.some((t) => t.startsWith("报告草稿!A1：文字超过 Excel 单元格的上限"))).toBe(true);

    // What stays a formula still computes what core computed; what became a value is core's value.
    const { figure, sentence } = evaluateDraft(sheets, draft);
    const dataCells = new Map(draft.sheets.data.plan.cells.filter((c) => c.col === 1).map((c) => [c.row, c]));
    for (const f of draft.figures) {
      const cell = dataCells.get(f.row)!;
      if (cell.formula) expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
      else expect(cell.value).toBe(f.value);
    }
    expect(draft.figures.some((f) => dataCells.get(f.row)!.formula === undefined)).toBe(true);
    expect(draft.figures.some((f) => dataCells.get(f.row)!.formula !== undefined)).toBe(true);
    for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });
});

describe("the command line", () => {
  it("report --street of 40,000 characters writes a title cut to 32,767, and says so among the findings", async () => {
    const { dir, remove } = tempDir();
    try {
      const out = path.join(dir, "out.xlsx");
      const result = await run("report", SAMPLE_FILE, "-o", out, "--street", "街".repeat(40_000));
      expect(result.code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const title = String(book.getWorksheet("报告草稿")!.getCell("A1").value);
      expect(title).toHaveLength(32_767);
      expect(title.endsWith("街…")).toBe(true);
      const checks: string[] = [];
      book.getWorksheet("核对事项")!.eachRow((row) => checks.push(String(row.getCell(1).value)));
      expect(checks).toContain("报告草稿!A1：文字超过 Excel 单元格的上限（32,767 个字符），已截断并以“…”结尾。");
    } finally {
      remove();
    }
  });
});
