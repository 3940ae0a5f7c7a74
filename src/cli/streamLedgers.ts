/**
 * The command line's input, streamed (src/file/streamSheets.ts): the same refusals as opening the workbook
 * (kind of file, real unpacked size), then the sheets row by row, so peak memory follows the
 * ledgers' cells. The settings sheet gives the confirmed mappings, year and street, as the file
 * host's would. `report` reads its input this way too, and writes a copy of the package with its
 * sheets added (src/file/addSheetsToPackage.ts), never the whole workbook in memory.
 */
import { detectWithConfirmed } from "../core/ledgers/detect";
import { readSavedMappings } from "../core/ledgers/savedMappings";
import { SettingUnreadableError } from "../core/settingUnreadable";
import { SETTINGS } from "../core/settingsKeys";
import { checkInflation } from "../file/inflationCap";
import { inspectXlsx } from "../file/inspectBytes";
import { readWorkbookBytes } from "../file/nodeFiles";
import { uncachedNotice } from "../file/readSheet";
import { readSettingFromGrid, SETTINGS_SHEET } from "../file/settingsSheet";
import { streamSheets } from "../file/streamSheets";
import type { Grid } from "../core/grid";
import type { SavedReportSettings } from "../core/report/draftReport";
import type { WorkbookSheet } from "../core/workbook";
import { type FileNotice, FileWorkbook } from "../file/fileWorkbook";
import type { Io } from "./io";
import { sizeText } from "./io";
import { type CliLang, cliLanguage, pick } from "./lang";
import { type LedgerWorkbook, noLedgers, printSettingProblems } from "./ledgerWorkbook";

/** Above this a file takes long enough to read that the user should hear about it. */
const LARGE_FILE_BYTES = 1_048_576;
/** Above this many rows reading deserves a progress line (as the file host). */
const LARGE_ROWS = 5_000;

/** A workbook as the command line reads it: its bytes (for the copy report writes), sheets and settings. */
export interface StreamedWorkbook {
  bytes: Uint8Array;
  /** The user's sheets (not the settings sheet). */
  sheets: WorkbookSheet[];
  saved: SavedReportSettings;
  /** Enough rows that writing deserves a progress line too. */
  large: boolean;
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

/**
 * Reads `file` for check and report: refused as the file host refuses (kind of file, real unpacked
 * size), then streamed; says on stderr what is worth knowing (formulas without values, unreadable
 * settings). A workbook the streaming reader cannot name the sheets of is read in memory instead.
 */
export async function streamWorkbook(
  file: string,
  io: Io,
  lang: CliLang = cliLanguage()
): Promise<StreamedWorkbook> {
  const bytes = readWorkbookBytes(file);
  if (bytes.length > LARGE_FILE_BYTES)
    io.err(
      pick(
        lang,
        `正在打开 ${file}（${sizeText(bytes.length)}）…`,
        `Opening ${file} (${sizeText(bytes.length)})…`
      )
    );
  inspectXlsx(bytes, file);
  checkInflation(bytes, file);
  const streamed = await streamSheets(bytes, file);
  if (streamed.some((s) => typeof s.name !== "string")) return inMemory(bytes, file, io, lang);
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
  const rows = sheets.reduce((n, s) => n + s.grid.length, 0);
  if (rows >= LARGE_ROWS)
    io.err(
      pick(
        lang,
        `读取 ${rows.toLocaleString("en")} 行（${sheets.length} 个工作表）…`,
        `Read ${rows.toLocaleString("en")} rows in ${sheets.length} sheets…`
      )
    );
  const saved = {
    ledgers: settingOf(settings?.grid, SETTINGS.ledgers, notes),
    year: settingOf(settings?.grid, SETTINGS.year, notes),
    street: settingOf(settings?.grid, SETTINGS.street, notes),
  };
  for (const n of notes) io.err(pick(lang, `注意：${n.zh}`, `Note: ${n.en}`));
  return { bytes, sheets, saved, large: rows >= LARGE_ROWS };
}

/** The same read through ExcelJS in memory, for a workbook the streaming reader cannot read. */
async function inMemory(
  bytes: Uint8Array,
  file: string,
  io: Io,
  lang: CliLang
): Promise<StreamedWorkbook> {
  const host = await FileWorkbook.open(bytes, file);
  host.onProgress = (p) => io.err(pick(lang, p.zh, p.en));
  const sheets = await host.readSheets();
  const saved = {
    ledgers: await host.getSetting(SETTINGS.ledgers),
    year: await host.getSetting(SETTINGS.year),
    street: await host.getSetting(SETTINGS.street),
  };
  // What an ExcelJS copy would lack does not apply: report copies the package as it is.
  for (const n of host.notices.filter((n) => n !== host.lacks))
    io.err(pick(lang, `注意：${n.zh}`, `Note: ${n.en}`));
  return { bytes, sheets, saved, large: host.large };
}

/** `check`'s input: the sheets and the ledgers found in them (confirmed mappings first). */
export async function streamLedgers(
  file: string,
  io: Io,
  lang: CliLang = cliLanguage()
): Promise<LedgerWorkbook> {
  const { sheets, saved } = await streamWorkbook(file, io, lang);
  const detections = detectWithConfirmed(sheets, saved.ledgers);
  printSettingProblems(readSavedMappings(saved.ledgers, sheets).problems, io, lang);
  if (!detections.length) throw noLedgers(file);
  return { sheets, detections };
}
