/** The sample draft as it prints: page setup, one column inside A4, nothing for the statistician in the body, Chinese punctuation. */
import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { composeReport } from "../../../src/core/report/composeReport";
import { HALF_WIDTH_IN_CHINESE, zhPunctuation } from "../../../src/core/punctuation";
import { columnWidthPoints, POINTS_PER_MM, printableWidthMm } from "../../../src/core/sheetPlan";
import { zhCN } from "../../../src/i18n/zh-CN";
import { emWidth } from "../../../src/core/report/sheets/printStyle";

const draft = composeReport(buildSampleWorkbook(), { year: 2024, street: "示例街道" });
const narrative = draft.sheets.draft.plan;
const texts = (plan: typeof narrative) => plan.cells.map((c) => String(c.result ?? c.value ?? ""));

describe("the printable draft", () => {
  it("is set up for A4 portrait, one page wide, page numbers in the footer, the print area over the narrative", () => {
    const page = narrative.page!;
    expect(page).toMatchObject({ orientation: "portrait", fitToWidth: true, footer: "第 &P 页 共 &N 页" });
    expect(page.printArea).toEqual({ row: 0, col: 0, rows: narrative.cells.length, cols: 1 });
    expect(draft.sheets.data.plan.page?.printArea.cols).toBe(3);
  });

  it("keeps the narrative in one column no wider than A4's printable width, every row tall enough for its lines", () => {
    expect(new Set(narrative.cells.map((c) => c.col))).toEqual(new Set([0]));
    expect(narrative.merges ?? []).toEqual([]);
    const width = columnWidthPoints(narrative.columnWidths![0]);
    expect(width).toBeLessThanOrEqual(printableWidthMm(narrative.page!) * POINTS_PER_MM);
    expect(width).toBeGreaterThan(printableWidthMm(narrative.page!) * POINTS_PER_MM * 0.9);
    for (const c of narrative.cells) {
      const lines = Math.ceil((emWidth(String(c.result ?? c.value)) * (c.font?.size ?? 11)) / (width - 6));
      expect(narrative.rowHeights![c.row]).toBeGreaterThanOrEqual(lines * (c.font?.size ?? 11));
    }
    expect(narrative.cells[0]).toMatchObject({ align: "center", font: { name: "宋体" } });
  });

  it("prints nothing meant for the statistician: notes and findings are on 核对事项", () => {
    const body = texts(narrative).join("\n");
    expect(body).not.toMatch(/从略|数据核对|草稿由工会统计助手|图表|任务窗格|8168/);
    const checks = texts(draft.sheets.checks.plan).join("\n");
    for (const note of draft.notes) expect(checks).toContain(note);
    expect(checks).toContain("互助保障!H55");
    expect(draft.sheets.data.plan.cells.filter((c) => c.border).length).toBeGreaterThan(draft.figures.length * 3);
  });

  it("uses full-width punctuation in every generated sentence, label and check message of the sample", () => {
    const generated = [
      ...Object.values(draft.sheets).flatMap((s) => texts(s.plan)),
      ...draft.findings.map((f) => f.message),
    ];
    expect(generated.length).toBeGreaterThan(150);
    for (const text of generated) if (HALF_WIDTH_IN_CHINESE.test(text)) throw new Error(`half-width: ${text}`);
    expect(draft.text).toContain("调处率100%；");
  });

  it("uses full-width punctuation in the pane's Chinese strings", () => {
    const strings = Object.values(zhCN).map((v) => (typeof v === "function" ? (v as (...a: unknown[]) => unknown)("甲", 1, 2, 3) : v));
    for (const s of strings) if (typeof s === "string" && HALF_WIDTH_IN_CHINESE.test(s)) throw new Error(`half-width: ${s}`);
  });

  it("turns marks next to Chinese text and quotes around it, and leaves cell references and numbers alone", () => {
    expect(zhPunctuation('合计为8168,各行相加为8160(相差8);请在"数据核对"中查看:')).toBe("合计为8168，各行相加为8160（相差8）；请在“数据核对”中查看：");
    expect(zhPunctuation("H55: 1,234 (a)")).toBe("H55: 1,234 (a)");
    expect(zhPunctuation(";")).toBe("；");
  });
});
