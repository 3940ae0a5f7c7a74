import fc from "fast-check";
import { CalcError } from "../../src/core/errors";
import { whereText } from "../../src/core/position";
import { eachCell, eachPair, readAmount, readCount, readNumber, readRatio } from "../../src/core/read";

describe("reading numbers from cells", () => {
  it("reads numbers, and numbers typed as text", () => {
    expect(readNumber(12.5, "")).toBe(12.5);
    expect(readNumber("  42 ", "")).toBe(42);
    expect(readNumber("1,234,567.89", "")).toBe(1234567.89);
    expect(readNumber("２０", "")).toBe(20);
    expect(readNumber("20%", "")).toBe(0.2);
    expect(readNumber("-3", "")).toBe(-3);
    expect(readNumber(".5", "")).toBe(0.5);
  });

  it("skips blanks", () => {
    for (const blank of [null, undefined, "", "  "]) expect(readNumber(blank, "第1行")).toBeNull();
  });

  it("names the cell of text that is not a number", () => {
    expect(() => readNumber("约20", "第7行")).toThrow("第7行: '约20' 不是数字");
    expect(() => readNumber("1,23", "第2行")).toThrow("第2行: '1,23' 不是数字");
    expect(() => readNumber(true, "第3行")).toThrow("第3行: TRUE 不是数字");
    expect(() => readNumber(NaN, "第4行")).toThrow("第4行: 不是有效数字");
    expect(() => readNumber(Infinity, "第4行")).toThrow(CalcError);
    expect(() => readNumber({ code: "#N/A" }, "第5行")).toThrow("第5行: 单元格含错误值");
  });

  it("refuses negative and fractional counts, negative amounts, ratios outside 0..1", () => {
    expect(() => readCount(-1, "第2行")).toThrow("第2行: 人数或个数不能为负数（-1）");
    expect(() => readCount(2.5, "第2行")).toThrow("应为整数");
    expect(readCount(0, "")).toBe(0);
    expect(() => readAmount(-0.01, "工资总额")).toThrow("工资总额: 金额不能为负数");
    expect(() => readRatio(1.2, "比例")).toThrow("比例: 比例应在0到100%之间");
    expect(readRatio("20%", "")).toBe(0.2);
  });

  it("never throws anything but a CalcError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer())), (value) => {
        try {
          const n = readNumber(value, "x");
          expect(n === null || Number.isFinite(n)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(CalcError);
        }
      }),
    );
  });
});

/** Every cell a visit sees, with the words that name it read while it is visited. */
function visited(arg: unknown, label = ""): Array<[unknown, string]> {
  const seen: Array<[unknown, string]> = [];
  eachCell(arg, label, (value, at) => seen.push([value, whereText(at)]));
  return seen;
}

describe("range arguments", () => {
  it("reads a scalar as one cell and pads ragged rows with blanks", () => {
    expect(visited(5)).toEqual([[5, ""]]);
    expect(visited([[1, 2], [3]]).map(([v]) => v)).toEqual([1, 2, 3, undefined]);
    expect(visited([])).toEqual([]);
  });

  it("names cells by row in a column, by column in a row, by both in a block", () => {
    expect(visited([[1], [2]]).map(([, w]) => w)).toEqual(["第1行", "第2行"]);
    expect(visited([[1, 2]]).map(([, w]) => w)).toEqual(["第1列", "第2列"]);
    expect(visited([[1, 2], [3, 4]], "人数")[3]).toEqual([4, "人数 第2行第2列"]);
  });

  it("pairs a row with a column of the same length, and refuses ranges of different sizes", () => {
    const pairs: Array<[unknown, unknown, string, string]> = [];
    eachPair([[1, 2]], [[3], [4]], "a", "b", (x, y, atX, atY) => pairs.push([x, y, whereText(atX), whereText(atY)]));
    expect(pairs).toEqual([
      [1, 3, "a 第1列", "b 第1行"],
      [2, 4, "a 第2列", "b 第2行"],
    ]);
    expect(() => eachPair([[1], [2]], [[1]], "会员人数", "职工人数", () => undefined)).toThrow("会员人数与职工人数的单元格数不一致（2 对 1）");
  });

  it("names the failing cell of a large range, wherever it is", () => {
    const column: unknown[][] = Array.from({ length: 100_000 }, () => [1]);
    column[76_543] = ["约20"];
    expect(() => eachCell(column, "会员人数", (value, at) => readNumber(value, at))).toThrow("会员人数 第76544行: '约20' 不是数字");
    const block = Array.from({ length: 1000 }, () => [1, 2, 3]);
    block[998][2] = -1 as never;
    expect(() => eachCell(block, "人数", (value, at) => readCount(value, at))).toThrow("人数 第999行第3列: 人数或个数不能为负数（-1）");
  });
});
