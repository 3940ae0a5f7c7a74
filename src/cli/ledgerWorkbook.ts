/**
 * Opening the input for report and check: a line on stderr while a large file is read (ExcelJS
 * reads the whole file before anything can be shown), the host's own progress and notices after.
 */
import * as fs from "fs";
import type { Detection } from "../core/ledgers/detect";
import { readSavedMappings, type SavedMappingProblem } from "../core/ledgers/savedMappings";
import { detectWithConfirmed } from "../core/ledgers/detect";
import { schemaById } from "../core/ledgers/schemas";
import { SETTINGS } from "../core/settingsKeys";
import type { WorkbookSheet } from "../core/workbook";
import type { FileWorkbook } from "../file/fileWorkbook";
import { MAX_UNPACKED_MB } from "../file/fileErrors";
import { openWorkbookFile } from "../file/nodeFiles";
import { CliError, type Io, sizeText } from "./io";
import { type CliLang, cliLanguage, pick } from "./lang";

/** Above this a file takes long enough to read that the user should hear about it. */
const LARGE_FILE_BYTES = 1_048_576;

export async function openInput(
  file: string,
  io: Io,
  lang: CliLang = cliLanguage()
): Promise<FileWorkbook> {
  const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  if (size > LARGE_FILE_BYTES && size <= MAX_UNPACKED_MB * 2 ** 20)
    io.err(
      pick(lang, `正在打开 ${file}（${sizeText(size)}）…`, `Opening ${file} (${sizeText(size)})…`)
    );
  const host = await openWorkbookFile(file);
  host.onProgress = (p) => io.err(pick(lang, p.zh, p.en));
  return host;
}

/** What the host found worth saying while reading (formulas without values, parts a copy lacks). */
export function printNotices(host: FileWorkbook, io: Io, lang: CliLang = cliLanguage()): void {
  for (const n of host.notices) io.err(pick(lang, `注意：${n.zh}`, `Note: ${n.en}`));
}

/** Saved settings that were dropped: said once each, the command goes on with detection. */
export function printSettingProblems(
  problems: readonly SavedMappingProblem[],
  io: Io,
  lang: CliLang = cliLanguage()
): void {
  for (const p of problems) io.err(pick(lang, `注意：${p.zh}`, `Note: ${p.en}`));
}

export function noLedgers(file: string): CliError {
  return new CliError(
    `在 ${file} 中没有找到台账：请确认表头含“单位名称”“职工人数”“是否建会”等列（可运行 union-stats template 查看标准台账）。`,
    `No ledgers found in ${file}: the header should have columns such as 单位名称, 职工人数, 是否建会 (run union-stats template to see the standard ledgers).`
  );
}

export interface LedgerWorkbook {
  host: FileWorkbook;
  sheets: WorkbookSheet[];
  detections: Detection[];
}

/** The sheets and the ledgers found in them, following the mappings the user confirmed in the pane. */
export async function openLedgers(
  file: string,
  io: Io,
  lang: CliLang = cliLanguage()
): Promise<LedgerWorkbook> {
  const host = await openInput(file, io, lang);
  const sheets = await host.readSheets();
  const saved = await host.getSetting<unknown>(SETTINGS.ledgers);
  const detections = detectWithConfirmed(sheets, saved);
  printNotices(host, io, lang);
  printSettingProblems(readSavedMappings(saved, sheets).problems, io, lang);
  if (!detections.length) throw noLedgers(file);
  return { host, sheets, detections };
}

/** "组织台账 → 基层工会组织台账": which sheet was read as which ledger. */
export function ledgerLines(
  detections: readonly Detection[],
  lang: CliLang = cliLanguage()
): string[] {
  return detections.map((d) => {
    const schema = schemaById(d.schemaId);
    return `  ${d.sheetName} → ${pick(lang, schema.title, schema.titleEn)}`;
  });
}
