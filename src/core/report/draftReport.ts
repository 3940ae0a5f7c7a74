/**
 * One click, one report: read the workbook, find the ledgers (confirmed mappings first), compose the
 * draft and add it as a new sheet. draftReport is written against the WorkbookHost interface only,
 * so the pane (Excel or a file) and the command line run exactly this; the ribbon's Office.js path
 * (src/excel/generateReport) batches its reads differently but decides through draftFromWorkbook too.
 */
import { type Detection, detectWithConfirmed } from "../ledgers/detect";
import { readSavedMappings, type SavedMappingProblem } from "../ledgers/savedMappings";
import { SETTINGS } from "../settingsKeys";
import type { WorkbookHost, WorkbookSheet } from "../workbook";
import { composeReport, type ReportDraft } from "./composeReport";
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
  sheetName: string;
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
  const draft = composeReport(sheets, {
    year,
    street: options.street ?? savedStreet(saved.street),
    detections,
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
  const sheetName = await host.addSheetWithPlan("报告草稿", made.draft.plan);
  return { ...made, sheetName, formulas: made.draft.plan.cells.filter((c) => c.formula).length };
}
