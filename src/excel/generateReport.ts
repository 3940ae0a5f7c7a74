import { draftFromWorkbook, reportFormulas } from "../core/report/draftReport";
import { SETTINGS } from "../core/settingsKeys";
import { addSheetsWithPlans, type PlanExtra } from "./addSheetWithPlan";
import { type ApiSupport, officeApiSupport } from "./apiSupport";
import { readSheets } from "./readSheets";
import { queueSetting, settingValue } from "./settings";

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
  /** The narrative's sheet; 报告数据 and 核对事项 are added with it (same suffix when taken). */
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
 * sheets. Syncs: readSheets' (3 for a workbook within the read budget; the settings are read in its
 * first sync) and addSheetsWithPlans' (1 + one per sheet + 1 for a draft within the write budget):
 * 8 in all. Nothing is caught: a failure rejects with Excel's error.
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
  const { data, checks, draft: narrative } = draft.sheets;
  // The figures first: the sentences' formulas name that sheet, so the names must be the ones composed.
  const added = await addSheetsWithPlans(context, [data, checks, narrative], {
    supports,
    exactNames: true,
  });
  return {
    sheetName: narrative.name,
    year,
    formulas: reportFormulas(draft),
    findings: draft.findings.length,
    skipped: [...new Set(added.flatMap((a) => a.skipped))],
  };
}
