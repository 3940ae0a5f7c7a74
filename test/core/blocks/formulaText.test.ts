import { figureArgument, numberArray, numberLiteral, rangeArgument, ratioText, stringLiteral } from "../../../src/core/blocks/formulaText";

describe("formula pieces", () => {
  it("escapes user text as a string literal, so it stays text", () => {
    expect(stringLiteral("人")).toBe('"人"');
    expect(stringLiteral('a"b')).toBe('"a"&CHAR(34)&"b"');
    expect(stringLiteral('=HYPERLINK("x")')).toBe('"=HYPERLINK("&CHAR(34)&"x"&CHAR(34)&")"');
    expect(stringLiteral("a\\b")).toBe('"a"&CHAR(92)&"b"');
    expect(stringLiteral("")).toBe('""');
  });

  it("spells numbers by their shortest decimal form", () => {
    expect(numberLiteral(0.02)).toBe("0.02");
    expect(numberLiteral(1000000)).toBe("1000000");
    expect(numberLiteral(2591637.1)).toBe("2591637.1");
    expect(numberArray([0.6, 0.2, 0.15, 0.05])).toBe("{0.6,0.2,0.15,0.05}");
    expect(() => numberLiteral(NaN)).toThrow();
    expect(ratioText(0.02)).toBe("2%");
    expect(ratioText(0.3333)).toBe("33.33%");
  });

  it("takes only real addresses as references, never text that would become a formula", () => {
    expect(rangeArgument(" '台账 2024'!G2:G221 ", "是否建会")).toBe("'台账 2024'!G2:G221");
    expect(() => rangeArgument("A1)+HYPERLINK(\"x\"", "是否建会")).toThrow("是否建会");
    expect(() => rangeArgument("=A1", "x")).toThrow();
    expect(figureArgument(8168, "合计")).toBe("8168");
    expect(figureArgument("Sheet1!C9", "合计")).toBe("Sheet1!C9");
  });
});
