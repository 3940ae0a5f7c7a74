import fc from "fast-check";
import Decimal from "decimal.js-light";
import {
  divToFen,
  exact,
  ExactTotal,
  exactSum,
  floorToTens,
  mulToFen,
  roundHalfUp,
  yuanToWan,
} from "../../src/core/money";

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
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_00 }),
        fc.integer({ min: 0, max: 10000 }),
        (fen, bp) => {
          const amount = fen / 100;
          const ratio = bp / 10000;
          const result = mulToFen(amount, ratio);
          expect(Math.abs(result - amount * ratio)).toBeLessThanOrEqual(0.005 + 1e-6);
          expect(Number.isInteger(Math.round(result * 100))).toBe(true);
        }
      )
    );
  });
});

/** The plain way to add exactly: one decimal per value. The fast total must agree with it. */
function decimalSum(values: readonly number[]): Decimal {
  return values.reduce<Decimal>((sum, v) => sum.plus(exact(v)), exact(0));
}

/**
 * Amounts in fen up to 2^53 fen (past the fast path's bound of 2^52/100 yuan, where two fen amounts
 * can share a float), ratios in millionths, and any float at all.
 */
const money = fc
  .oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -(2 ** 53), max: 2 ** 53 }))
  .map((fen) => fen / 100);
const ratio = fc.oneof(
  fc.integer({ min: 0, max: 1e6 }).map((ppm) => ppm / 1e6),
  fc.double({ min: 0, max: 1, noNaN: true })
);
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Results are compared as Object.is does, so a −0 where decimals give 0 would fail too. */
const roundedDecimal = (d: Decimal, places = 2) =>
  d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();

describe("whole-number fast paths give what decimals give", () => {
  it("amount × ratio to the fen", () => {
    fc.assert(
      fc.property(fc.oneof(money, anyFinite), fc.oneof(ratio, anyFinite), (a, r) => {
        expect(mulToFen(a, r)).toBe(roundedDecimal(exact(a).times(exact(r))));
      }),
      { numRuns: 2000 }
    );
    expect(mulToFen(2591637.1, 0.2)).toBe(518327.42);
    expect(mulToFen(-0.01, 0.2)).toBe(0);
  });

  it("amount ÷ ratio to the fen", () => {
    fc.assert(
      fc.property(
        fc.oneof(money, anyFinite),
        fc.oneof(ratio, anyFinite).filter((r) => r > 0),
        (a, r) => {
          expect(divToFen(a, r)).toBe(roundedDecimal(exact(a).dividedBy(exact(r))));
        }
      ),
      { numRuns: 2000 }
    );
    expect(divToFen(48622.17, 0.2)).toBe(243110.85);
  });

  it("whole tens of yuan, yuan in 万元, and rounding a number", () => {
    fc.assert(
      fc.property(fc.oneof(money, anyFinite), fc.integer({ min: 0, max: 10 }), (a, places) => {
        if (a >= 0)
          expect(floorToTens(a)).toBe(exact(a).dividedToIntegerBy(10).times(10).toNumber());
        expect(yuanToWan(a, places)).toBe(roundedDecimal(exact(a).dividedBy(10000), places));
        expect(roundHalfUp(a, places)).toBe(roundedDecimal(exact(a), places));
      }),
      { numRuns: 2000 }
    );
    expect(floorToTens(5679.99)).toBe(5670);
    expect(yuanToWan(5758000, 1)).toBe(575.8);
  });
});

describe("an exact running total", () => {
  it("adds amounts to the fen and beyond exactly, as decimals would", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(money, money, anyFinite)), (values) => {
        expect(exactSum(values).toString()).toBe(decimalSum(values).toString());
      })
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
        const expected = rows.reduce<Decimal>(
          (sum, [c, p]) => sum.plus(exact(c).times(exact(p))),
          exact(0)
        );
        expect(total.value.toString()).toBe(expected.toString());
      })
    );
    const total = new ExactTotal();
    total.addProduct(4040, 15.5);
    total.addProduct(3, 0.125);
    expect(total.value.toString()).toBe("62620.375");
  });
});

describe("the whole-number fast paths stay exact at their edges (hand-worked vectors)", () => {
  // 45035996273704.95 yuan is 4503599627370495 fen, just under 2^52: two of them and 3 fen more is
  // 9007199254740993 fen, one past 2^53, which no float holds (it reads back as …992).
  const nearHalfLimit = 45035996273704.95;

  it("a running total past 2^53 fen moves to decimals instead of losing the last fen", () => {
    const total = new ExactTotal();
    total.add(nearHalfLimit);
    total.add(nearHalfLimit);
    total.add(0.03);
    expect(total.value.toString()).toBe("90071992547409.93");
  });

  it("count × price past 2^53 fen moves to decimals too", () => {
    const total = new ExactTotal();
    total.add(nearHalfLimit);
    total.add(nearHalfLimit);
    total.addProduct(3, 0.01);
    expect(total.value.toString()).toBe("90071992547409.93");
  });

  it("count × price multiplies (1000 members at 0.10 yuan is 100 yuan)", () => {
    const total = new ExactTotal();
    total.addProduct(1000, 0.1);
    expect(total.toNumber()).toBe(100);
  });

  it("a product or quotient too large for exact floats is done in decimals", () => {
    // 22722060734214.6 × 0.75678 = 17195601122438.924988 → .92 (floats give .93).
    expect(mulToFen(22722060734214.6, 0.75678)).toBe(17195601122438.92);
    // 3185079000000 ÷ 0.256763 = 12404742895199.0746… → .07 (floats give .08).
    expect(divToFen(3185079000000, 0.256763)).toBe(12404742895199.07);
  });

  it("a base back from a negative or zero share: exact, or refused, never a silent NaN", () => {
    expect(divToFen(10, -0.5)).toBe(-20);
    expect(() => divToFen(10, 0)).toThrow();
  });

  it("amounts with more decimals than fen still round and convert", () => {
    expect(floorToTens(15.005)).toBe(10);
    expect(yuanToWan(12345.678)).toBe(1.23);
    expect(yuanToWan(12355.678)).toBe(1.24);
  });

  it("rounding a decimal gives a number, already-rounded or not", () => {
    expect(roundHalfUp(exact("1.23"))).toBe(1.23);
    expect(roundHalfUp(exact("1.235"))).toBe(1.24);
  });
});

describe("exact money at the edges of the whole-number path", () => {
  it("moves a running total to decimals before its fen pass 2^53, so the last fen is kept", () => {
    // Three amounts of 40,000,000,000,000.01 yuan: 12,000,000,000,000,003 fen is past 2^53, where
    // floats keep only every second whole number.
    const total = new ExactTotal();
    for (let i = 0; i < 3; i++) total.add(40_000_000_000_000.01);
    expect(total.value.toString()).toBe("120000000000000.03");
    const products = new ExactTotal();
    for (let i = 0; i < 3; i++) products.addProduct(1, 40_000_000_000_000.01);
    expect(products.value.toString()).toBe("120000000000000.03");
  });
});
