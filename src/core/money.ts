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
  const total = new ExactTotal();
  for (const v of values) total.add(v);
  return total.value;
}

/** A number's size in whole fen, when it has at most two decimals (20.15 → 2015); else null. */
function wholeFen(value: number): number | null {
  const fen = Math.round(value * 100);
  // 20.15 × 100 is 2014.9999999999998: the test is that the fen read back is the number itself.
  return fen / 100 === value ? fen : null;
}

/**
 * A running exact total, for sums over a million cells. Counts and money have at most two
 * decimals, so they are added as whole fen, which a float holds exactly up to 2^53 fen (90 trillion
 * yuan); the first other value (0.125, 1e300, a total past 2^53) moves the total to decimals.
 * Either way the result is the exact decimal sum, without a decimal object per cell.
 */
export class ExactTotal {
  private fen = 0;
  private decimal: Decimal | null = null;

  add(value: number): void {
    if (this.decimal === null) {
      const fen = wholeFen(value);
      if (fen !== null && Number.isSafeInteger(this.fen + fen)) {
        this.fen += fen;
        return;
      }
      this.decimal = this.value;
    }
    this.decimal = this.decimal.plus(exact(value));
  }

  /** Adds count × price exactly (a head count times a premium per head). */
  addProduct(count: number, price: number): void {
    if (this.decimal === null && Number.isInteger(count)) {
      const fen = wholeFen(price);
      const product = fen === null ? NaN : count * fen;
      if (Number.isSafeInteger(product) && Number.isSafeInteger(this.fen + product)) {
        this.fen += product;
        return;
      }
    }
    this.decimal = this.value.plus(exact(count).times(exact(price)));
  }

  get value(): Decimal {
    return this.decimal ?? exact(this.fen).dividedBy(100);
  }
}

/** amount × ratio, exactly, rounded half-up to the fen. */
export function mulToFen(amount: number, ratio: number): number {
  return roundHalfUp(exact(amount).times(exact(ratio)));
}
