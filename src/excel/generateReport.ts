import { draftFromWorkbook } from "../core/report/draftReport";
import { SETTINGS } from "../core/settingsKeys";
import { addSheetWithPlan, type PlanExtra } from "./addSheetWithPlan";
import { type ApiSupport, officeApiSupport } from "./apiSupport";
import { readSheets } from "./readSheets";
import { queueSetting, settingValue } from "./settings";

/** The sheet a report draft goes on (or "报告草稿 (2)"… when taken). */
export const REPORT_SHEET = "报告草稿";

/** Where a report run is: reading the workbook, composing the draft, writing the sheet. */
export type ReportStep = "reading" | "composing" | "writing";

export interface GenerateReportOptions {
  /** Default: the workbook's "unionstats.year" setting, else the current year. */
  year?: number;
  /** Default: the workbook's "unionstats.street" setting, else none. */
  street?: string;
  supports?: ApiSupport;
  onProgress?: (step: ReportStep) => void;
}

export interface ReportOutcome {
  sheetName: string;
  year: number;
  /** Formulas in the draft (every figure and sentence is one). */
  formulas: number;
  /** Findings of the data checks (the draft lists up to 200 of them). */
  findings: number;
  /** Extras this Excel could not make (charts on a host without them…). */
  skipped: PlanExtra[];
}

/**
 * The one-click report draft: reads every sheet, finds the ledgers (following the mappings the
 * user confirmed, kept in the workbook's settings), composes the draft and writes it on a fresh
 * sheet. Syncs: readSheets' (3 for a workbook within the read budget; the settings are read in its
 * first sync) and addSheetWithPlan's (3 for a draft within the write budget): 6 in all. Nothing is
 * caught: a failure rejects with Excel's error.
 */
export async function generateReport(
  context: Excel.RequestContext,
  options: GenerateReportOptions = {}
): Promise<ReportOutcome> {
  const supports = options.supports ?? officeApiSupport;
  const progress = options.onProgress ?? (() => undefined);

  progress("reading");
  // Queued, not synced: readSheets' first sync answers them too.
  const settings = supports("1.4")
    ? {
        year: queueSetting(context, SETTINGS.year, supports),
        street: queueSetting(context, SETTINGS.street, supports),
        ledgers: queueSetting(context, SETTINGS.ledgers, supports),
      }
    : undefined;
  const sheets = await readSheets(context, { supports });

  progress("composing");
  const saved = settings
    ? {
        year: settingValue(settings.year),
        street: settingValue(settings.street),
        ledgers: settingValue(settings.ledgers),
      }
    : {};
  const { draft, year } = draftFromWorkbook(sheets, saved, options);

  progress("writing");
  const added = await addSheetWithPlan(context, REPORT_SHEET, draft.plan, {
    supports,
  });
  return {
    sheetName: added.name,
    year,
    formulas: draft.plan.cells.filter((cell) => cell.formula !== undefined).length,
    findings: draft.findings.length,
    skipped: added.skipped,
  };
}
