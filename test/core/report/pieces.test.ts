import fc from "fast-check";
import { columnRange, sheetPrefix, textArray, textLiteral } from "../../../src/core/report/excelFormula";
import { freshSheetName } from "../../../src/core/report/freshSheetName";
import { fig, phraseFormula, phraseText, when } from "../../../src/core/report/phrase";
import { HyperFormula } from "hyperformula";

describe("formula pieces", () => {
  it("quotes sheet names always and doubles their apostrophes", () => {
    expect(sheetPrefix("台账")).toBe("'台账'!");
    expect(sheetPrefix("it's")).toBe("'it''s'!");
    expect(columnRange("组织 台账", 2, 4, 223)).toBe("'组织 台账'!$C$5:$C$224");
  });

  it("writes any text as a string expression that evaluates back to the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const engine = HyperFormula.buildFromArray([[`=${textLiteral(text)}`]], { licenseKey: "gpl-v3" });
        expect(engine.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(text);
        engine.destroy();
      }),
      { numRuns: 60 },
    );
  });

  it("refuses quotes inside array constants", () => {
    expect(textArray(["是", "Y"])).toBe('{"是","Y"}');
    expect(() => textArray(['a"b'])).toThrow();
  });
});

describe("phrases", () => {
  const values: Record<string, number> = { a: 58, t: 50, r: 1.16 };
  const lookup = { value: (k: string) => values[k], address: (k: string) => ({ a: "B2", t: "B3", r: "B4" })[k]! };

  it("renders the same sentence as text and as a formula", () => {
    const pieces = ["完成", fig("a", "int"), "家", when({ fig: "a", op: ">", than: { fig: "t" } }, [",超额完成"], [",未完成"]), ",完成率", fig("r", "pct")];
    expect(phraseText(pieces, lookup)).toBe("完成58家，超额完成，完成率116%");
    expect(phraseFormula(pieces, lookup)).toBe('="完成"&TEXT(B2,"0")&"家"&IF(B2>B3,"，超额完成","，未完成")&"，完成率"&TEXT(ROUND(B4*100,1),IF(MOD(ROUND(B4*100,1),1)=0,"0","0.0"))&"%"');
  });
});

describe("freshSheetName", () => {
  it("never takes a name in use, in any case", () => {
    expect(freshSheetName(["台账"])).toBe("报告草稿");
    expect(freshSheetName(["报告草稿", "报告草稿 (2)"])).toBe("报告草稿 (3)");
    expect(freshSheetName(["Report"], "report")).toBe("report (2)");
  });
});
