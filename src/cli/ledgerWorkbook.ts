/**
 * What check and report say about their input (src/cli/streamLedgers.ts reads it): settings
 * dropped, no ledgers found, which sheet was read as which ledger.
 */
import type { Detection } from "../core/ledgers/detect";
import type { SavedMappingProblem } from "../core/ledgers/savedMappings";
import { schemaById } from "../core/ledgers/schemas";
import type { WorkbookSheet } from "../core/workbook";
import { CliError, type Io } from "./io";
import { type CliLang, cliLanguage, pick } from "./lang";

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
  sheets: WorkbookSheet[];
  detections: Detection[];
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
