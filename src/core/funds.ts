import { divZeroError, valueError } from "./errors";
import { divToFen, ExactTotal, floorToTens, mulToFen, roundHalfUp } from "./money";
import { eachCell, optional, readAmount, readRatio, required } from "./read";

/** 工会法 Art. 43: 2% of the monthly total payroll. */
export const DEFAULT_FUND_RATE = 0.02;
/** Member dues: 0.5% of the basic wage. */
export const DEFAULT_DUES_RATE = 0.005;

/** 计提经费 = payroll × rate, to the fen. */
export function allocateFund(payroll: unknown, rate?: unknown): number {
  const base = required(readAmount, payroll, "工资总额");
  const r = optional(readRatio, rate, "计提比例", DEFAULT_FUND_RATE);
  return mulToFen(base, r);
}

/** 上缴金额 = amount × ratio, to the fen. */
export function shareOf(amount: unknown, ratio: unknown): number {
  const a = required(readAmount, amount, "金额");
  const r = required(readRatio, ratio, "比例");
  return mulToFen(a, r);
}

/**
 * 经费分成: each upper level's share is rounded half-up to the fen; the grassroots union (the
 * first ratio) gets the remainder, so the parts always add back exactly to the amount.
 */
export function splitFund(amount: number, ratios: readonly number[]): number[] {
  if (ratios.length === 0) throw valueError("比例: 至少需要一个比例");
  const total = new ExactTotal();
  for (const r of ratios) total.add(r);
  if (Math.abs(total.toNumber() - 1) > 1e-9) {
    throw valueError(`比例之和须为100%（现为${roundHalfUp(total.value.times(100), 4)}%）`);
  }
  const upper = ratios.slice(1).map((r) => mulToFen(amount, r));
  const grassroots = new ExactTotal();
  grassroots.add(amount);
  for (const share of upper) grassroots.add(-share);
  return [grassroots.toNumber(), ...upper];
}

/** SPLIT over cell arguments: the amount and a row or column of ratios (blank cells skipped). */
export function splitFundCells(amount: unknown, ratios: unknown): number[] {
  const a = required(readAmount, amount, "金额");
  const rs: number[] = [];
  eachCell(ratios, "比例", (value, at) => {
    const r = readRatio(value, at);
    if (r !== null) rs.push(r);
  });
  return splitFund(roundHalfUp(a), rs);
}

/** 反算基数: a remitted share and its ratio give the base, to the fen (48,622.17 at 20% → 243,110.85). */
export function baseFromShare(share: unknown, ratio: unknown): number {
  const s = required(readAmount, share, "上缴金额");
  const r = required(readRatio, ratio, "比例");
  if (r === 0) throw divZeroError("比例为0,无法反算基数");
  return divToFen(s, r);
}

/** 会费 = floor(wage ÷ 10) × 10 × rate: the part of the wage below 10 yuan is not charged. */
export function memberDues(wage: unknown, rate?: unknown): number {
  const w = required(readAmount, wage, "工资");
  const r = optional(readRatio, rate, "会费比例", DEFAULT_DUES_RATE);
  return mulToFen(floorToTens(w), r);
}
