/**
 * The command line's input, streamed (src/cli/streamedRead.ts): the same refusals as opening the workbook
 * (kind of file, real unpacked size), then the sheets row by row, so peak memory follows the
 * ledgers' cells. The settings sheet gives the confirmed mappings, year and street, as the file
 * host's would. `report` reads its input this way too, and writes a copy of the package with its
 * sheets added (src/file/addSheetsToPackage.ts), never the whole workbook in memory.
 */
import { detectWithConfirmed } from "../core/ledgers/detect";
import { readSavedMappings } from "../core/ledgers/savedMappings";
import { readWorkbookBytes } from "../file/nodeFiles";
import type { SavedReportSettings } from "../core/report/draftReport";
import type { WorkbookSheet } from "../core/workbook";
import { readStreamed } from "./streamedRead";
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
  const { sheets, saved, notes, rows } = await readStreamed(bytes, file);
  if (rows >= LARGE_ROWS)
    io.err(
      pick(
        lang,
        `读取 ${rows.toLocaleString("en")} 行（${sheets.length} 个工作表）…`,
        `Read ${rows.toLocaleString("en")} rows in ${sheets.length} sheets…`
      )
    );
  for (const n of notes) io.err(pick(lang, `注意：${n.zh}`, `Note: ${n.en}`));
  return { bytes, sheets, saved, large: rows >= LARGE_ROWS };
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
