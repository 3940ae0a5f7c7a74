import { divZeroError, valueError } from "./errors";
import { exact, yuanToWan } from "./money";
import { zhPunctuation } from "./punctuation";
import { optional, readNumber, required } from "./read";

function readDecimals(value: unknown, fallback: number): number {
  const d = optional(readNumber, value, "小数位数", fallback);
  if (!Number.isInteger(d) || d < 0 || d > 10)
    throw valueError(`小数位数: 应为0到10的整数（${d}）`);
  return d;
}

/** A ratio as report text, rounded half-up: 0.954545 → "95.5%". */
export function percentText(ratio: unknown, decimals?: unknown): string {
  const r = required(readNumber, ratio, "比率");
  const d = readDecimals(decimals, 1);
  return `${exact(r).times(100).toFixed(d)}%`;
}

/**
 * A rate as the report and the pane show it: one decimal, rounded half-up, except that a whole rate
 * reads "100%", not "100.0%" (0.955 → "95.5%", 0.5 → "50%").
 */
export function rateText(ratio: number): string {
  const pct = exact(ratio).times(100).toDecimalPlaces(1);
  return `${pct.isInteger() ? pct.toFixed(0) : pct.toFixed(1)}%`;
}

/** yuan → 万元, rounded half-up, as a number: 5,758,000 → 575.8. */
export function toWan(amount: unknown, decimals?: unknown): number {
  const a = required(readNumber, amount, "金额");
  const d = readDecimals(decimals, 2);
  return yuanToWan(a, d);
}

/**
 * The quota phrase of a work report. "超额完成" is said only when the actual is above the target;
 * on target exactly the task is "完成", below it the share done is stated.
 */
export function quotaText(actual: unknown, target: unknown, unit?: unknown): string {
  return quotaPhrase(actual, target, unit, (ratio) => percentText(ratio, 1));
}

/** The same phrase as the pane says it: full-width punctuation, a whole rate as "102%". */
export function quotaProse(actual: unknown, target: unknown, unit?: unknown): string {
  return zhPunctuation(quotaPhrase(actual, target, unit, rateText));
}

function quotaPhrase(
  actual: unknown,
  target: unknown,
  unit: unknown,
  rate: (ratio: number) => string
): string {
  const a = required(readNumber, actual, "完成数");
  const t = required(readNumber, target, "任务数");
  if (a < 0 || t < 0) throw valueError("完成数和任务数不能为负数");
  if (t === 0) throw divZeroError("任务数为0,无法计算完成率");
  const u = unit == null ? "" : String(unit).trim();
  const pct = rate(a / t);
  if (a > t) return `超额完成任务,实际完成${a}${u},完成率${pct}`;
  if (a === t) return `完成任务,实际完成${a}${u},完成率${pct}`;
  return `完成任务的${pct}`;
}
