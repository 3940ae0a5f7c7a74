// From the modules themselves, not the ledgers index: the first tab needs detection, not the sample.
import {
  type ConfirmedMapping,
  type Detection,
  detectWithConfirmed,
} from "../../core/ledgers/detect";
import { readSavedMappings } from "../../core/ledgers/savedMappings";
import { sheetPrefix } from "../../core/report/excelFormula";
import { SETTINGS } from "../../core/settingsKeys";
import type { WorkbookHost, WorkbookSheet } from "../../core/workbook";

export interface WorkbookLedgers {
  sheets: WorkbookSheet[];
  /** One per ledger: the confirmed mappings first, then what detection found. */
  detections: Detection[];
  confirmed: ConfirmedMapping[];
}

/** Reads every sheet and finds the ledgers, following the mappings the user confirmed before. */
export async function readLedgers(workbook: WorkbookHost): Promise<WorkbookLedgers> {
  const [sheets, saved] = await Promise.all([
    workbook.readSheets(),
    workbook.getSetting<unknown>(SETTINGS.ledgers),
  ]);
  // Only the saved mappings that hold up against the sheets count as confirmed.
  const confirmed = readSavedMappings(saved, sheets).mappings;
  return { sheets, detections: detectWithConfirmed(sheets, confirmed), confirmed };
}

/** Is this detection the one the user confirmed (same sheet, same ledger)? */
export function isConfirmed(d: Detection, confirmed: readonly ConfirmedMapping[]): boolean {
  return confirmed.some((m) => m.schemaId === d.schemaId && m.sheetName === d.sheetName);
}

/** An address Excel accepts for a cell of a sheet with any name: '互助保障'!H55, quotes doubled. */
export function sheetCellAddress(sheet: string, cell: string): string {
  return `${sheetPrefix(sheet)}${cell}`;
}
