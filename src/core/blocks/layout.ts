/**
 * The shape every results block shares: a bold header row (项目 / 结果 / 公式说明), then one row per
 * figure with its label as a value, its formula, its number format and a line saying how it is got.
 */
import type { PlanCell, SheetPlan } from "../sheetPlan";

/** Number formats of the figures: rates, money, counts. */
export const FORMAT = {
  rate: "0.0%",
  money: "#,##0.00",
  count: "0",
} as const;

export const HEADER = ["项目", "结果", "公式说明"] as const;

export interface FigureRow {
  /** Shown in column 0, written as a value (user text stays text). */
  label: string;
  /** Column 1: a formula, or a value when `value` is given instead. */
  formula?: string;
  value?: number | string;
  numberFormat?: string;
  /** What the formula gives now, computed by core from the values read: files store it as the saved value. */
  result?: number | string | boolean;
  /** Column 2: how the figure is got. */
  note?: string;
}

/** Header row plus figure rows, as a plan with column widths set. */
export function figureBlock(
  rows: readonly FigureRow[],
  header: readonly string[] = HEADER
): SheetPlan {
  const cells: PlanCell[] = header.map((text, col) => ({ row: 0, col, value: text, bold: true }));
  rows.forEach((r, i) => {
    const row = i + 1;
    cells.push({ row, col: 0, value: r.label });
    const result: PlanCell = { row, col: 1 };
    if (r.formula !== undefined) {
      result.formula = r.formula;
      if (r.result !== undefined) result.result = r.result;
    } else if (r.value !== undefined) result.value = r.value;
    if (r.numberFormat) result.numberFormat = r.numberFormat;
    cells.push(result);
    if (r.note) cells.push({ row, col: 2, value: r.note });
  });
  return { cells, columnWidths: { 0: 16, 1: 16, 2: 40 } };
}

/**
 * A figure's value by core's rules, or undefined when core refuses it (the formula would show an
 * error): the formula is then written without a saved value rather than with a wrong one.
 */
export function computed<T>(figure: () => T): T | undefined {
  try {
    const value = figure();
    return typeof value === "number" && !Number.isFinite(value) ? undefined : value;
  } catch {
    return undefined;
  }
}
