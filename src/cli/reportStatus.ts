/**
 * What a report run found, said plainly: the ledgers used, the expected ones missing (so which
 * sections were left out), the sheets refused as ledgers and why, and the columns of a found ledger that no figure used.
 */
import type { DraftResult } from "../core/report/draftReport";
import { LEDGER_SCHEMAS } from "../core/ledgers/schemas";
import { unusedColumns } from "../core/ledgers/unusedColumns";
import type { CliLang } from "./lang";

export function reportStatus(
  result: Pick<DraftResult, "detections" | "draft"> & Partial<Pick<DraftResult, "refused">>,
  lang: CliLang
): string[] {
  const zh = lang === "zh-CN";
  const lines: string[] = [];
  const found = result.detections.map((d) => {
    const schema = LEDGER_SCHEMAS.find((s) => s.id === d.schemaId);
    return zh
      ? `${d.sheetName}（${schema?.title ?? d.schemaId}）`
      : `${d.sheetName} (${schema?.titleEn ?? d.schemaId})`;
  });
  lines.push(zh ? `识别到的台账：${found.join("、")}` : `Ledgers found: ${found.join(", ")}`);
  for (const r of result.refused ?? [])
    lines.push(
      zh
        ? `未识别为台账的工作表“${r.sheetName ?? ""}”：${r.reason}`
        : `Sheet "${r.sheetName ?? ""}" not taken for a ledger: ${r.reasonEn}`
    );
  if (result.draft.omitted.length)
    lines.push(
      zh
        ? `缺少台账，以下章节从略：${result.draft.omitted.join("、")}`
        : `Ledgers missing, so these sections were left out: ${result.draft.omitted.join(", ")}`
    );
  const { figures, source } = result.draft.previous;
  if (source !== null && figures > 0)
    lines.push(
      zh
        ? `同比：${figures}项指标的上年数取自“${source}”`
        : `Year over year: last year's values of ${figures} figures from "${source}"`
    );
  for (const { sheetName, headers } of unusedColumns(result.detections))
    lines.push(
      zh
        ? `台账“${sheetName}”中未使用的列：${headers.join("、")}`
        : `Columns of "${sheetName}" not used: ${headers.join(", ")}`
    );
  return lines;
}
