/**
 * One click, one report: read the workbook, find the ledgers (confirmed mappings first), compose the
 * draft and add its sheets (报告数据, 核对事项, 报告草稿: fresh names, never over a sheet). draftReport is written against the WorkbookHost interface only,
 * so the pane (Excel or a file) and the command line run exactly this; the ribbon's Office.js path
 * (src/excel/generateReport) batches its reads differently but decides through draftFromWorkbook too.
 */
import { type Detection, detectWithConfirmed } from "../ledgers/detect";
import { readSavedMappings, type SavedMappingProblem } from "../ledgers/savedMappings";
import { SETTINGS } from "../settingsKeys";
import type { WorkbookHost, WorkbookSheet } from "../workbook";
import { composeReport, type ReportDraft } from "./composeReport";
import { freshSheetNames } from "./freshSheetName";
import { REPORT_SHEETS, type ReportSheetNames } from "./reportContent";
import { reportYear } from "./reportYear";

export interface DraftOptions {
  /** Defaults: the workbook's saved year, else the current year. */
  year?: number;
  /** Defaults: the workbook's saved street, else none ("街道"). */
  street?: string;
  /** For the current year when neither the caller nor the workbook names one. */
  today?: Date;
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
  /** Saved ledger mappings that failed their check and were dropped (detection was used instead). */
  settingProblems: SavedMappingProblem[];
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
} {
  // Saved mappings are checked against the sheets (readSavedMappings) before any reaches a formula.
  const detections = detectWithConfirmed(sheets, saved.ledgers);
  const settingProblems = readSavedMappings(saved.ledgers, sheets).problems;
  const year =
    options.year ?? reportYear(saved.year) ?? (options.today ?? new Date()).getFullYear();
  const names = freshSheetNames(
    sheets.map((s) => s.name),
    REPORT_SHEETS
  );
  const draft = composeReport(sheets, {
    year,
    street: options.street ?? savedStreet(saved.street),
    detections,
    names,
  });
  return {
    draft,
    year,
    ledgers: detections.map((d) => d.sheetName ?? d.schemaId),
    detections,
    settingProblems,
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
  const made = draftFromWorkbook(sheets, { ledgers, year, street }, options);
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
