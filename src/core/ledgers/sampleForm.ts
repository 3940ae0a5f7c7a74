/**
 * Lays a ledger out the way offices print it: a title merged across, a reporting-unit row, a header
 * of one or two rows (a parent merged over its sub-columns, the other headers merged down), a 序号
 * column, the data, a "合  计" row merged over its first columns, a footnote and a sign-off row.
 */
import type { CellValue, Grid } from "../grid";
import type { GridMerge } from "./headerLayout";

export interface FormColumn {
  label: string;
  /** Columns side by side with the same parent sit under one merged parent cell. */
  parent?: string;
  numberFormat?: string;
  width?: number;
}

export interface FormSpec {
  title: string;
  unitLine: string;
  unitRight?: string;
  /** The columns after 序号. */
  columns: FormColumn[];
  /** Print the column numbers (甲 乙 1 2 3 …) under the header. */
  numberingRow?: boolean;
  /** Data rows, without the 序号 column. */
  rows: CellValue[][];
  /** The totals row's figures, aligned with `columns`; its label is merged over 序号 and the first `totalsSpan − 1` columns. */
  totals?: CellValue[];
  totalsSpan?: number;
  footnote?: string;
  signOffDate?: string;
}

export interface SampleSheet {
  name: string;
  grid: Grid;
  merges?: GridMerge[];
  /** Number formats by column, for the data and totals rows. */
  columnFormats?: Record<number, string>;
  columnWidths?: Record<number, number>;
  /** Rows to draw in bold (title, header, totals). */
  boldRows?: number[];
  /** Where the table is: its first header row, first data row, and last row (the totals row). */
  table?: { header: number; data: number; end: number };
}

export function buildForm(name: string, spec: FormSpec): SampleSheet {
  const columns: FormColumn[] = [{ label: "序号", width: 6 }, ...spec.columns];
  const width = columns.length;
  const grid: Grid = [];
  const merges: GridMerge[] = [];
  const blankRow = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const push = (cells: CellValue[]): number => {
    const row = blankRow();
    cells.forEach((v, i) => (row[i] = v));
    grid.push(row);
    return grid.length - 1;
  };

  const title = push([spec.title]);
  merges.push({ row: title, col: 0, rows: 1, cols: width });
  const unitRow = blankRow();
  unitRow[0] = spec.unitLine;
  const split = Math.max(2, Math.floor(width / 2));
  merges.push({ row: grid.length, col: 0, rows: 1, cols: split });
  if (spec.unitRight) {
    const right = Math.max(split, width - 3);
    unitRow[right] = spec.unitRight;
    if (width - right > 1)
      merges.push({ row: grid.length, col: right, rows: 1, cols: width - right });
  }
  grid.push(unitRow);

  const twoRows = columns.some((c) => c.parent);
  const top = blankRow();
  const sub = blankRow();
  const headerRow = grid.length;
  for (let c = 0; c < width; c++) {
    const column = columns[c];
    if (!twoRows) {
      top[c] = column.label;
    } else if (!column.parent) {
      top[c] = column.label;
      merges.push({ row: headerRow, col: c, rows: 2, cols: 1 });
    } else {
      sub[c] = column.label;
      if (columns[c - 1]?.parent !== column.parent) {
        top[c] = column.parent;
        let span = 1;
        while (columns[c + span]?.parent === column.parent) span++;
        if (span > 1) merges.push({ row: headerRow, col: c, rows: 1, cols: span });
      }
    }
  }
  grid.push(top);
  if (twoRows) grid.push(sub);
  const boldRows = [title, headerRow, ...(twoRows ? [headerRow + 1] : [])];

  if (spec.numberingRow) push(["甲", "乙", ...columns.slice(2).map((_, i) => i + 1)]);
  const dataStart = grid.length;
  spec.rows.forEach((cells, i) => push([i + 1, ...cells]));

  if (spec.totals) {
    const span = spec.totalsSpan ?? 2;
    const row = push(["合  计", ...spec.totals.map((v, i) => (i + 1 < span ? null : v))]);
    if (span > 1) merges.push({ row, col: 0, rows: 1, cols: span });
    boldRows.push(row);
  }
  const table = { header: headerRow, data: dataStart, end: grid.length - 1 };
  if (spec.footnote) {
    const row = push([spec.footnote]);
    merges.push({ row, col: 0, rows: 1, cols: width });
  }
  const quarter = Math.max(1, Math.floor(width / 4));
  const signOff = blankRow();
  signOff[0] = "工会主席:";
  signOff[quarter] = "审核人:";
  signOff[2 * quarter] = "制表:";
  signOff[Math.min(width - 1, 3 * quarter)] = `填报日期:${spec.signOffDate ?? "2025年1月10日"}`;
  grid.push(signOff);

  const columnFormats: Record<number, string> = {};
  const columnWidths: Record<number, number> = {};
  columns.forEach((c, i) => {
    if (c.numberFormat) columnFormats[i] = c.numberFormat;
    columnWidths[i] =
      c.width ?? Math.max(8, Math.min(24, c.label.replace(/\s/g, "").length * 2 + 2));
  });
  return { name, grid, merges, columnFormats, columnWidths, boldRows, table };
}
