/**
 * What report and check both do first: open the workbook, read every sheet, and find the ledgers
 * (following the mappings the user confirmed in the pane, when the file keeps some). Progress goes
 * to stderr for large files, since ExcelJS reads the whole file before anything can be shown.
 */
import * as fs from "fs";
import type { ConfirmedMapping, Detection } from "../core/ledgers/detect";
import { detectWithConfirmed } from "../core/ledgers/detect";
import { schemaById } from "../core/ledgers/schemas";
import { SETTINGS } from "../core/settingsKeys";
import type { WorkbookSheet } from "../core/workbook";
import type { FileWorkbook } from "../file/fileWorkbook";
import { openWorkbookFile } from "../file/nodeFiles";
import { CliError, type Io, sizeText } from "./io";

/** Above these a progress line is worth printing. */
const LARGE_FILE_BYTES = 1_048_576;
const LARGE_ROWS = 5_000;

export interface LedgerWorkbook {
  host: FileWorkbook;
  sheets: WorkbookSheet[];
  detections: Detection[];
}

function rowCount(sheets: readonly WorkbookSheet[]): number {
  return sheets.reduce((n, s) => n + s.grid.length, 0);
}

/** Large enough that the user should hear what is happening while they wait. */
export function isLarge(sheets: readonly WorkbookSheet[]): boolean {
  return rowCount(sheets) >= LARGE_ROWS;
}

export async function openLedgers(file: string, io: Io): Promise<LedgerWorkbook> {
  const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  if (size > LARGE_FILE_BYTES) io.err(`正在打开 ${file}(${sizeText(size)})… / Opening ${file} (${sizeText(size)})…`);
  const host = await openWorkbookFile(file);
  const sheets = await host.readSheets();
  const rows = rowCount(sheets);
  if (rows >= LARGE_ROWS) io.err(`读取 ${rows.toLocaleString("en")} 行(${sheets.length} 个工作表)… / Read ${rows.toLocaleString("en")} rows in ${sheets.length} sheets…`);
  const confirmed = (await host.getSetting<ConfirmedMapping[]>(SETTINGS.ledgers)) ?? [];
  const detections = detectWithConfirmed(sheets, Array.isArray(confirmed) ? confirmed : []);
  for (const n of host.notices) io.err(`注意:${n.zh}\nNote: ${n.en}`);
  if (!detections.length) {
    throw new CliError(
      `在 ${file} 中没有找到台账:请确认表头含"单位名称""职工人数""是否建会"等列(可运行 union-stats template 查看标准台账)。`,
      `No ledgers found in ${file}: the header should have columns such as 单位名称, 职工人数, 是否建会 (run union-stats template to see the standard ledgers).`,
    );
  }
  return { host, sheets, detections };
}

/** "组织台账 → 基层工会组织台账": which sheet was read as which ledger. */
export function ledgerLines(detections: readonly Detection[]): string[] {
  return detections.map((d) => {
    const schema = schemaById(d.schemaId);
    return `  ${d.sheetName} → ${schema.title} (${schema.titleEn})`;
  });
}
