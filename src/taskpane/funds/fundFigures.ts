import { totalMinusParts } from "../../core/checks";
import { allocateFund, splitFund } from "../../core/funds";
import { ExactTotal } from "../../core/money";
import { eachCell, readAmount } from "../../core/read";
import type { Grid } from "../../core/grid";
import { EMPTY, type Figure } from "../shared/figure";
import { formatMoney, messageOf } from "../shared/numbers";

/** Σ of a payroll range, reading each cell as an amount (an unreadable cell is named in the error). */
export function sumPayroll(values: Grid): number {
  const sum = new ExactTotal();
  eachCell(values, "工资总额", (value, at) => {
    const a = readAmount(value, at);
    if (a !== null) sum.add(a);
  });
  return sum.toNumber();
}

export interface FundFigures {
  allocation: Figure;
  /** One per level, in order. */
  shares: Figure[];
  /** The check that the shares add back to the allocation: true when they do. */
  check: { kind: "empty" } | { kind: "ok" } | { kind: "differ"; diff: string };
}

/**
 * 计提经费 = payroll × rate to the fen; each upper level's share rounded half-up to the fen and the
 * grassroots union given the remainder (core's splitFund), then checked with core's totalMinusParts.
 */
export function fundFigures(
  payroll: number | undefined,
  rate: number | undefined,
  levels: number,
  fractions: number[] | undefined
): FundFigures {
  const blank: FundFigures = {
    allocation: EMPTY,
    shares: Array.from({ length: levels }, () => EMPTY),
    check: { kind: "empty" },
  };
  if (payroll === undefined || rate === undefined) return blank;
  let allocation: number;
  try {
    allocation = allocateFund(payroll, rate);
  } catch (error) {
    return {
      ...blank,
      allocation: { kind: "error", message: messageOf(error) },
    };
  }
  const result: FundFigures = {
    ...blank,
    allocation: { kind: "value", text: formatMoney(allocation) },
  };
  if (fractions === undefined) return result;
  try {
    const parts = splitFund(allocation, fractions);
    const diff = totalMinusParts(allocation, [parts]);
    return {
      allocation: result.allocation,
      shares: parts.map((p) => ({ kind: "value", text: formatMoney(p) })),
      check: diff === 0 ? { kind: "ok" } : { kind: "differ", diff: formatMoney(diff) },
    };
  } catch (error) {
    return {
      ...result,
      shares: result.shares.map(() => ({
        kind: "error",
        message: messageOf(error),
      })),
    };
  }
}
