import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { buildLastYearWorkbook } from "../../../src/core/ledgers/sampleLastYear";
import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { draftFromWorkbook } from "../../../src/core/report/draftReport";
import { matchLastYear } from "../../../src/core/report/lastYear";
import type { FigureDef } from "../../../src/core/report/section";
import { evaluateDraft } from "./evaluatePlan";

/**
 * 同比 from last year's workbook: its figures computed by the same composer, matched by label, written
 * as values into 报告数据's 上年数 column, and the sentences comparing the two columns live.
 */
const sample = buildSampleWorkbook();
const lastYearSheets = buildLastYearWorkbook();
const previous = { source: "东湖街道2023.xlsx", sheets: lastYearSheets };
const made = draftFromWorkbook(sample, {}, { previous });
const draft = made.draft;
const alone = composeReport(sample, { year: 2024, street: "东湖街道" });
const lastDraft = composeReport(lastYearSheets, { year: 2023 });
const sentence = (start: string) => draft.paragraphs.find((p) => p.text.startsWith(start))?.text;
const dataCells = draft.sheets.data.plan.cells;

const def = (key: string, label: string): FigureDef => ({
  key,
  label,
  format: "count",
  source: "",
});

describe("matching last year's figures", () => {
  it("matches by label, whatever the key (a category's key is its order in that year's ledger)", () => {
    const matched = matchLastYear(
      [def("visitKind0", "劳动模范(人次)"), def("visitKind1", "患病职工(人次)")],
      {
        source: "x",
        figures: [
          { key: "visitKind0", label: "患病职工(人次)", value: 9 },
          { key: "visitKind1", label: "劳动模范(人次)", value: 15 },
        ],
      }
    );
    expect(matched.get("visitKind0")).toEqual({ value: 15 });
    expect(matched.get("visitKind1")).toEqual({ value: 9 });
  });

  it("matches a label that appears twice only with the same key, and leaves out what last year lacks", () => {
    const matched = matchLastYear([def("a", "同名"), def("b", "同名"), def("c", "新指标")], {
      source: "x",
      figures: [
        { key: "b", label: "同名", value: 2 },
        { key: "z", label: "同名", value: 3 },
      ],
    });
    expect(matched.has("a")).toBe(false);
    expect(matched.get("b")).toEqual({ value: 2 });
    expect(matched.has("c")).toBe(false);
  });
});

describe("the sample's draft with last year's companion workbook", () => {
  it("states 同比 in the set phrases: 较上年增加, 增长, 提高…个百分点, 与上年持平, 保持 and 继续", () => {
    expect(made.previousNotices).toEqual([]);
    expect(sentence("全街道纳入统计的单位共")).toBe(
      "全街道纳入统计的单位共220家，其中已建会（含联合工会覆盖）212家，较上年增加16家，增长8.2%，组建率达96.4%，较上年提高2.1个百分点，保持在90%以上；单独建会160家、联合工会覆盖52家。"
    );
    expect(sentence("已建会单位职工")).toBe(
      "已建会单位职工38240人，工会会员34424人，较上年增加1626人，增长5.0%，职工入会率90%，较上年提高3.8个百分点。"
    );
    expect(sentence("全年新建工会")).toBe(
      "全年新建工会58家，超额完成区总工会下达的50家任务，较上年增加9家，增长18.4%。"
    );
    expect(sentence("全年举办职工培训")).toBe(
      "全年举办职工培训9期，较上年增加3期，增长50.0%，培训职工640人次。"
    );
    expect(sentence("开展慈善一日捐")).toBe(
      "开展慈善一日捐，募集善款1.86万元，较上年增加0.28万元，增长17.7%。"
    );
    expect(sentence("全年工会经费收缴")).toContain("较上年增加16.74万元，增长6.8%。");
    expect(sentence("全年受理劳动争议")).toContain("全年受理劳动争议15件，与上年持平，");
    expect(sentence("全年受理劳动争议")).toContain("成功率达93.3%，继续保持在90%以上；");
  });

  it("writes last year's figures as values with their source file into a 上年数 column of 报告数据", () => {
    const header = dataCells.filter((c) => c.row === 2).map((c) => c.value);
    expect(header).toEqual(["指标", "数值", "来源", "上年数"]);
    expect(String(dataCells.find((c) => c.row === 1)?.value)).toContain(
      "上年数取自上年工作簿“东湖街道2023.xlsx”（2023年）"
    );
    const lastByLabel = new Map(lastDraft.figures.map((f) => [f.label, f.value]));
    expect(draft.previous).toEqual({ figures: draft.figures.length, source: "东湖街道2023.xlsx" });
    for (const f of draft.figures) {
      const cell = dataCells.find((c) => c.row === f.row && c.col === 3)!;
      expect(cell.formula).toBeUndefined();
      expect([f.label, cell.value]).toEqual([f.label, lastByLabel.get(f.label)]);
    }
    expect(draft.notes.join("")).toContain("上年数取自“东湖街道2023.xlsx”");
  });

  it("computes in a formula engine exactly what core computed, the 同比 words included", () => {
    const { figure, sentence: value } = evaluateDraft(sample, draft);
    for (const f of draft.figures)
      expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
    for (const p of draft.paragraphs) expect(value(p.row)).toBe(p.text);
  });

  it("follows an edit of this year's ledger, comparing live against last year's column", () => {
    const { engine, sentence: value } = evaluateDraft(sample, draft);
    const register = sample.find((s) => s.name === "活动台账")!;
    const row = register.grid.findIndex((r) => r.includes("新就业形态劳动者培训"));
    const header = register.grid.find((r) =>
      r.some((v) => typeof v === "string" && v.startsWith("场次"))
    )!;
    const sessions = header.findIndex((v) => typeof v === "string" && v.startsWith("场次"));
    engine.setCellContents({ sheet: engine.getSheetId("活动台账")!, row, col: sessions }, 0);
    const training = draft.paragraphs.find((p) => p.text.startsWith("全年举办职工培训"))!;
    expect(value(training.row)).toBe("全年举办职工培训6期，与上年持平，培训职工640人次。");
  });

  it("says 保持 with a previous year that supports it, never without one, and not when last year was below", () => {
    expect(draft.text).toContain("保持在90%以上");
    expect(alone.text).not.toMatch(/保持|继续|较上年|同比|上年/);
    const lower = {
      source: "x.xlsx",
      year: 2023,
      figures: lastDraft.figures.map((f) => ({
        ...f,
        value: f.key === "orgRate" ? 0.85 : f.value,
      })),
    };
    const below = composeReport(sample, { year: 2024, lastYear: lower });
    expect(below.text).toContain("组建率达96.4%，较上年提高11.4个百分点；");
    expect(below.text).not.toContain("，保持在90%以上");
    expect(below.text).toContain("继续保持在90%以上"); // 成功率 was at 93.3% last year too
  });
});

describe("a 上年数 column of 年度任务, used when no last year's workbook is given", () => {
  const targets: WorkbookSheet = {
    name: "年度任务",
    grid: [
      ["指标", "任务数", "完成数", "单位", "上年数"],
      ["新建工会", 50, 58, "家", 49],
      ["发展会员", 1500, 1400, "人", 1450],
      ["职工书屋建设", 5, 5, "个", 5],
      ["走访慰问", 70, 76, "人", 0],
      ["工会经费收缴", 250, 263.6, "万元", 246.3],
    ],
  };
  const carried = composeReport([targets], { year: 2024 });
  const text = (start: string) => carried.paragraphs.find((p) => p.text.startsWith(start))?.text;

  it("says up, down, flat and from zero (no percentage), as a live reference to the task sheet's cell; a 万元 result to the hundredth", () => {
    expect(text("全年新建工会")).toBe(
      "全年新建工会58家，超额完成区总工会下达的50家任务，较上年增加9家，增长18.4%。"
    );
    expect(text("发展会员任务")).toBe(
      "发展会员任务1500人，实际完成1400人，完成率93.3%，较上年减少50人，同比下降3.4%。"
    );
    expect(text("职工书屋建设任务")).toBe(
      "职工书屋建设任务5个，实际完成5个，完成任务，与上年持平。"
    );
    expect(text("全年走访慰问")).toBe(
      "全年走访慰问76人，超额完成区总工会下达的70人任务，较上年增加76人（上年为0）。"
    );
    expect(text("全年工会经费收缴")).toBe(
      "全年工会经费收缴263.60万元，超额完成区总工会下达的250万元任务，较上年增加17.30万元，增长7.0%。"
    );
    const cells = carried.sheets.data.plan.cells;
    const first = carried.figures.find((f) => f.key === "target0A")!;
    expect(cells.find((c) => c.row === first.row && c.col === 3)?.formula).toBe("='年度任务'!$E$2");
    expect(String(cells.find((c) => c.row === 1)?.value)).toContain("年度任务表的上年数列");
    const { sentence } = evaluateDraft([targets], carried);
    for (const p of carried.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });

  it("gives way to last year's workbook when one is given", () => {
    const withWorkbook = composeReport([targets], {
      year: 2024,
      lastYear: {
        source: "x.xlsx",
        figures: [{ key: "target0A", label: "新建工会(完成数)", value: 40 }],
      },
    });
    expect(withWorkbook.text).toContain("较上年增加18家，增长45.0%");
    expect(withWorkbook.text).not.toContain("同比下降");
  });
});

describe("a last year's workbook that cannot serve", () => {
  it("has no ledgers: a notice, and the report goes on without 同比", () => {
    const r = draftFromWorkbook(
      sample,
      {},
      { previous: { source: "空.xlsx", sheets: [{ name: "Sheet1", grid: [["你好"]] }] } }
    );
    expect(r.previousNotices.map((n) => n.zh)).toEqual([
      "上年工作簿“空.xlsx”中没有找到台账，本报告未作同比。",
    ]);
    expect(r.draft.text).not.toMatch(/较上年|同比|保持/);
    expect(r.draft.text).toBe(alone.text);
  });

  it("is this year's own workbook: a notice, and no 同比", () => {
    const r = draftFromWorkbook(
      sample,
      {},
      { previous: { source: "同一个.xlsx", sheets: sample } }
    );
    expect(r.previousNotices.map((n) => n.zh)).toEqual([
      "上年工作簿“同一个.xlsx”的台账写的是2024年，与本报告年份相同，未作同比。",
    ]);
    expect(r.draft.text).not.toMatch(/较上年|与上年持平/);
  });

  it("names another year than the one before: used, with a notice to check", () => {
    const r = draftFromWorkbook(sample, {}, { previous, year: 2025 });
    expect(r.previousNotices.map((n) => n.zh)).toEqual([
      "上年工作簿“东湖街道2023.xlsx”的台账写的是2023年，不是2024年，请核实（已按上年数使用）。",
    ]);
    expect(r.draft.text).toContain("较上年增加16家");
  });
});
