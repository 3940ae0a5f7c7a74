import fc from "fast-check";
import {
  type CellRect,
  columnToLetters,
  formatAddress,
  isUnbounded,
  lettersToColumn,
  localAddress,
  MAX_COLS,
  MAX_ROWS,
  offsetRect,
  parseAddress,
  quoteSheetName,
  rectAddress,
} from "../../src/excel/address";

describe("column letters", () => {
  it("maps the edges of the alphabet and the sheet", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnToLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(lettersToColumn("xfd")).toBe(16383);
  });

  it("round-trips every column A..XFD", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_COLS - 1 }),
        (i) => lettersToColumn(columnToLetters(i)) === i
      )
    );
  });

  it("rejects columns outside the sheet", () => {
    expect(() => columnToLetters(16384)).toThrow("列号超出范围: 16384");
    expect(() => columnToLetters(-1)).toThrow("列号超出范围: -1");
    expect(() => lettersToColumn("XFE")).toThrow('列标超出范围: "XFE"');
    expect(() => lettersToColumn("A1")).toThrow('列标无效: "A1"');
  });
});

describe("parseAddress", () => {
  it("reads sheet-qualified, quoted and bare addresses", () => {
    expect(parseAddress("Sheet1!B2:B10")).toEqual({
      sheet: "Sheet1",
      startRow: 1,
      startCol: 1,
      endRow: 9,
      endCol: 1,
    });
    expect(parseAddress("'My Sheet'!B2")).toEqual({
      sheet: "My Sheet",
      startRow: 1,
      startCol: 1,
      endRow: 1,
      endCol: 1,
    });
    expect(parseAddress("B2")).toEqual({ startRow: 1, startCol: 1, endRow: 1, endCol: 1 });
    expect(parseAddress("台账!$B$2:$C$221")).toEqual({
      sheet: "台账",
      startRow: 1,
      startCol: 1,
      endRow: 220,
      endCol: 2,
    });
    expect(parseAddress("'Bob''s'!a1").sheet).toBe("Bob's");
    expect(parseAddress("'a!b'!A1").sheet).toBe("a!b");
  });

  it("puts corners in order, as Excel does", () => {
    expect(parseAddress("C10:B2")).toEqual({ startRow: 1, startCol: 1, endRow: 9, endCol: 2 });
  });

  it("reads whole columns and rows as sheet-spanning rectangles", () => {
    expect(parseAddress("B:D")).toEqual({
      startRow: 0,
      startCol: 1,
      endRow: MAX_ROWS - 1,
      endCol: 3,
    });
    expect(parseAddress("3:5")).toEqual({
      startRow: 2,
      startCol: 0,
      endRow: 4,
      endCol: MAX_COLS - 1,
    });
    expect(isUnbounded(parseAddress("台账!B:B"))).toBe(true);
    expect(isUnbounded(parseAddress("B2:B10"))).toBe(false);
  });

  it.each([
    "",
    "!A1",
    "A0",
    "A1048577",
    "XFE1",
    "A1:B2:C3",
    "B",
    "3",
    "A1:B",
    "'x!A1",
    "x'!A1",
    "'a'b'!A1",
    "A1,B2",
  ])("rejects %p", (text) => {
    expect(() => parseAddress(text)).toThrow(/单元格地址无效/);
  });
});

describe("quoteSheetName", () => {
  it("leaves plain identifiers bare and quotes everything else", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("_data")).toBe("_data");
    expect(quoteSheetName("台账")).toBe("'台账'");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("XFD100")).toBe("'XFD100'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("r")).toBe("'r'");
    expect(quoteSheetName("TRUE")).toBe("'TRUE'");
    expect(quoteSheetName("a-b")).toBe("'a-b'");
  });
});

describe("formatAddress", () => {
  it("writes cells, ranges, whole columns and whole rows", () => {
    expect(formatAddress({ startRow: 1, startCol: 1, endRow: 1, endCol: 1 })).toBe("B2");
    expect(formatAddress({ sheet: "台账", startRow: 1, startCol: 1, endRow: 220, endCol: 2 })).toBe(
      "'台账'!B2:C221"
    );
    expect(formatAddress(parseAddress("B:D"))).toBe("B:D");
    expect(formatAddress(parseAddress("Sheet1!3:5"))).toBe("Sheet1!3:5");
    expect(localAddress(parseAddress("'My Sheet'!B2:C3"))).toBe("B2:C3");
  });

  it("rejects rectangles off the sheet", () => {
    expect(() => formatAddress({ startRow: 0, startCol: 0, endRow: MAX_ROWS, endCol: 0 })).toThrow(
      RangeError
    );
    expect(() => formatAddress({ startRow: 2, startCol: 0, endRow: 1, endCol: 0 })).toThrow(
      RangeError
    );
  });

  // Valid Excel sheet names: 1–31 characters, none of []:*?/\, not starting or ending with '.
  const sheetName = fc
    .string({ unit: fc.constantFrom(..."ab Z_1'!台账-.é"), minLength: 1, maxLength: 31 })
    .filter((s) => !s.startsWith("'") && !s.endsWith("'") && s.trim() === s);
  const rect = fc
    .tuple(
      fc.nat(MAX_ROWS - 1),
      fc.nat(MAX_ROWS - 1),
      fc.nat(MAX_COLS - 1),
      fc.nat(MAX_COLS - 1),
      fc.option(sheetName, { nil: undefined })
    )
    .map(([r1, r2, c1, c2, sheet]): CellRect => {
      const rect = {
        startRow: Math.min(r1, r2),
        endRow: Math.max(r1, r2),
        startCol: Math.min(c1, c2),
        endCol: Math.max(c1, c2),
      };
      return sheet === undefined ? rect : { sheet, ...rect };
    });

  it("round-trips: parse(format(x)) = x", () => {
    fc.assert(
      fc.property(rect, (x) => expect(parseAddress(formatAddress(x))).toEqual(x)),
      { numRuns: 2000 }
    );
  });

  it("round-trips whole columns and rows too", () => {
    const whole = fc.tuple(fc.nat(MAX_COLS - 1), fc.nat(MAX_COLS - 1)).map(([a, b]) => ({
      startRow: 0,
      endRow: MAX_ROWS - 1,
      startCol: Math.min(a, b),
      endCol: Math.max(a, b),
    }));
    fc.assert(fc.property(whole, (x) => expect(parseAddress(formatAddress(x))).toEqual(x)));
  });
});

describe("offsets", () => {
  it("moves and sizes a rectangle from an anchor's top-left", () => {
    expect(rectAddress("台账!B2", 0, 0, 3, 2)).toBe("'台账'!B2:C4");
    expect(rectAddress("B2:Z99", 1, 1, 1, 1)).toBe("C3");
    expect(formatAddress(offsetRect(parseAddress("Sheet1!A1"), 4, 2))).toBe("Sheet1!C5");
  });

  it("refuses to leave the sheet", () => {
    expect(() => rectAddress("A1048576", 1, 0, 1, 1)).toThrow(RangeError);
    expect(() => rectAddress("XFD1", 0, 0, 1, 2)).toThrow(RangeError);
    expect(() => rectAddress("A1", 0, 0, 0, 1)).toThrow(RangeError);
  });
});
