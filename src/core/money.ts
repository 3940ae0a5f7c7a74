import Decimal from "decimal.js-light";

/**
 * Exact decimal arithmetic for money. Binary floats cannot hold 20.15 exactly, so 20.15 × 50% done
 * in floats rounds to 10.07; we read every number by its shortest decimal spelling ("20.15") and
 * compute in decimal, so it rounds half-up to 10.08 as Excel's ROUND does.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

export function exact(value: number | string | Decimal): Decimal {
  return new Exact(value);
}

/** Half-up (away from zero) to `places` decimals; money uses 2 (fen). */
export function roundHalfUp(value: number | Decimal, places = 2): number {
  return exact(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

/** Exact sum of numbers, as a decimal (so 0.1 + 0.2 is 0.3). */
export function exactSum(values: readonly number[]): Decimal {
  return values.reduce<Decimal>((sum, v) => sum.plus(exact(v)), exact(0));
}

/** amount × ratio, exactly, rounded half-up to the fen. */
export function mulToFen(amount: number, ratio: number): number {
  return roundHalfUp(exact(amount).times(exact(ratio)));
}
