import { buildSampleWorkbook, type SampleSheet } from "../../src/core/ledgers/sample";
import type { Grid } from "../../src/core/grid";
import { formatAddress } from "../../src/excel/address";
import { FakeExcel } from "./fakeExcel";

/** The sample street union's workbook, laid into a fake Excel: values and merged areas. */
export function sampleExcel(excel = new FakeExcel()): { excel: FakeExcel; sample: SampleSheet[] } {
  const sample = buildSampleWorkbook();
  for (const s of sample) {
    const sheet = excel.addSheet(s.name);
    sheet.fill(
      "A1",
      s.grid.map((row) => row.map((v) => (v === null || v === undefined ? "" : v)))
    );
    for (const m of s.merges ?? [])
      sheet.merges.push(
        formatAddress({
          startRow: m.row,
          startCol: m.col,
          endRow: m.row + m.rows - 1,
          endCol: m.col + m.cols - 1,
        })
      );
  }
  excel.activeSheet = sample[0].name;
  return { excel, sample };
}

/** A grid as Excel reads it back: blanks as "", without trailing empty rows and columns. */
export function asRead(grid: Grid): Grid {
  const cells = grid.map((row) => row.map((v) => (v === null || v === undefined ? "" : v)));
  let rows = 0;
  let cols = 0;
  cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "") {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    })
  );
  return cells
    .slice(0, rows)
    .map((row) => Array.from({ length: cols }, (_, c) => (c < row.length ? row[c] : "")));
}

/** Every cell of every sheet, to compare before and after. */
export function snapshot(excel: FakeExcel): string {
  return JSON.stringify(
    [...excel.sheets.values()].map((s) => [
      s.name,
      [...s.cells.entries()],
      s.merges,
      [...s.columnWidths],
      [...s.rowHeights],
    ])
  );
}
