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

/**
 * Money in fen and ratios in millionths (2%, 0.5%, 60%, 0.125) are whole numbers, and whole numbers
 * below 2^53 are exact in floats: sums and products of such values are done that way, tens of
 * times faster than decimals, and give the same result. Anything else goes through decimals.
 */
const FEN = 100;
const PPM = 1_000_000;

/**
 * `value` as a whole number of 1/scale units (20.15 → 2015 fen), or null when it has more decimals
 * than that. Below 2^52/scale no two such decimals share a float, so the float means that decimal.
 */
function scaled(value: number, scale: number): number | null {
  if (!(Math.abs(value) < 2 ** 52 / scale)) return null;
  const units = Math.round(value * scale);
  // 20.15 × 100 is 2014.9999999999998: the test is that the units read back are the number itself.
  return units / scale === value ? units : null;
}

/** num ÷ den for whole numbers (den > 0), rounded half away from zero, exactly. */
function divideHalfUp(num: number, den: number): number {
  const rest = num % den;
  const quotient = (num - rest) / den;
  const rounded = Math.abs(rest) * 2 >= den ? quotient + Math.sign(num) : quotient;
  return rounded + 0; // decimals have no −0, and neither do we
}

/** Half-up (away from zero) to `places` decimals; money uses 2 (fen). */
export function roundHalfUp(value: number | Decimal, places = 2): number {
  // A number with no more decimals than asked for is already rounded.
  if (typeof value === "number" && scaled(value, 10 ** places) !== null) return value + 0;
  return exact(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

/** Exact sum of numbers, as a decimal (so 0.1 + 0.2 is 0.3). */
export function exactSum(values: readonly number[]): Decimal {
  const total = new ExactTotal();
  for (const v of values) total.add(v);
  return total.value;
}

/**
 * A running exact total, for sums over a million cells: amounts in whole fen are added as whole
 * numbers; the first other value (0.125, 1e300, a total past 2^53 fen) moves the total to decimals.
 * Either way the result is the exact decimal sum, without a decimal object per cell.
 */
export class ExactTotal {
  private fen = 0;
  private decimal: Decimal | null = null;

  add(value: number): void {
    if (this.decimal === null) {
      const fen = scaled(value, FEN);
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
      const fen = scaled(price, FEN);
      const product = fen === null ? NaN : count * fen;
      if (Number.isSafeInteger(product) && Number.isSafeInteger(this.fen + product)) {
        this.fen += product;
        return;
      }
    }
    this.decimal = this.value.plus(exact(count).times(exact(price)));
  }

  get value(): Decimal {
    return this.decimal ?? exact(this.fen).dividedBy(FEN);
  }

  /** The total as the float nearest to it. */
  toNumber(): number {
    return this.decimal === null ? this.fen / FEN + 0 : this.decimal.toNumber();
  }
}

/** amount × ratio, exactly, rounded half-up to the fen. */
export function mulToFen(amount: number, ratio: number): number {
  const fen = scaled(amount, FEN);
  const ppm = scaled(ratio, PPM);
  if (fen !== null && ppm !== null && Number.isSafeInteger(fen * ppm))
    return divideHalfUp(fen * ppm, PPM) / FEN;
  return roundHalfUp(exact(amount).times(exact(ratio)));
}

/** amount ÷ ratio (ratio > 0), exactly, rounded half-up to the fen: a base back from its share. */
export function divToFen(amount: number, ratio: number): number {
  const fen = scaled(amount, FEN);
  const ppm = scaled(ratio, PPM);
  if (fen !== null && ppm !== null && ppm > 0 && Number.isSafeInteger(fen * PPM))
    return divideHalfUp(fen * PPM, ppm) / FEN;
  return roundHalfUp(exact(amount).dividedBy(exact(ratio)));
}

/** Rounds yuan down to whole tens, exactly: the part of a wage below 10 yuan pays no dues. */
export function floorToTens(amount: number): number {
  const fen = scaled(amount, FEN);
  if (fen !== null && fen >= 0) return (fen - (fen % 1000)) / FEN;
  return exact(amount).dividedToIntegerBy(10).times(10).toNumber();
}

/** yuan → 万元 (ten thousands), exactly, rounded half-up to `places` decimals: 5,758,000 → 575.8. */
export function yuanToWan(amount: number, places = 2): number {
  const fen = scaled(amount, FEN);
  const units = fen === null || places > 6 ? NaN : fen * 10 ** places;
  if (Number.isSafeInteger(units)) return divideHalfUp(units, PPM) / 10 ** places;
  return roundHalfUp(exact(amount).dividedBy(10000), places);
}
