import { HyperFormula } from "hyperformula";
import {
  cellRef,
  columnRange,
  localRef,
  sheetPrefix,
  textArray,
  textLiteral,
} from "../../../../src/core/report/excelFormula";

/**
 * The formula pieces the report splices text and references with: what each builds for an ordinary
 * and an awkward input, and what a formula engine reads back from a text literal.
 */
const engineValue = (formula: string) =>
  HyperFormula.buildFromArray([[`=${formula}`]], { licenseKey: "gpl-v3" }).getCellValue({
    sheet: 0,
    row: 0,
    col: 0,
  });
/** The lengths of the "…" literals a text expression is joined from. */
const literals = (expr: string) => expr.split("&").filter((p) => p.startsWith('"'));

describe("textLiteral", () => {
  it("writes plain text as one literal, and empty text as an empty one", () => {
    expect(textLiteral("东湖街道")).toBe('"东湖街道"');
    expect(textLiteral("")).toBe('""');
  });

  it("writes quotes and backslashes as CHAR(34) and CHAR(92), with no empty literals around them", () => {
    expect(textLiteral('a"b')).toBe('"a"&CHAR(34)&"b"');
    expect(textLiteral('"')).toBe("CHAR(34)");
    expect(textLiteral("\\")).toBe("CHAR(92)");
    expect(textLiteral('"甲\\')).toBe('CHAR(34)&"甲"&CHAR(92)');
    expect(engineValue(textLiteral('说"好"\\'))).toBe('说"好"\\');
  });

  it("cuts text longer than 255 characters into literals of at most 255", () => {
    expect(textLiteral("a".repeat(255))).toBe(`"${"a".repeat(255)}"`);
    expect(literals(textLiteral("a".repeat(511))).map((l) => l.length - 2)).toEqual([255, 255, 1]);
    expect(engineValue(textLiteral("字".repeat(600)))).toBe("字".repeat(600));
  });

  it("never cuts between the halves of a surrogate pair, at either end of the high-surrogate range", () => {
    for (const pair of ["\ud800\udc00", "\udbff\udfff", "😀"]) {
      const text = "a".repeat(254) + pair + "b";
      expect(literals(textLiteral(text)).map((l) => l.length - 2)).toEqual([254, 3]);
    }
    // A pair that ends exactly at the cut stays whole in the first literal.
    expect(literals(textLiteral("a".repeat(253) + "😀" + "b")).map((l) => l.length - 2)).toEqual([
      255, 1,
    ]);
    // Just below the surrogates (U+D7FF) is an ordinary character: cut at 255.
    expect(literals(textLiteral("a".repeat(254) + "\ud7ffb")).map((l) => l.length - 2)).toEqual([
      255, 1,
    ]);
    // Just above the high surrogates (a low surrogate, U+DC00) is not the start of a pair: cut at 255.
    expect(literals(textLiteral("a".repeat(254) + "\udc00b")).map((l) => l.length - 2)).toEqual([
      255, 1,
    ]);
    // A text that ends at the limit is not cut, whatever its last unit.
    expect(literals(textLiteral("a".repeat(254) + "\ud800")).map((l) => l.length - 2)).toEqual([
      255,
    ]);
  });
});

describe("references", () => {
  it("quotes every sheet name, doubling its apostrophes", () => {
    expect(sheetPrefix("台账")).toBe("'台账'!");
    expect(sheetPrefix("it's o'k")).toBe("'it''s o''k'!");
  });

  it("builds absolute ranges and cells from 0-based rows and columns", () => {
    expect(columnRange("组织 台账", 2, 4, 223)).toBe("'组织 台账'!$C$5:$C$224");
    expect(columnRange("台账", 27, 0, 0)).toBe("'台账'!$AB$1:$AB$1");
    expect(cellRef("台账", 2, 4)).toBe("'台账'!$C$5");
    expect(cellRef("台账", 0, 1048575)).toBe("'台账'!$A$1048576");
    expect(localRef(1, 2)).toBe("B3");
  });

  it("refuses a row that is not a whole row of the sheet, naming it", () => {
    const message = (row: number) => `行号无效（应为工作表内的整数）：${row}`;
    expect(() => columnRange("台账", 0, -1, 3)).toThrow(message(-1));
    expect(() => columnRange("台账", 0, 0, 1048576)).toThrow(message(1048576));
    expect(() => columnRange("台账", 0, 1.5, 3)).toThrow(message(1.5));
    expect(() => cellRef("台账", 0, -1)).toThrow(RangeError);
    expect(() => localRef(0, 2.5)).toThrow(message(2.5));
  });
});

describe("textArray", () => {
  it("writes words as an array constant", () => {
    expect(textArray(["是", "Y"])).toBe('{"是","Y"}');
    expect(textArray([])).toBe("{}");
  });

  it("refuses a word with a quote", () => {
    expect(() => textArray(["是", 'a"b'])).toThrow("数组常量中的文字不能含引号");
    expect(() => textArray(['"'])).toThrow("数组常量中的文字不能含引号");
  });
});
