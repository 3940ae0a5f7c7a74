import fc from "fast-check";
import Decimal from "decimal.js-light";
import { exact, ExactTotal, exactSum, mulToFen, roundHalfUp } from "../../src/core/money";

describe("exact money", () => {
  it("rounds 20.15 × 50% half-up to 10.08, where floats give 10.07", () => {
    expect(Math.round(20.15 * 0.5 * 100) / 100).toBe(10.07); // the trap this module exists for
    expect(mulToFen(20.15, 0.5)).toBe(10.08);
  });

  it("rounds half away from zero, as Excel's ROUND does", () => {
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(2.675)).toBe(2.68);
    expect(roundHalfUp(-1.005)).toBe(-1.01);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(95.45, 1)).toBe(95.5);
  });

  it("sums exactly", () => {
    expect(exactSum([0.1, 0.2]).toNumber()).toBe(0.3);
    expect(exactSum([]).toNumber()).toBe(0);
  });

  it("a product rounded to the fen is never more than half a fen away from the float product", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 0, max: 10000 }), (fen, bp) => {
        const amount = fen / 100;
        const ratio = bp / 10000;
        const result = mulToFen(amount, ratio);
        expect(Math.abs(result - amount * ratio)).toBeLessThanOrEqual(0.005 + 1e-6);
        expect(Number.isInteger(Math.round(result * 100))).toBe(true);
      }),
    );
  });
});

/** The plain way to add exactly: one decimal per value. The fast total must agree with it. */
function decimalSum(values: readonly number[]): Decimal {
  return values.reduce<Decimal>((sum, v) => sum.plus(exact(v)), exact(0));
}

describe("an exact running total", () => {
  const money = fc.integer({ min: -1e12, max: 1e12 }).map((fen) => fen / 100);
  const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it("adds amounts to the fen and beyond exactly, as decimals would", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(money, money, anyFinite)), (values) => {
        expect(exactSum(values).toString()).toBe(decimalSum(values).toString());
      }),
    );
  });

  it("moves to decimals for a value with more than two decimals, and past 2^53 fen", () => {
    expect(exactSum([0.1, 0.125, 0.2]).toString()).toBe("0.425");
    expect(exactSum([9e13, 9e13, 0.01]).toString()).toBe("180000000000000.01");
    expect(exactSum([1e300, 1]).toString()).toBe(decimalSum([1e300, 1]).toString());
  });

  it("adds count × price exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1e7), fc.oneof(money, anyFinite))), (rows) => {
        const total = new ExactTotal();
        for (const [count, price] of rows) total.addProduct(count, price);
        const expected = rows.reduce<Decimal>((sum, [c, p]) => sum.plus(exact(c).times(exact(p))), exact(0));
        expect(total.value.toString()).toBe(expected.toString());
      }),
    );
    const total = new ExactTotal();
    total.addProduct(4040, 15.5);
    total.addProduct(3, 0.125);
    expect(total.value.toString()).toBe("62620.375");
  });
});
