/**
 * Last year's workbook picked on the report page, read on the file host (the "filemode" chunk, loaded
 * on demand) in Excel and in file mode alike: only read, never written. A file that cannot be read
 * becomes one sentence, and the report goes on without 同比.
 */
import { unreadablePrevious } from "../../core/report/lastYear";
import type { PreviousWorkbook } from "../../core/report/previousWorkbook";
import { SETTINGS } from "../../core/settingsKeys";
import { openWorkbookBytes, readBytes } from "../filemode/fileSession";

export type ReadPrevious = (file: File) => Promise<PreviousWorkbook>;

export const readPreviousFile: ReadPrevious = async (file) => {
  const { workbook } = await openWorkbookBytes(await readBytes(file), file.name);
  const [sheets, ledgers] = await Promise.all([
    workbook.readSheets(),
    workbook.getSetting<unknown>(SETTINGS.ledgers),
  ]);
  return { source: file.name, sheets, ledgers };
};

/** Why it could not be read, as the file host says it (both languages), or the error's first line. */
export function previousProblem(error: unknown): { zh: string; en: string } {
  const said = error as { zh?: unknown; en?: unknown } | null;
  if (said && typeof said.zh === "string" && typeof said.en === "string")
    return unreadablePrevious({ zh: said.zh, en: said.en });
  const line = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return unreadablePrevious({ zh: line, en: line });
}
