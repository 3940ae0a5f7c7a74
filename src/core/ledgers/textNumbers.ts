/**
 * Numbers stored as text ("１２３", "1,234", " 56 "): the checks read them as numbers, the draft's
 * SUM and SUMPRODUCT formulas pass over them. No formula counts them the same way in Excel, WPS and
 * LibreOffice (VALUE of "１２３" or "1,234" differs by engine and locale, and IFERROR inside
 * SUMPRODUCT needs array entry in Excel 2019 and WPS), so the draft says how many it left out, and
 * the pane offers to convert them: the user confirms, and each cell gets the number it shows.
 */
import type { WorkbookSheet } from "../workbook";
import { readNumber } from "../read";
import type { Finding } from "./findings";

export interface TextNumberFix {
  sheet: string;
  row: number;
  col: number;
  /** What the cell holds now. */
  text: string;
  /** The number it becomes. */
  value: number;
}

/** The cells of the text-number findings, with the number each becomes (the cell's text re-read). */
export function textNumberFixes(
  sheets: readonly WorkbookSheet[],
  findings: readonly Finding[]
): TextNumberFix[] {
  const fixes: TextNumberFix[] = [];
  for (const f of findings) {
    if (f.code !== "text-number" || f.sheet === undefined) continue;
    const text = sheets.find((s) => s.name === f.sheet)?.grid[f.row]?.[f.col];
    if (typeof text !== "string") continue;
    const value = readNumber(text, "");
    if (value !== null && Number.isFinite(value))
      fixes.push({ sheet: f.sheet, row: f.row, col: f.col, text, value });
  }
  return fixes;
}

/** The note the draft carries when its formulas left such cells out (none: null). */
export function textNumberNote(findings: readonly Finding[]): string | null {
  const n = findings.filter((f) => f.code === "text-number").length;
  return n === 0
    ? null
    : `台账中有${n}个以文本形式存储的数字，报告草稿的公式未计入（单元格见“数据核对”）；在任务窗格的“数据核对”中转换为数字，或在 Excel 中点单元格旁的提示“转换为数字”，草稿随之更新。`;
}
