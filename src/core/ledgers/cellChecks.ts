/**
 * Reading ledger cells for the checks: each cell by its field's type, with the same readers as the
 * UNION.* functions, reporting what cannot be read (text in a number column, an unknown flag word).
 */
import type { Grid } from "../grid";
import { isBlank } from "../grid";
import { flagValue, readFlag } from "../flags";
import { readNumber } from "../read";
import { CalcError } from "../errors";
import { categoryOf, isDateValue, isPlaceholder } from "./cells";
import type { Detection } from "./detect";
import type { FindingCode } from "./findings";
import type { LedgerField, LedgerSchema } from "./schemas";

/** A record's cells read by type: numbers, flags, or null for blank and unreadable cells. */
export type ParsedRow = { row: number; values: Record<string, number | boolean | null> };

export interface CheckContext {
  grid: Grid;
  detection: Detection;
  schema: LedgerSchema;
  name: (row: number, col: number) => string;
  add: (code: FindingCode, row: number, col: number, zh: string, en: string) => void;
}

const NUMERIC = new Set(["count", "money", "ratio"]);

export function isNumericField(field: LedgerField): boolean {
  return NUMERIC.has(field.type);
}

/** A cell's value as a message quotes it: 'text', or the error a cell holds (#N/A). */
function shown(value: unknown): string {
  if (typeof value === "object" && value !== null) {
    const code = (value as { error?: unknown }).error;
    return typeof code === "string" ? code : "#ERROR";
  }
  return `'${String(value)}'`;
}

function errorText(e: unknown): string {
  if (e instanceof CalcError) return e.message;
  throw e;
}

/** Reads a number cell; reports text, negatives, fractions and rates over 100%. */
export function readNumberCell(
  ctx: CheckContext,
  field: LedgerField,
  row: number,
  col: number
): number | null {
  const value = ctx.grid[row]?.[col];
  // The cell is named only in a message: naming every cell read was most of the checks' cost.
  const where = () => ctx.name(row, col);
  if (isPlaceholder(value)) return null; // reported once, as a placeholder
  let n: number | null;
  try {
    // A finite number reads as itself (as readNumber reads it), without naming the cell.
    n = typeof value === "number" && Number.isFinite(value) ? value : readNumber(value, where());
  } catch (e) {
    ctx.add("not-a-number", row, col, errorText(e), `${where()}: ${shown(value)} is not a number`);
    return null;
  }
  if (n === null) return null;
  // The checks read "１２３", "1,234" and " 56 " as numbers; the draft's SUM and COUNT formulas skip
  // text. So the two agree only if such a cell is named: it is left out of the draft until converted.
  if (typeof value === "string") {
    ctx.add(
      "text-number",
      row,
      col,
      `${where()}: ${shown(value)} 是以文本形式存储的数字，报告草稿的公式不计入它；请转换为数字（选中后点单元格旁的提示“转换为数字”）。`,
      `${where()}: ${shown(value)} is a number stored as text; the draft's formulas leave it out: convert it to a number.`
    );
  }
  if (n < 0) {
    ctx.add(
      "negative",
      row,
      col,
      `${where()}: ${field.label}不能为负数(${n})`,
      `${where()}: ${field.labelEn} is negative (${n})`
    );
    return null;
  }
  if (field.type === "count" && !field.allowFraction && !Number.isInteger(n)) {
    ctx.add(
      "not-integer",
      row,
      col,
      `${where()}: ${field.label}应为整数(${n})`,
      `${where()}: ${field.labelEn} should be a whole number (${n})`
    );
  }
  if (field.type === "ratio" && n > 1) {
    const pct = `${Math.round(n * 10000) / 100}%`;
    ctx.add(
      "rate-over-100",
      row,
      col,
      `${where()}: ${field.label} ${pct} 超过100%`,
      `${where()}: ${field.labelEn} ${pct} is above 100%`
    );
  }
  return n;
}

export function readCell(
  ctx: CheckContext,
  field: LedgerField,
  row: number,
  col: number
): number | boolean | null {
  const value = ctx.grid[row]?.[col];
  if (isBlank(value)) return null;
  const where = () => ctx.name(row, col);
  if (isNumericField(field)) return readNumberCell(ctx, field, row, col);
  if (field.type === "flag") {
    if (isPlaceholder(value)) return null;
    // A yes/no word reads as readFlag reads it, without naming the cell.
    const flag = flagValue(value);
    if (flag !== "unknown") return flag;
    try {
      return readFlag(value, where());
    } catch (e) {
      ctx.add(
        "unknown-flag",
        row,
        col,
        errorText(e),
        `${where()}: ${shown(value)} is not a yes/no word`
      );
      return null;
    }
  }
  if (field.type === "date" && !isPlaceholder(value) && !isDateValue(value)) {
    ctx.add(
      "bad-date",
      row,
      col,
      `${where()}: ${shown(value)} 不是有效日期`,
      `${where()}: ${shown(value)} is not a date`
    );
  }
  if (field.type === "category" && !isPlaceholder(value) && categoryOf(field, value) === null) {
    const allowed = (field.categories ?? []).join("、");
    ctx.add(
      "unknown-category",
      row,
      col,
      `${where()}: ${field.label} ${shown(value)} 不是可选类别(${allowed})`,
      `${where()}: ${field.labelEn} ${shown(value)} is not one of: ${(field.categories ?? []).join(", ")}`
    );
  }
  return null;
}

/** Placeholders anywhere in a data row, mapped column or not ("xx名" in a 备注 column counts too). */
export function placeholders(ctx: CheckContext, row: number): void {
  (ctx.grid[row] ?? []).forEach((value, col) => {
    if (!isPlaceholder(value)) return;
    const where = ctx.name(row, col);
    ctx.add(
      "placeholder",
      row,
      col,
      `${where}: ${shown(value)} 像是未替换的占位符`,
      `${where}: ${shown(value)} looks like a placeholder`
    );
  });
}
