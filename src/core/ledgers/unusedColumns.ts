/**
 * The columns of a found ledger that no figure reads: said to the user so a column the detection
 * missed (or one the statistician expected to count) is not silently left out.
 */
import type { Detection } from "./detect";

export interface UnusedColumns {
  sheetName: string;
  /** The header texts, trimmed, in column order. */
  headers: string[];
}

/** Per ledger with any: the headers of the columns not mapped to a field (序号/编号 and blank headers aside). */
export function unusedColumns(
  detections: readonly Pick<Detection, "sheetName" | "columns" | "headerTexts">[]
): UnusedColumns[] {
  const out: UnusedColumns[] = [];
  for (const d of detections) {
    const used = new Set(Object.values(d.columns));
    const headers = Object.entries(d.headerTexts)
      .filter(([col, text]) => !used.has(Number(col)) && !/^(序号|编号|)$/.test(text.trim()))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, text]) => text.trim());
    if (headers.length) out.push({ sheetName: d.sheetName ?? "", headers });
  }
  return out;
}
