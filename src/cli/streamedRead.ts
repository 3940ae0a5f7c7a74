/**
 * A workbook's sheets and saved settings, streamed (src/file/streamSheets.ts) after the same refusals
 * as opening it (kind of file, real unpacked size), saying nothing: what is worth telling the user
 * comes back as notes, for each command to print or not. `check`, `report` and `rollup` read this way.
 */
import type { Grid } from "../core/grid";
import type { SavedReportSettings } from "../core/report/draftReport";
import { SettingUnreadableError } from "../core/settingUnreadable";
import { SETTINGS } from "../core/settingsKeys";
import type { WorkbookSheet } from "../core/workbook";
import { type FileNotice, FileWorkbook } from "../file/fileWorkbook";
import { checkInflation } from "../file/inflationCap";
import { inspectXlsx } from "../file/inspectBytes";
import { uncachedNotice } from "../file/readSheet";
import { readSettingFromGrid, SETTINGS_SHEET } from "../file/settingsSheet";
import { streamSheets } from "../file/streamSheets";

export interface StreamedRead {
  /** The user's sheets (not the settings sheet). */
  sheets: WorkbookSheet[];
  saved: SavedReportSettings;
  /** Formulas without saved values, settings that could not be read. */
  notes: FileNotice[];
  /** Rows in all the sheets, for the "读取 … 行" line of a large workbook. */
  rows: number;
}

/** A setting read from the settings sheet; one that is not JSON reads as unset, with a note. */
function settingOf(grid: Grid | undefined, key: string, notes: FileNotice[]): unknown {
  try {
    return grid ? readSettingFromGrid<unknown>(grid, key) : undefined;
  } catch (e) {
    if (!(e instanceof SettingUnreadableError)) throw e;
    notes.push({ zh: e.zh, en: e.en });
    return undefined;
  }
}

/** Reads `bytes` (named `file` in messages); a workbook the streaming reader cannot name the sheets of is read in memory instead. */
export async function readStreamed(bytes: Uint8Array, file: string): Promise<StreamedRead> {
  inspectXlsx(bytes, file);
  checkInflation(bytes, file);
  const streamed = await streamSheets(bytes, file);
  if (streamed.some((s) => typeof s.name !== "string")) return inMemory(bytes, file);
  const notes: FileNotice[] = [];
  const settings = streamed.find((s) => s.name === SETTINGS_SHEET);
  const sheets = streamed
    .filter((s) => s !== settings)
    .map((s): WorkbookSheet => {
      if (s.uncachedFormulas) notes.push(uncachedNotice(s.name, s.uncachedFormulas));
      return {
        name: s.name,
        grid: s.grid,
        merges: s.merges,
        ...(s.farCellCount ? { farCells: s.farCells, farCellCount: s.farCellCount } : {}),
      };
    });
  const saved = {
    ledgers: settingOf(settings?.grid, SETTINGS.ledgers, notes),
    year: settingOf(settings?.grid, SETTINGS.year, notes),
    street: settingOf(settings?.grid, SETTINGS.street, notes),
  };
  return { sheets, saved, notes, rows: sheets.reduce((n, s) => n + s.grid.length, 0) };
}

/** The same read through ExcelJS in memory, for a workbook the streaming reader cannot read. */
async function inMemory(bytes: Uint8Array, file: string): Promise<StreamedRead> {
  const host = await FileWorkbook.open(bytes, file);
  const sheets = await host.readSheets();
  const saved = {
    ledgers: await host.getSetting(SETTINGS.ledgers),
    year: await host.getSetting(SETTINGS.year),
    street: await host.getSetting(SETTINGS.street),
  };
  // What an ExcelJS copy would lack does not apply: report copies the package as it is.
  const notes = host.notices.filter((n) => n !== host.lacks);
  return { sheets, saved, notes, rows: sheets.reduce((n, s) => n + s.grid.length, 0) };
}
