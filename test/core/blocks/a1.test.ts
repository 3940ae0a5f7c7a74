import fc from "fast-check";
import {
  anchorBeside,
  cellAddress,
  columnIndex,
  columnLetters,
  isCellAddress,
  isRangeAddress,
  offsetCell,
  offsetRange,
  parseCell,
  parseRange,
  splitSheet,
  topLeft,
} from "../../../src/core/blocks/a1";

describe("A1 helpers for results blocks", () => {
  it("turns column letters into indexes and back", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(columnIndex("xfd")).toBe(16383);
    expect(() => columnLetters(16384)).toThrow();
    expect(() => columnIndex("XFE")).toThrow();
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetters(i)) === i));
  });

  it("keeps the sheet prefix exactly as the host wrote it", () => {
    expect(splitSheet("'台账 2024'!G2:G221")).toEqual({ prefix: "'台账 2024'!", local: "G2:G221" });
    expect(splitSheet("Sheet1!H2")).toEqual({ prefix: "Sheet1!", local: "H2" });
    expect(splitSheet("台账!H2")).toEqual({ prefix: "台账!", local: "H2" });
    expect(splitSheet("'it''s'!A1")).toEqual({ prefix: "'it''s'!", local: "A1" });
    expect(splitSheet("H2")).toEqual({ prefix: "", local: "H2" });
    expect(() => splitSheet("my sheet!A1")).toThrow("单元格地址无效");
    expect(() => splitSheet("'a'b'!A1")).toThrow("单元格地址无效");
  });

  it("reads cells, ranges and whole columns, with or without $", () => {
    expect(parseRange("'台账 2024'!$G$2:$G$221")).toEqual({ prefix: "'台账 2024'!", start: { row: 1, col: 6 }, end: { row: 220, col: 6 } });
    expect(parseRange("C10:B2")).toEqual({ prefix: "", start: { row: 1, col: 1 }, end: { row: 9, col: 2 } });
    expect(parseRange("Sheet1!G:G").end.row).toBe(1_048_575);
    expect(parseCell("Sheet1!$H$2")).toEqual({ prefix: "Sheet1!", row: 1, col: 7 });
    expect(parseCell("H2:H2")).toEqual({ prefix: "", row: 1, col: 7 });
    expect(() => parseCell("H2:H3")).toThrow("应为一个单元格");
    for (const bad of ["", "3:5", "A", "A0", "=A1", "A1+B1", "SUM(A1)", "A1:B2:C3", 'HYPERLINK("x")']) {
      expect([bad, isRangeAddress(bad)]).toEqual([bad, false]);
    }
    expect(isCellAddress("Sheet1!I3")).toBe(true);
    expect(isCellAddress("Sheet1!I3:I4")).toBe(false);
  });

  it("offsets cells and ranges from an anchor, keeping the sheet", () => {
    expect(offsetCell("Sheet1!H2", 1, 1)).toBe("Sheet1!I3");
    expect(offsetCell("'台账 2024'!Z1", 0, 1)).toBe("'台账 2024'!AA1");
    expect(offsetRange("Sheet1!H2", 2, 1, 3, 1)).toBe("Sheet1!I4:I6");
    expect(offsetRange("H2", 2, 1, 1, 1)).toBe("I4");
    expect(cellAddress("", 0, 0)).toBe("A1");
    expect(topLeft("'台账 2024'!$G$2:$H$9")).toBe("'台账 2024'!G2");
    expect(topLeft("B7")).toBe("B7");
    expect(() => offsetCell("A1", -1, 0)).toThrow("超出");
  });

  it("puts a block two columns right of the data's top-right", () => {
    expect(anchorBeside(["Sheet1!G2:G221"])).toBe("Sheet1!I2");
    expect(anchorBeside(["'台账 2024'!G3:G221", "'台账 2024'!E2:E221", "'台账 2024'!F2:F221"])).toBe("'台账 2024'!I2");
    expect(anchorBeside(["Sheet1!G2:G221", "Other!Z1:Z9"])).toBe("Sheet1!I2");
    expect(anchorBeside(["Sheet1!G:G"])).toBe("Sheet1!I1");
    expect(() => anchorBeside([])).toThrow();
    expect(() => anchorBeside(["XFD1"])).toThrow("请指定写入位置");
  });
});
