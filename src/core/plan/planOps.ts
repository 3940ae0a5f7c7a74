import { columnWidthPoints, type PlanCell, type SheetPlan } from "../sheetPlan";
import { MAX_COLS, MAX_ROWS } from "../blocks/a1";
import { cellInput, type CellInput } from "./cellInput";

/**
 * A SheetPlan turned into range operations, offsets relative to the anchor. Pure, so the grouping is
 * tested as data. Cells are grouped into rectangles the plan fully covers (a row's run of consecutive
 * columns, stacked with the same run on the rows below), so one 2-D assignment writes each rectangle
 * and no cell the plan does not mention is ever written: a 100,000-row table is one rectangle, not
 * 100,000 ranges.
 */
interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type PlanOp =
  | (Rect & { kind: "cells"; inputs: CellInput[][]; formats: string[][] })
  | (Rect & { kind: "bold" | "wrap" | "border"; value: boolean })
  | (Rect & { kind: "fontName"; name: string })
  | (Rect & { kind: "fontSize"; size: number })
  | (Rect & { kind: "align"; value: "Left" | "Center" | "Right" })
  | (Rect & { kind: "merge" })
  | (Rect & { kind: "columnWidth" | "rowHeight"; points: number });

/**
 * Excel column widths are in characters of the default font's widest digit (7 px for Calibri 11 and
 * for 等线 11) plus 5 px of padding, and the API sets them in points (0.75 pt per px at 96 dpi).
 * So 8.43 characters → 64 px → 48 pt, Excel's default column. Zero hides the column.
 */
export function charsToPoints(chars: number): number {
  return columnWidthPoints(chars);
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

/** Cells in row-major order, the last of duplicates winning. */
function indexCells(cells: PlanCell[]): Map<number, PlanCell> {
  const index = new Map<number, PlanCell>();
  for (const cell of cells) {
    // Beyond the sheet's last column the row-major key would alias a cell of the next row.
    if (
      !Number.isInteger(cell.row) ||
      !Number.isInteger(cell.col) ||
      cell.row < 0 ||
      cell.col < 0 ||
      cell.row >= MAX_ROWS ||
      cell.col >= MAX_COLS
    ) {
      throw new RangeError(`计划单元格位置无效: 行 ${cell.row}, 列 ${cell.col}`);
    }
    index.set(cell.row * MAX_COLS + cell.col, cell);
  }
  return new Map([...index.entries()].sort((a, b) => a[0] - b[0]));
}

interface Run {
  row: number;
  col: number;
  cols: number;
  key: string;
}

/** Runs of consecutive cells in a row sharing a key; cells whose key is undefined break runs. */
function rowRuns(
  index: Map<number, PlanCell>,
  keyOf: (cell: PlanCell) => string | undefined
): Run[] {
  const runs: Run[] = [];
  let last: Run | undefined;
  for (const cell of index.values()) {
    const key = keyOf(cell);
    if (key === undefined) continue;
    if (last && last.row === cell.row && last.col + last.cols === cell.col && last.key === key)
      last.cols++;
    else runs.push((last = { row: cell.row, col: cell.col, cols: 1, key }));
  }
  return runs;
}

/** Stacks a run onto the identical run of the row above: rectangles, in order of their top-left cell. */
function stackRuns(runs: Run[]): Array<Rect & { key: string }> {
  const open = new Map<string, Rect & { key: string }>();
  const rects: Array<Rect & { key: string }> = [];
  for (const run of runs) {
    const id = `${run.col}:${run.cols}:${run.key}`;
    const above = open.get(id);
    if (above && above.row + above.rows === run.row) above.rows++;
    else {
      const rect = { row: run.row, col: run.col, rows: 1, cols: run.cols, key: run.key };
      open.set(id, rect);
      rects.push(rect);
    }
  }
  return rects;
}

/** Consecutive indexes with the same size (column widths, row heights) as [start, count, size]. */
function sizeRuns(sizes: Record<number, number> | undefined): Array<[number, number, number]> {
  const entries = Object.entries(sizes ?? {})
    .map(([k, v]) => [Number(k), v] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const runs: Array<[number, number, number]> = [];
  for (const [i, size] of entries) {
    if (!Number.isInteger(i) || i < 0 || !Number.isFinite(size) || size < 0)
      throw new RangeError(`列宽或行高无效: ${i} → ${size}`);
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i && last[2] === size) last[1]++;
    else runs.push([i, 1, size]);
  }
  return runs;
}

/** The operations that render a plan: content first, then fonts and wrapping, merges, widths, heights. */
export function planOps(plan: SheetPlan): PlanOp[] {
  const index = indexCells(plan.cells);
  const ops: PlanOp[] = [];
  for (const rect of stackRuns(rowRuns(index, () => ""))) {
    const inputs: CellInput[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const cells = Array.from({ length: rect.cols }, (_, c) =>
        index.get((rect.row + r) * MAX_COLS + rect.col + c)!
      );
      inputs.push(cells.map(cellInput));
      formats.push(cells.map((cell) => cell.numberFormat ?? "General"));
    }
    ops.push({
      kind: "cells",
      row: rect.row,
      col: rect.col,
      rows: rect.rows,
      cols: rect.cols,
      inputs,
      formats,
    });
  }
  for (const kind of ["bold", "wrap"] as const) {
    const runs = rowRuns(index, (cell) =>
      cell[kind] === undefined ? undefined : String(cell[kind])
    );
    for (const { key, ...rect } of stackRuns(runs))
      ops.push({ kind, ...rect, value: key === "true" });
  }
  for (const { key, ...rect } of stackRuns(rowRuns(index, (cell) => cell.font?.name)))
    ops.push({ kind: "fontName", ...rect, name: key });
  const sizes = rowRuns(index, (cell) => (cell.font?.size ? String(cell.font.size) : undefined));
  for (const { key, ...rect } of stackRuns(sizes)) {
    const size = Number(key);
    if (!(size >= 1 && size <= 409)) throw new RangeError(`字号无效: ${key}`);
    ops.push({ kind: "fontSize", ...rect, size });
  }
  for (const { key, ...rect } of stackRuns(rowRuns(index, (cell) => cell.align)))
    ops.push({ kind: "align", ...rect, value: ALIGN[key as keyof typeof ALIGN] });
  const bordered = rowRuns(index, (cell) => (cell.border ? "1" : undefined));
  for (const { key, ...rect } of stackRuns(bordered))
    ops.push({ kind: "border", ...rect, value: key === "1" });
  for (const m of plan.merges ?? []) {
    if (
      ![m.row, m.col, m.rows, m.cols].every(Number.isInteger) ||
      m.row < 0 ||
      m.col < 0 ||
      m.rows < 1 ||
      m.cols < 1
    ) {
      throw new RangeError(`合并区域无效: ${JSON.stringify(m)}`);
    }
    ops.push({ kind: "merge", row: m.row, col: m.col, rows: m.rows, cols: m.cols });
  }
  for (const [col, cols, chars] of sizeRuns(plan.columnWidths)) {
    ops.push({ kind: "columnWidth", row: 0, col, rows: 1, cols, points: charsToPoints(chars) });
  }
  for (const [row, rows, points] of sizeRuns(plan.rowHeights)) {
    ops.push({ kind: "rowHeight", row, col: 0, rows, cols: 1, points });
  }
  return ops;
}
