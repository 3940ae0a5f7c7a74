/**
 * One click, one report: read the workbook, find the ledgers (confirmed mappings first), compose the
 * draft and add it as a new sheet. Written against the WorkbookHost interface only, so the ribbon
 * (Excel), the pane (Excel or a file) and the command line (a file) all run exactly this.
 */
import { type ConfirmedMapping, detectWithConfirmed } from "../ledgers/detect";
import { SETTINGS } from "../settingsKeys";
import type { WorkbookHost } from "../workbook";
import { composeReport, type ReportDraft } from "./composeReport";

export interface DraftOptions {
  /** Defaults: the workbook's saved year, else the current year. */
  year?: number;
  /** Defaults: the workbook's saved street, else none ("街道"). */
  street?: string;
  /** For the current year when neither the caller nor the workbook names one. */
  today?: Date;
}

export interface DraftResult {
  sheetName: string;
  draft: ReportDraft;
  formulas: number;
  ledgers: string[];
}

export async function draftReport(host: WorkbookHost, options: DraftOptions = {}): Promise<DraftResult> {
  const [sheets, confirmed, savedYear, savedStreet] = await Promise.all([
    host.readSheets(),
    host.getSetting<ConfirmedMapping[]>(SETTINGS.ledgers),
    host.getSetting<number>(SETTINGS.year),
    host.getSetting<string>(SETTINGS.street),
  ]);
  const detections = detectWithConfirmed(sheets, Array.isArray(confirmed) ? confirmed : []);
  const year = options.year ?? savedYear ?? (options.today ?? new Date()).getFullYear();
  const draft = composeReport(sheets, { year, street: options.street ?? savedStreet, detections });
  const sheetName = await host.addSheetWithPlan("报告草稿", draft.plan);
  return {
    sheetName,
    draft,
    formulas: draft.plan.cells.filter((c) => c.formula).length,
    ledgers: detections.map((d) => d.sheetName ?? d.schemaId),
  };
}
