/**
 * The report composer: from the ledgers found in a workbook, the report's content once (title,
 * headings, sentences, key figures, charts, notes for the statistician) and its renderings as three
 * sheets: 报告草稿 (the narrative, printable on A4), 报告数据 (the key figures with their sources,
 * which the sentences' formulas refer to) and 核对事项 (check findings and notes, never printed in
 * the body). The Word export renders the same content.
 *
 * Every figure is a portable formula over the ledger cells (built-in functions only) and every
 * sentence a formula joining text with those figures, so the draft stays live in Excel without the
 * add-in, in WPS and in LibreOffice. Core computes each figure too; tests check both agree.
 */
import { workbookFindings } from "../ledgers/workbookFindings";
import type { WorkbookSheet } from "../workbook";
import type { Finding } from "../ledgers/checks";
import { type Detection, detectBest } from "../ledgers/detect";
import type { LedgerId } from "../ledgers/schemas";
import { sheetPrefix } from "./excelFormula";
import { ledgerViews, type LedgerView } from "./ledgerView";
import {
  type FigureLookup,
  figuresIn,
  phraseFormula,
  phraseText,
  type Piece,
  previousKey,
} from "./phrase";
import type { PlacedFigure } from "./resolveFigures";
import type { ChartDef, SectionContent } from "./section";
import { assistanceSection } from "./sections/assistance";
import { fundsSection, SMALL_PAYER_STAFF } from "./sections/funds";
import { policyParameterOf } from "../ledgers/policy";
import { insuranceSection } from "./sections/insurance";
import { organisationSection } from "./sections/organisation";
import { rightsSection } from "./sections/rights";
import { targetSentences } from "./sections/targets";
import { type AreaWords, DISTRICT_WORDS, districtSections } from "../rollup/districtSections";
import { activitySentences } from "./sections/activities";
import type { ActivitySection } from "../ledgers/activityTypes";
import { policyActivityTypes } from "./policyActivityTypes";
import { fitToExcel } from "../plan/excelLimits";
import { textNumberNote } from "../ledgers/textNumbers";
import { checksSheet } from "./sheets/checksSheet";
import { dataSheet } from "./sheets/dataSheet";
import { draftSheet } from "./sheets/draftSheet";
import type { ReportBlock, ReportChart, ReportSheet, ReportSheetNames } from "./reportContent";
import { REPORT_SHEETS } from "./reportContent";
import type { LastYear } from "./lastYear";

export type { WorkbookSheet } from "../workbook";
export type { ReportBlock, ReportChart, ReportSheet, ReportSheetNames } from "./reportContent";

export interface ReportOptions {
  year: number;
  street?: string;
  /** Confirmed ledger mappings; found with detectBest when absent. */
  detections?: Detection[];
  /** Findings listed on the 核对事项 sheet at the most (the pane lists them all). */
  maxFindings?: number;
  /** A roll-up (rows are streets): how it names itself and its rows; 全区 / 街道 by default. */
  areaWords?: AreaWords;
  /** Findings made outside these sheets (a roll-up's, naming file, sheet and cell), listed after them. */
  moreFindings?: string[];
  /** The three sheets' names (fresh ones, chosen by the caller): default 报告草稿, 报告数据, 核对事项. */
  names?: ReportSheetNames;
  /** Last year's figures (from last year's workbook), for the 上年数 column and the 同比 sentences. */
  lastYear?: LastYear;
}

export interface ReportParagraph {
  /** Row of the sentence on the 报告草稿 sheet. */
  row: number;
  text: string;
  formula: string;
}

export interface ReportDraft {
  title: string;
  /** The narrative as read, in order: what prints and what the Word file holds. */
  blocks: ReportBlock[];
  figures: PlacedFigure[];
  paragraphs: ReportParagraph[];
  charts: ReportChart[];
  findings: Finding[];
  /** For the statistician, never in the printed body: sections left out, what to fill in. */
  notes: string[];
  /** Sections left out for want of a ledger, by title. */
  omitted: string[];
  /** In the order they are added: the figures first (the sentences refer to them), the draft last. */
  sheets: { data: ReportSheet; checks: ReportSheet; draft: ReportSheet };
  /** The narrative as plain text, as it reads today. */
  text: string;
  /** Figures with last year's value in the 上年数 column, and where those values come from. */
  previous: { figures: number; source: string | null };
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const NEXT_STEPS = ["组织建设方面", "维权服务方面", "帮扶工作方面", "经费管理方面"];

function findingsOf(
  sheets: readonly WorkbookSheet[],
  detections: readonly Detection[],
  year: number,
  policy: LedgerView | undefined
): Finding[] {
  return workbookFindings(sheets, detections, { year, activityTypes: policyActivityTypes(policy) });
}

/**
 * Content built from ledgers that may lack anything: a builder that fails (a column it needs is
 * missing) gives the fallback and a note, so no workbook stops the draft.
 */
function attempt<T>(build: () => T, fallback: T, notes: string[], what: string): T {
  try {
    return build();
  } catch (e) {
    notes.push(
      `${what}未能生成（${e instanceof Error ? e.message : String(e)}），请核对台账表头。`
    );
    return fallback;
  }
}

function safely(id: string, title: string, build: () => SectionContent): SectionContent {
  const notes: string[] = [];
  const section = attempt(build, { id, title, figures: [], paragraphs: [] }, notes, title);
  return notes.length ? { ...section, missing: notes[0] } : section;
}

/** Where each kind of activity is said. */
const ACTIVITY_SECTIONS: Record<ActivitySection, { id: string; title: string }> = {
  achievement: { id: "achievement", title: "建功立业" },
  culture: { id: "culture", title: "文体活动" },
  assistance: { id: "assistance", title: "帮扶" },
  self: { id: "funds", title: "经费与自身建设" },
};

/** The small-payer staff count the 政策参数 sheet gives, or domain.md's 25. */
function smallPayerStaffOf(policy: LedgerView | undefined): number {
  if (!policy || !policy.has("parameter") || !policy.has("headcount")) return SMALL_PAYER_STAFF;
  for (const r of policy.records) {
    if (policyParameterOf(r.values.parameter)?.key !== "smallPayerStaffLimit") continue;
    const n = r.values.headcount;
    return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : SMALL_PAYER_STAFF;
  }
  return SMALL_PAYER_STAFF;
}

function sectionsOf(
  views: Partial<Record<LedgerId, LedgerView>>,
  words: AreaWords
): SectionContent[] {
  // A roll-up's table of streets is the ledger of a district's report.
  if (views.streets && !views.organisations) return districtSections(views.streets, words);
  const sections = [
    safely("organisation", "组织建设", () => organisationSection(views.organisations)),
    safely("rights", "维权", () => rightsSection(views.organisations, views.disputes)),
    safely("assistance", "帮扶", () => assistanceSection(views.visits, views.organisations)),
    safely("insurance", "互助保障", () => insuranceSection(views.insurance)),
    safely("funds", "经费", () => fundsSection(views.funds, smallPayerStaffOf(views.policy))),
  ];
  const notes: string[] = [];
  // Each yearly target is stated in the section it belongs to.
  for (const t of attempt(() => targetSentences(views), [], notes, "年度任务")) {
    const section = sections.find((s) => s.id === t.sectionId) ?? sections[0];
    section.figures.push(...t.figures);
    section.paragraphs.push(t.pieces);
  }
  // Activities go to their sections; 建功立业 and 文体活动 appear only when there are any.
  const types = policyActivityTypes(views.policy);
  const sentences = attempt(
    () => activitySentences(views.activities, types),
    [],
    notes,
    "活动台账"
  );
  for (const a of sentences) {
    const place = ACTIVITY_SECTIONS[a.section];
    let section = sections.find((s) => s.id === place.id);
    if (!section) {
      section = { id: place.id, title: place.title, figures: [], paragraphs: [] };
      sections.splice(
        sections.findIndex((s) => s.id === "funds"),
        0,
        section
      );
    }
    if (a.section === "self") section.title = place.title;
    section.figures.push(...a.figures);
    section.paragraphs.push(a.pieces);
  }
  if (notes.length) sections[0].missing = [sections[0].missing, ...notes].filter(Boolean).join("");
  return consistent(sections);
}

/**
 * Figures and sentences whose figures are all defined: a sentence that refers to a figure another
 * section failed to give is left out rather than stopping the draft.
 */
function consistent(sections: SectionContent[]): SectionContent[] {
  const defined = new Set<string>();
  for (const s of sections) {
    s.figures = s.figures.filter((f) => {
      const refs = f.ratioOf ?? f.differenceOf ?? f.sumOf ?? [];
      const ok = refs.every((r) => defined.has(r));
      if (ok) defined.add(f.key);
      return ok;
    });
  }
  for (const s of sections)
    s.paragraphs = s.paragraphs.filter((p) =>
      figuresIn(p).every((k) => k.startsWith(previousKey("")) || defined.has(k))
    );
  return sections;
}

/** A section's title without its numeral: the composer numbers the sections that are there. */
const bareTitle = (title: string) => title.replace(/^[一二三四五六七八九十]+、/, "");

/** A chart's figures, in order, when every one of them is in the table. */
function chartOf(def: ChartDef, placed: Map<string, PlacedFigure>): ReportChart | null {
  const figures = def.figures.map((k) => placed.get(k));
  if (figures.some((f) => f === undefined)) return null;
  return {
    type: def.type,
    title: def.title,
    items: (figures as PlacedFigure[]).map((f) => ({ label: f.label, value: f.value, row: f.row })),
  };
}

export function composeReport(
  sheets: readonly WorkbookSheet[],
  options: ReportOptions
): ReportDraft {
  const detections = options.detections ?? detectBest(sheets);
  const names = options.names ?? REPORT_SHEETS;
  const views = ledgerViews(sheets, detections);
  const words = options.areaWords ?? DISTRICT_WORDS;
  const rollup = views.streets !== undefined && !views.organisations;
  const sections = sectionsOf(views, words);
  const findings = findingsOf(sheets, detections, options.year, views.policy);
  const street = options.street?.trim() || (rollup ? words.whole.slice(1) : "街道");
  const leaders = rollup ? `${words.whole.slice(1)}委和上级工会` : "街道党工委和区总工会";
  const title = `${street}总工会${options.year}年工作总结（草稿）`;

  // The figures' sheet is laid out first: the sentences refer to its cells.
  const present = sections.filter((s) => s.paragraphs.length > 0 || s.figures.length > 0);
  const data = dataSheet(`${street}总工会${options.year}年工作报告数据`, present, options.lastYear);
  const prefix = sheetPrefix(names.data);
  const lookup: FigureLookup = {
    value: data.lookup.value,
    address: (key) => `${prefix}${data.lookup.address(key).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`,
    hasPrevious: data.lookup.hasPrevious,
  };

  const blocks: ReportBlock[] = [{ kind: "title", text: title }];
  blocks.push({
    kind: "paragraph",
    text: `${options.year}年，在${leaders}的领导下，${street}总工会紧紧围绕中心工作，团结动员广大职工建功立业，现将全年工作总结如下：`,
  });
  present.forEach((section, i) => {
    blocks.push({ kind: "heading", text: `${NUMERALS[i]}、${bareTitle(section.title)}` });
    for (const pieces of section.paragraphs as Piece[][])
      blocks.push({
        kind: "paragraph",
        text: phraseText(pieces, lookup),
        formula: phraseFormula(pieces, lookup),
      });
  });
  blocks.push({ kind: "heading", text: `${NUMERALS[present.length]}、存在的不足和下一步计划` });
  blocks.push({ kind: "paragraph", text: "（请填写本年度工作中存在的不足。）" });
  NEXT_STEPS.forEach((what, i) =>
    blocks.push({ kind: "subheading", text: `（${NUMERALS[i]}）${what}：（请填写）` })
  );

  const omitted = sections.filter((s) => s.missing !== undefined);
  const notes = [
    "本草稿由工会统计助手根据工作簿中的台账生成：数字均为公式，修改台账后自动更新；文字请在定稿前核对润色。",
    `“${names.draft}”是报告正文（可直接打印）；“${names.data}”是正文引用的关键数据及其来源；本表是核对事项，不属于正文。`,
    ...omitted.map((s) => s.missing as string),
    ...[textNumberNote(findings)].filter((n): n is string => n !== null),
    "“存在的不足和下一步计划”一节需要手工填写。",
  ];
  const withPrevious = data.figures.filter((f) => f.lastYear !== undefined).length;
  if (options.lastYear)
    notes.push(
      withPrevious
        ? `同比：${withPrevious}项指标的上年数取自“${options.lastYear.source}”，见“${names.data}”的上年数列；上年没有的指标不作同比。`
        : `上年工作簿“${options.lastYear.source}”中没有与本年对应的指标，未作同比。`
    );

  const placed = new Map(data.figures.map((f) => [f.key, f]));
  const charts = present
    .flatMap((s) => s.charts ?? [])
    .map((def) => chartOf(def, placed))
    .filter((c): c is ReportChart => c !== null);

  const draft = draftSheet(blocks);
  // Within Excel's limits (a 40,000-character street, a 9,000-character campaign): each cell
  // changed is a finding, listed on 核对事项 with the ledgers' own.
  const dataPlan = fitToExcel(data.plan(charts), names.data);
  const draftPlan = fitToExcel(draft.plan, names.draft);
  findings.push(...dataPlan.findings, ...draftPlan.findings);
  const checksPlan = fitToExcel(
    checksSheet(notes, findings, options.moreFindings ?? [], options.maxFindings ?? 200),
    names.checks
  );
  findings.push(...checksPlan.findings);
  const live = new Set(draftPlan.plan.cells.filter((c) => c.formula).map((c) => c.row));
  const paragraphs = draft.rows.flatMap((row, i) =>
    blocks[i].formula && live.has(row)
      ? [{ row, text: blocks[i].text, formula: blocks[i].formula! }]
      : []
  );
  return {
    title,
    blocks,
    figures: data.figures,
    paragraphs,
    charts,
    findings,
    notes,
    omitted: omitted.map((s) => bareTitle(s.title)),
    sheets: {
      data: { name: names.data, plan: dataPlan.plan },
      checks: { name: names.checks, plan: checksPlan.plan },
      draft: { name: names.draft, plan: draftPlan.plan },
    },
    text: blocks
      .map((b) => (b.kind === "heading" ? `\n${b.text}` : b.text))
      .join("\n")
      .trim(),
    previous: {
      figures: withPrevious,
      source: options.lastYear?.source ?? null,
    },
  };
}
