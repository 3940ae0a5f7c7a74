/**
 * `check`'s input, streamed (src/file/streamSheets.ts): the same refusals as opening the workbook
 * (kind of file, real unpacked size), then the sheets row by row, so peak memory follows the
 * ledgers' cells. The settings sheet gives the confirmed mappings, as the file host's would.
 * A workbook the streaming reader cannot name the sheets of is opened in memory instead.
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
import type { WorkbookSheet } from "../core/workbook";
import type { Io } from "./io";
import { sizeText } from "./io";
import { type CliLang, cliLanguage, pick } from "./lang";
import {
  type LedgerWorkbook,
  noLedgers,
  openLedgers,
  printSettingProblems,
} from "./ledgerWorkbook";

/** Above this a file takes long enough to read that the user should hear about it (as openInput). */
const LARGE_FILE_BYTES = 1_048_576;
/** Above this many rows reading deserves a progress line (as the file host). */
const LARGE_ROWS = 5_000;

export async function streamLedgers(
  file: string,
  io: Io,
  lang: CliLang = cliLanguage()
): Promise<Pick<LedgerWorkbook, "sheets" | "detections">> {
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
  if (streamed.some((s) => typeof s.name !== "string")) return openLedgers(file, io, lang);
  const notes: Array<{ zh: string; en: string }> = [];
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
  let saved: unknown;
  try {
    saved = settings ? readSettingFromGrid<unknown>(settings.grid, SETTINGS.ledgers) : undefined;
  } catch (e) {
    if (!(e instanceof SettingUnreadableError)) throw e;
    notes.push({ zh: e.zh, en: e.en });
  }
  const detections = detectWithConfirmed(sheets, saved);
  for (const n of notes) io.err(pick(lang, `注意：${n.zh}`, `Note: ${n.en}`));
  printSettingProblems(readSavedMappings(saved, sheets).problems, io, lang);
  if (!detections.length) throw noLedgers(file);
  return { sheets, detections };
}
