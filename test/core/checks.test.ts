import { totalMinusParts } from "../../src/core/checks";

describe("totalMinusParts (合计差额)", () => {
  it("seed: 参保人数 8168 stated, parts 4040+688+1262+2170 = 8160 → 8", () => {
    expect(totalMinusParts(8168, [[4040, 688, 1262, 2170]])).toBe(8);
  });

  it("is 0 when they agree, exactly, even for decimals", () => {
    expect(totalMinusParts(0.3, [[0.1], [0.2]])).toBe(0);
    expect(totalMinusParts(8160, [[4040, 688, 1262, 2170]])).toBe(0);
  });

  it("skips blank parts and names a part that is not a number", () => {
    expect(totalMinusParts(10, [[4, "", null, 6]])).toBe(0);
    expect(() => totalMinusParts(10, [[4], ["六"]])).toThrow("分项 第2行: '六' 不是数字");
  });
});
