import fc from "fast-check";
import { allocateFund, baseFromShare, memberDues, shareOf, splitFund, splitFundCells } from "../../src/core/funds";
import { exactSum } from "../../src/core/money";

describe("union funds", () => {
  it("allocates 2% of payroll: 1,000,000.00 → 20,000.00", () => {
    expect(allocateFund(1000000)).toBe(20000);
    expect(allocateFund(1000000, 0.015)).toBe(15000);
    expect(allocateFund(20.15, "50%")).toBe(10.08);
  });

  it("seed: 20% of 2,591,637.10 remitted to the district = 518,327.42", () => {
    expect(shareOf(2591637.1, 0.2)).toBe(518327.42);
  });

  it("seed: 48,622.17 remitted at 20% → a base of 243,110.85", () => {
    expect(baseFromShare(48622.17, 0.2)).toBe(243110.85);
    expect(() => baseFromShare(100, 0)).toThrow("比例为0");
  });

  it("splits 20,000 at 60/40 into 12,000 and 8,000", () => {
    expect(splitFund(20000, [0.6, 0.4])).toEqual([12000, 8000]);
  });

  it("splits 1,000.10 at 60/25/15 into parts that add back to 1,000.10", () => {
    const parts = splitFund(1000.1, [0.6, 0.25, 0.15]);
    // rounding every part on its own gives 600.06 + 250.03 + 150.02 = 1,000.11
    expect(parts).toEqual([600.05, 250.03, 150.02]);
    expect(exactSum(parts).toNumber()).toBe(1000.1);
  });

  it("refuses ratios that do not add to 100%", () => {
    expect(() => splitFund(100, [0.6, 0.3])).toThrow("比例之和须为100%（现为90%）");
    expect(() => splitFundCells(100, [[0.6, "", 0.4, "x"]])).toThrow("比例 第4列: 'x' 不是数字");
  });

  it("takes ratios from a row or a column, skipping blanks", () => {
    expect(splitFundCells(20000, [[0.6], [""], [0.4]])).toEqual([12000, 8000]);
    expect(splitFundCells(20000, [["60%", "40%"]])).toEqual([12000, 8000]);
  });

  it("always adds back exactly to its amount, every upper share within half a fen", () => {
    const ratios = fc
      .array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 6 })
      .filter((w) => w.reduce((a, b) => a + b, 0) > 0)
      .map((weights) => {
        // basis points that add to exactly 10000
        const total = weights.reduce((a, b) => a + b, 0);
        const bp = weights.map((w) => Math.floor((w * 10000) / total));
        bp[0] += 10000 - bp.reduce((a, b) => a + b, 0);
        return bp.map((b) => b / 10000);
      });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), ratios, (fen, rs) => {
        const amount = fen / 100;
        const parts = splitFund(amount, rs);
        expect(parts).toHaveLength(rs.length);
        expect(exactSum(parts).toNumber()).toBe(amount);
        parts.slice(1).forEach((p, i) => expect(Math.abs(p - amount * rs[i + 1])).toBeLessThanOrEqual(0.005 + 1e-6));
      }),
    );
  });
});

describe("member dues (会费)", () => {
  it("charges 0.5% of the wage rounded down to 10 yuan: 5,678 → 28.35; 10 → 0.05", () => {
    expect(memberDues(5678)).toBe(28.35);
    expect(memberDues(10)).toBe(0.05);
    expect(memberDues(9.99)).toBe(0);
  });

  it("is always a multiple of 0.05 at the default rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (fen) => {
        const dues = memberDues(fen / 100);
        expect(Math.round(dues * 100) % 5).toBe(0);
      }),
    );
  });
});
