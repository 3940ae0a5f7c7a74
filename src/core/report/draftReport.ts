/**
 * One click, one report: read the workbook, find the ledgers (confirmed mappings first), compose the
 * draft and add its sheets (报告数据, 核对事项, 报告草稿: fresh names, never over a sheet). draftReport is written against the WorkbookHost interface only,
 * so the pane (Excel or a file) and the command line run exactly this; the ribbon's Office.js path
 * (src/excel/generateReport) batches its reads differently but decides through draftFromWorkbook too.
 */
import {
  type Detection,
  detectWithConfirmed,
  type Refusal,
  refusedSheets,
} from "../ledgers/detect";
import { readSavedMappings, type SavedMappingProblem } from "../ledgers/savedMappings";
import { SETTINGS } from "../settingsKeys";
import type { WorkbookHost, WorkbookSheet } from "../workbook";
import { composeReport, type ReportDraft } from "./composeReport";
import { freshSheetNames } from "./freshSheetName";
import { REPORT_SHEETS, type ReportSheetNames } from "./reportContent";
import { reportYear } from "./reportYear";
import { lastYearOf, type PreviousWorkbook } from "./previousWorkbook";
import { defaultReportYear, workbookFacts, type WorkbookFacts } from "./workbookFacts";

export interface DraftOptions {
  /** Defaults: the workbook's saved year, else the year the ledgers name, else defaultReportYear. */
  year?: number;
  /** Defaults: the workbook's saved street, else the one in the ledgers' 填报单位, else none ("街道"). */
  street?: string;
  /** For the current year when neither the caller nor the workbook names one. */
  today?: Date;
  /** Last year's workbook, for 同比 (read by the caller: a file in the pane or on the command line). */
  previous?: PreviousWorkbook;
}

/** What a workbook keeps for the report, as read (anything: a user may have edited it). */
export interface SavedReportSettings {
  ledgers?: unknown;
  year?: unknown;
  street?: unknown;
}

export interface DraftResult {
  /** The narrative's sheet (shown when done). */
  sheetName: string;
  sheetNames: ReportSheetNames;
  year: number;
  draft: ReportDraft;
  formulas: number;
  ledgers: string[];
  /** The ledgers used, as found (or as the user confirmed them). */
  detections: Detection[];
  /** Saved ledger mappings that failed their check and were dropped (detection was used instead). */
  settingProblems: SavedMappingProblem[];
  /** Where the year came from, what the ledgers say, and what the user should hear about it. */
  yearFrom: YearSource;
  facts: WorkbookFacts;
  yearNotices: ReportNotice[];
  /** Sheets refused as ledgers, with their closest guess and why. */
  refused: Refusal[];
  /** What to say about last year's workbook (none given: nothing). */
  previousNotices: ReportNotice[];
}

/** Where the report's year came from. */
export type YearSource = "option" | "saved" | "ledgers" | "default";

/** A sentence for the user, in each language (the caller shows one). */
export interface ReportNotice {
  zh: string;
  en: string;
}

/** What to say about the year: a year given that the ledgers contradict, ledgers naming two years, or a guess. */
export function yearNotices(year: number, from: YearSource, facts: WorkbookFacts): ReportNotice[] {
  const notices: ReportNotice[] = [];
  const named = facts.year;
  if ((from === "option" || from === "saved") && named && named.value !== year)
    notices.push({
      zh: `报告年份为${year}年，但台账写的是${named.value}年（${named.cell}：“${named.text}”），请核实。`,
      en: `The report year is ${year}, but the ledgers say ${named.value} (${named.cell}: "${named.text}"): please check.`,
    });
  for (const other of facts.otherYears)
    notices.push({
      zh: `台账中写有不同的年份：${other.cell}：“${other.text}”（按${named?.value}年处理）。`,
      en: `The ledgers name another year: ${other.cell}: "${other.text}" (${named?.value} was used).`,
    });
  if (from === "default")
    notices.push({
      zh: `台账中没有写明年份，按${year}年生成；如不对请填写年份。`,
      en: `The ledgers name no year; ${year} was used. Give the year if that is wrong.`,
    });
  return notices;
}

function savedStreet(saved: unknown): string | undefined {
  return typeof saved === "string" && saved.trim() !== "" ? saved.trim() : undefined;
}

/** The draft for a workbook's sheets and saved settings: the caller's year and street win, then the saved ones. */
export function draftFromWorkbook(
  sheets: readonly WorkbookSheet[],
  saved: SavedReportSettings,
  options: DraftOptions = {}
): {
  draft: ReportDraft;
  year: number;
  ledgers: string[];
  detections: Detection[];
  settingProblems: SavedMappingProblem[];
  yearFrom: YearSource;
  facts: WorkbookFacts;
  yearNotices: ReportNotice[];
  refused: Refusal[];
  previousNotices: ReportNotice[];
} {
  // Saved mappings are checked against the sheets (readSavedMappings) before any reaches a formula.
  const detections = detectWithConfirmed(sheets, saved.ledgers);
  const settingProblems = readSavedMappings(saved.ledgers, sheets).problems;
  const facts = workbookFacts(sheets);
  const savedYear = reportYear(saved.year);
  const [year, yearFrom]: [number, YearSource] =
    options.year !== undefined
      ? [options.year, "option"]
      : savedYear !== null
        ? [savedYear, "saved"]
        : facts.year
          ? [facts.year.value, "ledgers"]
          : [defaultReportYear(options.today ?? new Date()), "default"];
  const names = freshSheetNames(
    sheets.map((s) => s.name),
    REPORT_SHEETS
  );
  // Last year's figures by the same composer, from its own ledgers.
  const last = options.previous ? lastYearOf(options.previous, year) : { notices: [] };
  const draft = composeReport(sheets, {
    year,
    street: options.street ?? savedStreet(saved.street) ?? facts.street?.value,
    detections,
    names,
    lastYear: last.lastYear,
  });
  return {
    draft,
    year,
    ledgers: detections.map((d) => d.sheetName ?? d.schemaId),
    detections,
    settingProblems,
    yearFrom,
    facts,
    yearNotices: yearNotices(year, yearFrom, facts),
    // Sheets that look a little like a ledger but were not taken for one, and why (as check lists them).
    refused: refusedSheets(sheets, detections),
    previousNotices: last.notices,
  };
}

export async function draftReport(
  host: WorkbookHost,
  options: DraftOptions = {}
): Promise<DraftResult> {
  const [sheets, ledgers, year, street] = await Promise.all([
    host.readSheets(),
    host.getSetting(SETTINGS.ledgers),
    host.getSetting(SETTINGS.year),
    host.getSetting(SETTINGS.street),
  ]);
  return addReportSheets(host, draftFromWorkbook(sheets, { ledgers, year, street }, options));
}

/**
 * Adds the draft's three sheets to `host`. The command line adds them to a workbook of their own,
 * which it then adds to a copy of the input package (src/file/addSheetsToPackage.ts).
 */
export async function addReportSheets(
  host: Pick<WorkbookHost, "addSheetWithPlan">,
  made: ReturnType<typeof draftFromWorkbook>
): Promise<DraftResult> {
  const { data, checks, draft } = made.draft.sheets;
  // The figures first: the sentences' formulas refer to that sheet by name.
  for (const sheet of [data, checks, draft]) {
    const added = await host.addSheetWithPlan(sheet.name, sheet.plan);
    if (added !== sheet.name) throw new Error(`工作表名“${sheet.name}”已被占用，报告未完整写入。`);
  }
  return {
    ...made,
    sheetName: draft.name,
    sheetNames: { draft: draft.name, data: data.name, checks: checks.name },
    formulas: reportFormulas(made.draft),
  };
}

/** Formulas the report writes: every figure and every sentence with figures is one. */
export function reportFormulas(draft: ReportDraft): number {
  return Object.values(draft.sheets).reduce(
    (n, sheet) => n + sheet.plan.cells.filter((c) => c.formula !== undefined).length,
    0
  );
}
