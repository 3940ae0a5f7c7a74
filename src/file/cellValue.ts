/**
 * An ExcelJS cell value as the plain value core reads, the way Office.js hands values over: numbers,
 * text, booleans, null for empty; formulas give their saved result, dates their Excel serial number.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system (1899-12-30, which absorbs Excel's 1900 leap-year bug). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An error value (#N/A, #DIV/0!…) as an object, as Excel's custom-function errors and formula
 * engines give them: core's readers treat any object as "the cell holds an error" (read.ts), so a
 * broken formula is named as such instead of being read as the text "#N/A".
 */
export interface ErrorCell {
  error: string;
}

/** Serial days since 1899-12-30, with the time of day as a fraction (ExcelJS rounds to the millisecond). */
export function dateToSerial(date: Date): number {
  const days = (date.getTime() - EPOCH_MS) / DAY_MS;
  return Math.round(days * DAY_MS) / DAY_MS;
}

/**
 * A cell's value with a formula's saved result as stored. ExcelJS's `cell.value` leaves out a saved
 * result that is 0, "" or false (it copies only truthy fields): `cell.result` keeps it, so a check
 * that comes to 0 is not taken for a formula without a saved value.
 */
export function storedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (
    typeof value === "object" &&
    value !== null &&
    ("formula" in value || "sharedFormula" in value)
  )
    return { ...value, result: cell.result } as ExcelJS.CellValue;
  return value;
}

/** Whether a formula cell had no saved result: files written by some programs leave it out. */
export function isUncachedFormula(value: ExcelJS.CellValue): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    ("formula" in value || "sharedFormula" in value) &&
    (value as { result?: unknown }).result === undefined
  );
}

export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return plainValue((value as ExcelJS.CellFormulaValue).result ?? null);
  if ("error" in value) return { error: value.error } as ErrorCell as unknown as CellValue;
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}
