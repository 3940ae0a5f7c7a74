import fc from "fast-check";
import { parseCell } from "../../../src/core/blocks/a1";
import { defaultWriteAnchor, lastUsedColumn, sheetNameOf } from "../../../src/core/blocks/writeAnchor";
import { columnChoices, detectWithConfirmed, buildSampleWorkbook } from "../../../src/core/ledgers";
import type { Grid } from "../../../src/core/grid";

/** A ledger: a header row and `rows` data rows over `cols` columns, starting at A1. */
function ledger(rows: number, cols: number): Grid {
  return Array.from({ length: rows + 1 }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (r === 0 ? `列${c + 1}` : r * 10 + c))
  );
}

describe("defaultWriteAnchor", () => {
  it("goes right of the sheet's used range, one blank column between, at the top of the data", () => {
    // The ledger runs A:R; the block reads only D2:D10. Beside D it would land inside the ledger.
    const sheets = [{ name: "组织台账", grid: ledger(9, 18) }];
    expect(defaultWriteAnchor(sheets, ["'组织台账'!D2:D10"])).toBe("'组织台账'!T2");
    expect(defaultWriteAnchor(sheets, ["'组织台账'!D2:D10", "'组织台账'!F1:F10"])).toBe("'组织台账'!T1");
  });

  it("ignores trailing blanks, counts ragged rows, and reaches past a range wider than the data", () => {
    expect(lastUsedColumn([[1, null, ""], [null, null, null, 4, " "]])).toBe(3);
    expect(lastUsedColumn([])).toBe(-1);
    const sheets = [{ name: "Sheet1", grid: [[1, 2, null, null]] }];
    expect(defaultWriteAnchor(sheets, ["Sheet1!A1:B1"])).toBe("Sheet1!D1");
    expect(defaultWriteAnchor(sheets, ["Sheet1!A1:H1"])).toBe("Sheet1!J1");
  });

  it("finds the sheet however its name is quoted or cased, and looks only at that sheet", () => {
    const sheets = [
      { name: "Jo's 台账", grid: ledger(3, 5) },
      { name: "Other", grid: ledger(3, 30) },
    ];
    expect(sheetNameOf("'Jo''s 台账'!")).toBe("Jo's 台账");
    expect(sheetNameOf("")).toBeUndefined();
    expect(defaultWriteAnchor(sheets, ["'Jo''s 台账'!B2:B4", "Other!A1:A4"])).toBe("'Jo''s 台账'!G2");
    expect(defaultWriteAnchor([{ name: "SHEET1", grid: ledger(1, 2) }], ["sheet1!A2:A2"])).toBe("sheet1!D2");
  });

  it("says nothing when it cannot tell: no range, no sheet named, a sheet it does not know, no column left", () => {
    const sheets = [{ name: "Sheet1", grid: ledger(3, 3) }];
    expect(defaultWriteAnchor(sheets, [])).toBeUndefined();
    expect(defaultWriteAnchor(sheets, [undefined, "not an address"])).toBeUndefined();
    expect(defaultWriteAnchor(sheets, ["A1:A3"])).toBeUndefined();
    expect(defaultWriteAnchor(sheets, ["Missing!A1:A3"])).toBeUndefined();
    expect(defaultWriteAnchor(sheets, ["Sheet1!XFC1:XFC2"])).toBeUndefined();
  });

  it("never lands inside the used range or on a column next to it (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constant(null), fc.integer(), fc.constant("")), { maxLength: 12 }), {
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (grid, col, row) => {
          const letters = String.fromCharCode(65 + col);
          const anchor = defaultWriteAnchor([{ name: "S", grid }], [`S!${letters}${row + 1}:${letters}${row + 5}`]);
          const cell = parseCell(anchor!);
          const last = Math.max(lastUsedColumn(grid), col);
          expect(cell.col).toBe(last + 2);
          expect(cell.row).toBe(row);
          // Every cell of the grid at or right of the anchor's column minus one is blank.
          for (const line of grid)
            for (let c = cell.col - 1; c < line.length; c++) expect(line[c] === null || line[c] === "").toBe(true);
        }
      )
    );
  });
});

describe("columnChoices", () => {
  it("lists each recognised ledger's columns by sheet and field, with the data rows' address", () => {
    const sheets = buildSampleWorkbook();
    const detections = detectWithConfirmed(
      sheets.map((s) => ({ name: s.name, grid: s.grid, merges: s.merges })),
      []
    );
    const flags = columnChoices(detections, ["unionEstablished"]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ sheet: "组织台账", label: "是否建会", labelEn: "Union established" });
    expect(flags[0].address).toBe(`'组织台账'!${flags[0].cells}`);
    expect(flags[0].cells).toMatch(/^([A-Z]+)\d+:\1\d+$/);
    const all = columnChoices(detections);
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((c) => c.sheet)).size).toBeGreaterThan(3);
    expect(columnChoices([{ ...detections[0], sheetName: undefined }])).toEqual([]);
  });
});
