/**
 * Numbers as the forms take and show them. Input is read leniently (thousands separators, full-width
 * digits, a trailing % in percent fields) through core's reader; shown figures use core's rounding.
 */
import { exact } from "../../core/money";
import { readNumber } from "../../core/read";

/** What a number field holds: nothing yet, a usable number, or text that is not one. */
export type NumberInput =
  { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid" };

/** A number of zero or more typed in a field; anything else is invalid (the field says 请输入非负数字). */
export function readNonNegative(text: string): NumberInput {
  if (text.trim() === "") return { kind: "empty" };
  try {
    const n = readNumber(text.trim(), "");
    if (n === null) return { kind: "empty" };
    return n >= 0 ? { kind: "number", value: n } : { kind: "invalid" };
  } catch {
    return { kind: "invalid" };
  }
}

/** A count (人数, a 下限): a whole number of zero or more; 2.5 or -1 is invalid (请输入不小于0的整数). */
export function readCount(text: string): NumberInput {
  const n = readNonNegative(text);
  return n.kind === "number" && !Number.isInteger(n.value) ? { kind: "invalid" } : n;
}

/** A percent typed in a "(%)" field: "2", "2%", "60.5" → 2, 2, 60.5 (percent points, not fractions). */
export function readPercent(text: string): NumberInput {
  return readNonNegative(text.trim().replace(/[%％]$/, ""));
}

/** Percent points as a fraction, exactly: 15 → 0.15, 33.33 → 0.3333. */
export function percentToFraction(points: number): number {
  return exact(points).dividedBy(100).toNumber();
}

/** Money shown as 20,000.00. */
export function formatMoney(amount: number): string {
  const [whole, fen] = exact(amount).toFixed(2).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fen}`;
}

/** A count shown as 8160 (no separators: report text writes counts plainly). */
export function formatCount(count: number): string {
  return String(count);
}

/** A message for a failure: the Error's message, or the thing itself as text. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
