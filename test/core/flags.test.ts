import fc from "fast-check";
import { FLAG_NO_WORDS, FLAG_YES_WORDS, readFlag } from "../../src/core/flags";
import { CalcError } from "../../src/core/errors";

describe("readFlag", () => {
  it.each(["是", "已建", "已建会", "有", "√", "✓", "Y", "y", "YES", "yes", "TRUE", "true", "1", " 是 ", "\t已建\n"])("reads %j as yes", (word) => {
    expect(readFlag(word, "第1行")).toBe(true);
  });

  it.each(["否", "未建", "未建会", "无", "×", "✗", "N", "n", "NO", "no", "FALSE", "0", " 否 "])("reads %j as no", (word) => {
    expect(readFlag(word, "第1行")).toBe(false);
  });

  it("reads Excel booleans and the numbers 1 and 0", () => {
    expect(readFlag(true, "")).toBe(true);
    expect(readFlag(false, "")).toBe(false);
    expect(readFlag(1, "")).toBe(true);
    expect(readFlag(0, "")).toBe(false);
  });

  it("reads blanks as not recorded, never as no", () => {
    for (const blank of [null, undefined, "", "   ", "\t"]) expect(readFlag(blank, "")).toBeNull();
  });

  it("names the cell of an unknown word", () => {
    expect(() => readFlag("筹建中", "第7行")).toThrow("第7行: '筹建中' 不是是/否标记");
    expect(() => readFlag(2, "第3行")).toThrow(CalcError);
  });

  it("knows every word of the contract", () => {
    expect(FLAG_YES_WORDS).toEqual(expect.arrayContaining(["是", "已建", "已建会", "有", "√", "✓", "Y", "YES", "TRUE", "1"]));
    expect(FLAG_NO_WORDS).toEqual(expect.arrayContaining(["否", "未建", "未建会", "无", "×", "✗", "N", "NO", "FALSE", "0"]));
  });

  it("never throws anything but a CalcError, whatever the cell holds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.object()), (value) => {
        try {
          const flag = readFlag(value, "第1行");
          expect([true, false, null]).toContain(flag);
        } catch (error) {
          expect(error).toBeInstanceOf(CalcError);
        }
      }),
    );
  });
});

describe("error cells", () => {
  it("says a flag cell holds an error value", () => {
    expect(() => readFlag({ error: "#N/A" }, "B3")).toThrow("B3: 单元格含错误值");
  });
});
