/**
 * The report composer: from the ledgers found in a workbook, the plan of the 工作报告草稿 sheet.
 * Every figure is a portable formula over the ledger cells (built-in functions only) and every
 * sentence a formula joining text with those figures, so the draft stays live in Excel without the
 * add-in, in WPS and in LibreOffice. Core computes each figure too; tests check both agree.
 */
import { workbookFindings } from "../ledgers/workbookFindings";
import type { WorkbookSheet } from "../workbook";
import type { Finding } from "../ledgers/checks";
import { type Detection, detectBest } from "../ledgers/detect";
import type { LedgerId } from "../ledgers/schemas";
import type { PlanCell, PlanChart, PlanMerge, SheetPlan } from "../sheetPlan";
import { ledgerView, type LedgerView } from "./ledgerView";
import { phraseFormula, phraseText, type Piece } from "./phrase";
import { type PlacedFigure, placeFigures } from "./resolveFigures";
import type { FigureDef, FigureFormat, SectionContent } from "./section";
import { assistanceSection } from "./sections/assistance";
import { fundsSection } from "./sections/funds";
import { insuranceSection } from "./sections/insurance";
import { organisationSection } from "./sections/organisation";
import { rightsSection } from "./sections/rights";
import { targetSentences } from "./sections/targets";
import { type AreaWords, DISTRICT_WORDS, districtSections } from "../rollup/districtSections";

export type { WorkbookSheet } from "../workbook";

export interface ReportOptions {
  year: number;
  street?: string;
  /** Confirmed ledger mappings; found with detectBest when absent. */
  detections?: Detection[];
  /** Findings listed in the draft at the most (the pane lists them all). */
  maxFindings?: number;
  /** A roll-up (rows are streets): how it names itself and its rows; 全区 / 街道 by default. */
  areaWords?: AreaWords;
  /** Findings made outside these sheets (a roll-up's, naming file, sheet and cell), listed after them. */
  moreFindings?: string[];
}

export interface ReportParagraph {
  row: number;
  text: string;
  formula: string;
}

export interface ReportDraft {
  plan: SheetPlan;
  figures: PlacedFigure[];
  paragraphs: ReportParagraph[];
  findings: Finding[];
  /** The draft as plain text, as it reads today. */
  text: string;
}

const WIDTHS = { 0: 34, 1: 16, 2: 34, 3: 10, 4: 10, 5: 10 };
const PROSE_COLS = 6;
/** About two columns-of-width per Chinese character. */
const CHARS_PER_LINE = Math.floor(Object.values(WIDTHS).reduce((a, b) => a + b, 0) / 2);
const LINE_POINTS = 18;
const FORMATS: Record<FigureFormat, string> = { count: "#,##0", rate: "0.0%", money: "#,##0.00" };
const NEXT_STEPS = [
  "(一)组织建设方面:(请填写)",
  "(二)维权服务方面:(请填写)",
  "(三)帮扶工作方面:(请填写)",
  "(四)经费管理方面:(请填写)",
];

/** Lays rows down one after another and remembers what goes in them. */
class Layout {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanMerge[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly lines: string[] = [];
  row = 0;

  heading(text: string): void {
    this.cells.push({ row: this.row, col: 0, value: text, bold: true });
    this.lines.push("", text);
    this.row++;
  }

  prose(text: string, formula?: string): number {
    const row = this.row++;
    this.cells.push({
      row,
      col: 0,
      ...(formula ? { formula, result: text } : { value: text }),
      wrap: true,
    });
    this.merges.push({ row, col: 0, rows: 1, cols: PROSE_COLS });
    this.rowHeights[row] = Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)) * LINE_POINTS;
    this.lines.push(text);
    return row;
  }

  skip(): void {
    this.row++;
  }
}

function viewsOf(
  sheets: readonly WorkbookSheet[],
  detections: readonly Detection[]
): Partial<Record<LedgerId, LedgerView>> {
  const views: Partial<Record<LedgerId, LedgerView>> = {};
  for (const d of detections) {
    const sheet = sheets.find((s) => s.name === d.sheetName);
    if (sheet && !views[d.schemaId]) views[d.schemaId] = ledgerView(sheet.grid, d, sheet.name);
  }
  return views;
}

function findingsOf(sheets: readonly WorkbookSheet[], detections: readonly Detection[]): Finding[] {
  return workbookFindings(sheets, detections);
}

function sectionsOf(
  views: Partial<Record<LedgerId, LedgerView>>,
  words: AreaWords
): SectionContent[] {
  // A roll-up's table of streets is the ledger of a district's report.
  if (views.streets && !views.organisations) return districtSections(views.streets, words);
  const sections = [
    organisationSection(views.organisations),
    rightsSection(views.organisations, views.disputes),
    assistanceSection(views.visits, views.organisations),
    insuranceSection(views.insurance),
    fundsSection(views.funds),
  ];
  // Each yearly target is stated in the section it belongs to.
  for (const t of targetSentences(views.targets)) {
    const section = sections.find((s) => s.id === t.sectionId) ?? sections[0];
    section.figures.push(...t.figures);
    section.paragraphs.push(t.pieces);
  }
  return sections;
}

/** A chart needs its figures on consecutive rows of the key-figures table. */
function chartOf(
  def: { type: "pie" | "column"; title: string; figures: string[] },
  placed: Map<string, PlacedFigure>,
  at: { row: number; col: number }
): PlanChart | null {
  const rows = def.figures.map((k) => placed.get(k)?.row);
  if (rows.some((r) => r === undefined)) return null;
  const first = rows[0] as number;
  if (rows.some((r, i) => r !== first + i)) return null;
  return {
    type: def.type,
    title: def.title,
    source: { row: first, col: 0, rows: rows.length, cols: 2 },
    at,
  };
}

export function composeReport(
  sheets: readonly WorkbookSheet[],
  options: ReportOptions
): ReportDraft {
  const detections = options.detections ?? detectBest(sheets);
  const views = viewsOf(sheets, detections);
  const words = options.areaWords ?? DISTRICT_WORDS;
  const rollup = views.streets !== undefined && !views.organisations;
  const sections = sectionsOf(views, words);
  const findings = findingsOf(sheets, detections);
  const more = options.moreFindings ?? [];
  const street = options.street?.trim() || (rollup ? words.whole.slice(1) : "街道");
  const layout = new Layout();

  layout.heading(`${street}总工会${options.year}年工作总结(草稿)`);
  layout.merges.push({ row: 0, col: 0, rows: 1, cols: PROSE_COLS });
  layout.prose(
    "本草稿由工会统计助手根据工作簿中的台账生成:数字均为公式,修改台账后自动更新;文字请在定稿前核对润色。"
  );
  layout.skip();

  // The key-figures table: one row per figure, grouped by section.
  layout.heading("关键数据");
  const header = layout.row++;
  ["指标", "数值", "来源"].forEach((value, col) =>
    layout.cells.push({ row: header, col, value, bold: true })
  );
  const defs: FigureDef[] = [];
  const rows: number[] = [];
  for (const section of sections) {
    if (!section.figures.length) continue;
    layout.cells.push({ row: layout.row, col: 0, value: section.title, bold: true });
    layout.row++;
    for (const f of section.figures) {
      defs.push(f);
      rows.push(layout.row++);
    }
  }
  const { figures, lookup } = placeFigures(defs, (i) => rows[i]);
  for (const f of figures) {
    layout.cells.push(
      { row: f.row, col: 0, value: f.label },
      { row: f.row, col: 1, formula: f.formula, result: f.value, numberFormat: FORMATS[f.format] },
      { row: f.row, col: 2, value: f.source }
    );
    layout.lines.push(
      `${f.label}\t${f.format === "rate" ? `${(f.value * 100).toFixed(1)}%` : f.value}`
    );
  }
  layout.skip();

  // The prose: an opening, then each section's sentences.
  const paragraphs: ReportParagraph[] = [];
  const say = (pieces: Piece[]) => {
    const text = phraseText(pieces, lookup);
    const formula = phraseFormula(pieces, lookup);
    paragraphs.push({ row: layout.prose(text, formula), text, formula });
  };
  layout.heading("工作总结");
  layout.prose(
    `${options.year}年,在${rollup ? `${words.whole.slice(1)}委和上级工会` : "街道党工委和区总工会"}的领导下,${street}总工会紧紧围绕中心工作,团结动员广大职工建功立业,现将全年工作总结如下:`
  );
  for (const section of sections) {
    layout.heading(section.title);
    if (section.missing) layout.prose(section.missing);
    for (const pieces of section.paragraphs) say(pieces);
  }

  layout.heading("六、数据核对");
  const max = options.maxFindings ?? 200;
  const total = findings.length + more.length;
  if (!total) layout.prose("台账数据核对未发现问题。");
  else layout.prose(`台账数据核对发现${total}处需要核实,报出前请逐条处理:`);
  // Messages name their cell ("H55: …"); the sheet goes in front.
  const lines = [...findings.map((f) => `${f.sheet ? `${f.sheet}!` : ""}${f.message}`), ...more];
  for (const line of lines.slice(0, max)) layout.prose(line);
  if (total > max) layout.prose(`另有${total - max}处,请在任务窗格的"数据核对"中查看。`);

  layout.heading("七、存在的不足和下一步计划");
  layout.prose("(请填写本年度工作中存在的不足。)");
  for (const line of NEXT_STEPS) layout.prose(line);

  const placed = new Map(figures.map((f) => [f.key, f]));
  const charts: PlanChart[] = [];
  for (const def of sections.flatMap((s) => s.charts ?? [])) {
    const chart = chartOf(def, placed, { row: 3 + charts.length * 16, col: 7 });
    if (chart) charts.push(chart);
  }

  return {
    plan: {
      cells: layout.cells,
      merges: layout.merges,
      rowHeights: layout.rowHeights,
      columnWidths: WIDTHS,
      charts,
    },
    figures,
    paragraphs,
    findings,
    text: layout.lines.join("\n").trim(),
  };
}
