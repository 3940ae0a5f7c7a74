import type { PlanCell } from "../sheetPlan";

/**
 * What to put in Range.formulas for one plan cell. Pure, so the escaping rule is tested without Excel.
 *
 * Excel interprets text it is given: "=A1" becomes a formula, "+1"/"-1" numbers, "00123" the number
 * 123, "2024-01" a date, "TRUE" a boolean. A leading apostrophe makes Excel keep the text exactly
 * (the apostrophe itself is not part of the value). Adding it to text Excel would have left alone is
 * harmless, so the test below errs on the side of quoting.
 */
// Formulas, signed numbers, implicit intersection; a leading ' would be eaten. Leading blanks too:
// Excel reads " -5" as the number -5.
const EVALUATED = /^\s*[=+\-@']/;
const NUMBER_OR_DATE_LIKE = /^\s*[(\d.#$¥￥€£]/; // numbers, dates, times, (accounting), #errors, currency
const WORD_VALUES = /^\s*(true|false|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i; // booleans, month names

/** Text as Excel should receive it so that it stays exactly this text. */
export function literalText(text: string): string {
  return EVALUATED.test(text) || NUMBER_OR_DATE_LIKE.test(text) || WORD_VALUES.test(text)
    ? `'${text}`
    : text;
}

export type CellInput = string | number | boolean;

/** The formulas-array entry for a plan cell: its formula, or its value made literal; "" when it has neither. */
export function cellInput(cell: PlanCell): CellInput {
  if (cell.formula !== undefined) {
    if (!cell.formula.startsWith("="))
      throw new Error(
        `公式必须以 = 开头 (第${cell.row + 1}行第${cell.col + 1}列): ${cell.formula}`
      );
    return cell.formula;
  }
  const value = cell.value;
  if (value === undefined) return "";
  if (typeof value === "number") {
    // Excel cannot store NaN or ±Infinity; writing one would fail the whole batch at sync.
    if (!Number.isFinite(value))
      throw new Error(`不能写入非有限数字 (第${cell.row + 1}行第${cell.col + 1}列): ${value}`);
    return value;
  }
  if (typeof value === "boolean") return value;
  return literalText(value);
}
