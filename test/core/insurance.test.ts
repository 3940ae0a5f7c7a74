import { premiumTotal } from "../../src/core/insurance";

describe("premiumTotal (互助保费)", () => {
  it("sums count × price per category, to the fen", () => {
    // 在职 4040 × 50, 退休 688 × 50, 安康 1262 × 15, 特种 2170 × 15
    expect(premiumTotal([[4040, 688, 1262, 2170]], [[50, 50, 15, 15]])).toBe(4040 * 50 + 688 * 50 + 1262 * 15 + 2170 * 15);
    expect(premiumTotal([[3]], [[20.15]])).toBe(60.45);
  });

  it("skips a blank count and refuses a count without a price", () => {
    expect(premiumTotal([["", 2]], [["", 15]])).toBe(30);
    expect(() => premiumTotal([[2, 3]], [[15, ""]])).toThrow("单价 第2列: 有参保人数但缺少单价");
  });
});
