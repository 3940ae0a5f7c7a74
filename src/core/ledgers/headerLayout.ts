/**
 * Reads the header cells of a printed form into columns. Forms put headers over one row or two: in a
 * two-row header a parent ("参保人数", "其中") is merged over sub-columns and the other headers are
 * merged down both rows. In cell values a merge shows only in its top-left cell, so merges are used
 * when the host gives them and inferred from the blanks when it does not.
 */
import type { CellValue, Grid } from "../grid";
import { isBlank } from "../grid";
import {
  cellText,
  compactText,
  headerUnit,
  isPartMarked,
  normaliseHeader,
  unitKind,
} from "./headerText";

export interface GridMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One header column, ready to be matched against a ledger's fields. */
export interface HeaderColumn {
  col: number;
  /** Normalised texts to try, best first: the sub label alone, then parent+sub, sub+parent. */
  candidates: string[];
  /** The header as shown, "参保人数/在职" for a sub-column. */
  display: string;
  unit: "money" | "count" | "ratio" | null;
  /** An "of which" column or a sub-column: matched after the others, in the context of its whole. */
  group?: { kind: "of-which"; wholeCol: number | null } | { kind: "parent"; parent: string };
}

/** Looks cells up through merges: a merged cell reads as its top-left cell. */
export class MergedGrid {
  private readonly owner = new Map<number, number>();
  private readonly maxCol: number;
  readonly width: number;

  constructor(
    readonly grid: Grid,
    readonly merges: readonly GridMerge[] = [],
    maxRow = 40,
    maxCol = 100
  ) {
    this.maxCol = maxCol;
    let width = 0;
    for (let r = 0; r < Math.min(grid.length, 200); r++)
      width = Math.max(width, grid[r]?.length ?? 0);
    this.width = Math.min(width, maxCol);
    merges.forEach((m, i) => {
      if (!(m.rows >= 1 && m.cols >= 1 && m.row >= 0 && m.col >= 0)) return;
      for (let r = m.row; r < Math.min(m.row + m.rows, maxRow); r++) {
        for (let c = m.col; c < Math.min(m.col + m.cols, maxCol); c++)
          this.owner.set(r * maxCol + c, i);
      }
    });
  }

  raw(row: number, col: number): CellValue {
    return this.grid[row]?.[col];
  }

  /** The merge a cell belongs to, or -1. */
  mergeOf(row: number, col: number): number {
    return col < this.maxCol ? (this.owner.get(row * this.maxCol + col) ?? -1) : -1;
  }

  value(row: number, col: number): CellValue {
    const m = this.mergeOf(row, col);
    if (m < 0) return this.raw(row, col);
    const merge = this.merges[m];
    return this.raw(merge.row, merge.col);
  }

  /** True for a cell covered by a merge that starts in an earlier column. */
  isMergeTail(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return m >= 0 && this.merges[m].col !== col;
  }
}

function looksNumeric(value: CellValue): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && /^[\s+-]*[\d,.]+%?\s*$/.test(value) && /\d/.test(value);
}

/**
 * A cell of form furniture rather than a header: "填报单位:东湖街道总工会", "单位:个、人". Headers hold a
 * colon only after "其中" or inside a bracketed legend.
 */
function isFormLine(value: CellValue): boolean {
  const text = compactText(value).replace(/\([^()]*\)/g, "");
  return text.includes(":") && !/^(其中|#)/.test(text);
}

function plainColumn(col: number, value: CellValue): HeaderColumn {
  return {
    col,
    candidates: [normaliseHeader(value)],
    display: cellText(value).replace(/\s+/g, " ").trim(),
    unit: unitKind(headerUnit(value)),
  };
}

/** Marks "其中:女职工" style columns as parts of the nearest unmarked column to their left. */
function markOfWhich(columns: HeaderColumn[], rawText: (c: number) => CellValue): void {
  let whole: number | null = null;
  for (const column of columns) {
    if (column.group) continue;
    if (isPartMarked(rawText(column.col))) column.group = { kind: "of-which", wholeCol: whole };
    else whole = column.col;
  }
}

/** Header columns of a one-row header at `row`. */
export function singleRowHeader(cells: MergedGrid, row: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < cells.width; c++) {
    if (cells.isMergeTail(row, c)) continue;
    const value = cells.value(row, c);
    if (isBlank(value)) continue;
    columns.push(plainColumn(c, value));
  }
  markOfWhich(columns, (c) => cells.value(row, c));
  return columns;
}

/**
 * Header columns of a two-row header at `row`, `row + 1`; null when the second row does not look
 * like sub-headers (it holds numbers, or no column has both a parent and a sub label).
 */
export function twoRowHeader(cells: MergedGrid, row: number): HeaderColumn[] | null {
  const sub = row + 1;
  const columns: HeaderColumn[] = [];
  let groups = 0;
  let parentCol = -1;
  for (let c = 0; c < cells.width; c++) {
    const subRaw = cells.raw(sub, c);
    if (looksNumeric(subRaw)) return null;
    const topMerge = cells.mergeOf(row, c);
    const mergedDown = topMerge >= 0 && topMerge === cells.mergeOf(sub, c);
    if (mergedDown && cells.isMergeTail(row, c)) continue;
    const top = cells.value(row, c);
    if (isFormLine(top)) return null;
    const below = mergedDown ? null : cells.value(sub, c);
    if (isBlank(below) || (cells.isMergeTail(sub, c) && !mergedDown)) {
      parentCol = -1;
      if (!isBlank(top) && !cells.isMergeTail(row, c)) columns.push(plainColumn(c, top));
      continue;
    }
    let parent: CellValue = top;
    if (isBlank(top)) {
      // Without merges a parent shows only over its first sub-column: carry it along the group.
      parent = parentCol >= 0 ? cells.value(row, parentCol) : null;
    } else if (!cells.isMergeTail(row, c)) {
      parentCol = c;
    }
    if (isBlank(parent)) {
      columns.push(plainColumn(c, below));
      continue;
    }
    groups++;
    const p = normaliseHeader(parent);
    const s = normaliseHeader(below);
    const ofWhich = p === "其中" || isPartMarked(parent);
    columns.push({
      col: c,
      candidates: ofWhich ? [s] : [s, p + s, s + p],
      display: `${cellText(parent).replace(/\s+/g, " ").trim()}/${cellText(below).replace(/\s+/g, " ").trim()}`,
      unit: unitKind(headerUnit(below)) ?? unitKind(headerUnit(parent)),
      group: ofWhich ? { kind: "of-which", wholeCol: null } : { kind: "parent", parent: p },
    });
  }
  if (groups === 0) return null;
  // An "of which" group belongs to the nearest plain column before it.
  let whole: number | null = null;
  for (const column of columns) {
    if (!column.group) whole = column.col;
    else if (column.group.kind === "of-which") column.group = { kind: "of-which", wholeCol: whole };
  }
  markOfWhich(columns, (c) => cells.value(row, c));
  return columns;
}
