import fc from "fast-check";
import { exactSum, mulToFen, roundHalfUp } from "../../src/core/money";

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
