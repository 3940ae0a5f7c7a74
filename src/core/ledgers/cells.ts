/**
 * Small readers for ledger cells that the UNION.* functions do not need: A1 names for messages,
 * dates as ledgers write them, category words, and left-in placeholders ("xx名", "2xx年").
 */
import { isBlank } from "../grid";
import { compactText } from "./headerText";
import type { LedgerField } from "./schemas";

import { checkPosition, columnLetters } from "../blocks/a1";

export { columnLetters };

/** "B7" for row 6, column 1 of a grid whose top-left is `origin` on the sheet. */
export function cellName(row: number, col: number, origin = { row: 0, col: 0 }): string {
  checkPosition({ row, col });
  checkPosition({ row: row + origin.row, col: col + origin.col });
  return `${columnLetters(col + origin.col)}${row + origin.row + 1}`;
}

const DATE_TEXT =
  /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** True for a date as ledgers hold it: an Excel serial number, or "2024-03-15", "2024.3.15", "2024年3月15日", "2024年3月". */
export function isDateValue(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (typeof value === "number") return Number.isFinite(value) && value >= 1 && value < 2958466;
  if (typeof value !== "string") return false;
  const m = DATE_TEXT.exec(compactText(value));
  if (!m) return false;
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The year a date cell names (a serial number or "2024-03-15", "2024年3月"), or null when it names none. */
export function dateYear(value: unknown): number | null {
  if (isBlank(value) || !isDateValue(value)) return null;
  if (typeof value === "number") {
    // Excel's serial 1 is 1900-01-01; days counted from 1899-12-30 match every serial after February 1900.
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000).getUTCFullYear();
  }
  const m = DATE_TEXT.exec(compactText(value));
  return m ? Number(m[1]) : null;
}

/** The canonical category a cell names ("欠薪" → 工资), or null when it names none. */
export function categoryOf(field: LedgerField, value: unknown): string | null {
  const text = compactText(value);
  if (text === "" || !field.categories) return null;
  for (const category of field.categories) if (text.includes(category)) return category;
  for (const [category, words] of Object.entries(field.categoryWords ?? {})) {
    if (words.some((w) => text.includes(w))) return category;
  }
  return null;
}

const PLACEHOLDERS = [
  /(^|[^A-Za-z])[xX]{2,}([^A-Za-z]|$)/,
  /[×〇○□]{2,}/,
  /\d[xX]{2,}/,
  /[xX]+(名|人|家|个|元|年|月|日|万|次|户|位|件|项|期)/,
  /某某/,
];

/** Identity card numbers and credit codes end in X or hold letters: never placeholders. */
const IDENTIFIER = /^[0-9A-Z]{15,20}$/;

/** Text left over from a template: "xx名", "2xx年", "XX公司", "××". */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const text = compactText(value);
  if (IDENTIFIER.test(text.toUpperCase())) return false;
  return PLACEHOLDERS.some((re) => re.test(text));
}
