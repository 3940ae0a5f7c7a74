import { type CellValue, type Grid, isBlank } from "./grid";
import { valueError } from "./errors";
import { describePosition, type Where, whereText } from "./position";

/**
 * One cell of a range argument. The words that name it ("职工人数 第7行") are made only when a
 * message needs them: a million-cell range should not pay for a million strings.
 */
export class LocatedCell {
  constructor(
    readonly value: unknown,
    private readonly row: number,
    private readonly col: number,
    private readonly shape: { rows: number; cols: number },
    private readonly label?: string,
  ) {}

  get where(): string {
    return describePosition(this.row, this.col, this.shape, this.label);
  }
}

/** A range argument as a 2-D grid: a scalar becomes a 1×1 grid, a ragged row is padded with blanks. */
export function toGrid(arg: unknown): Grid {
  if (!Array.isArray(arg)) return [[arg as CellValue]];
  const rows = arg.map((row) => (Array.isArray(row) ? (row as CellValue[]) : [row as CellValue]));
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length); // no spread: ranges can hold a million rows
  return rows.map((r) => (r.length === width ? r : [...r, ...new Array<CellValue>(width - r.length).fill(null)]));
}

/** Every cell of a range, row by row, named for messages. */
export function cellsOf(arg: unknown, label?: string): LocatedCell[] {
  const grid = toGrid(arg);
  const shape = { rows: grid.length, cols: grid[0]?.length ?? 0 };
  const out: LocatedCell[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) out.push(new LocatedCell(row[c], r, c, shape, label));
  }
  return out;
}

/**
 * Two ranges read side by side (flags beside employees, members beside employees). They must hold
 * the same number of cells; a row and a column of equal length pair by position.
 */
export function pairCells(a: unknown, b: unknown, labelA: string, labelB: string): Array<[LocatedCell, LocatedCell]> {
  const left = cellsOf(a, labelA);
  const right = cellsOf(b, labelB);
  if (left.length !== right.length) {
    throw valueError(`${labelA}与${labelB}的单元格数不一致(${left.length} 对 ${right.length})`);
  }
  return left.map((cell, i) => [cell, right[i]]);
}

const FULL_WIDTH = /[０-９．，－＋％]/g;
const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$|^[+-]?\.\d+%?$/;

/** Host error values (Excel's CustomFunctions.Error, a formula engine's error cell) are objects. */
function isErrorValue(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

function quoteCell(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `'${String(value)}'`;
}

function prefix(at: Where): string {
  const where = whereText(at);
  return where ? `${where}: ` : "";
}

/**
 * Reads a number from a cell. Blank → null. Numbers typed as text are read as numbers, with
 * thousands separators, full-width digits and a trailing % ("20%" → 0.2), because ledgers pasted
 * from other systems hold them that way. Anything else is #VALUE! naming the cell.
 */
export function readNumber(value: unknown, where: Where): number | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw valueError(`${prefix(where)}不是有效数字`);
  }
  if (typeof value === "string") {
    const text = value
      .trim()
      .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    if (NUMERIC_TEXT.test(text)) {
      const plain = text.replace(/,/g, "");
      return plain.endsWith("%") ? Number(plain.slice(0, -1)) / 100 : Number(plain);
    }
  }
  if (isErrorValue(value)) throw valueError(`${prefix(where)}单元格含错误值`);
  throw valueError(`${prefix(where)}${quoteCell(value)} 不是数字`);
}

/** A count of organisations or people: a whole number, not negative. */
export function readCount(value: unknown, where: Where): number | null {
  const n = readNumber(value, where);
  if (n === null) return null;
  if (n < 0) throw valueError(`${prefix(where)}人数或个数不能为负数(${n})`);
  if (!Number.isInteger(n)) throw valueError(`${prefix(where)}人数或个数应为整数(${n})`);
  return n;
}

/** An amount of money in yuan, not negative. */
export function readAmount(value: unknown, where: Where): number | null {
  const n = readNumber(value, where);
  if (n === null) return null;
  if (n < 0) throw valueError(`${prefix(where)}金额不能为负数(${n})`);
  return n;
}

/** A ratio between 0 and 1 (20% or 0.2). */
export function readRatio(value: unknown, where: Where): number | null {
  const n = readNumber(value, where);
  if (n === null) return null;
  if (n < 0 || n > 1) throw valueError(`${prefix(where)}比例应在0到100%之间(${n})`);
  return n;
}

/** A scalar argument that must be present: blank is #VALUE! naming the field. */
export function required<T>(reader: (value: unknown, where: Where) => T | null, value: unknown, field: string): T {
  const n = reader(value, field);
  if (n === null) throw valueError(`${field}: 不能为空`);
  return n;
}

/** An optional scalar argument: omitted or blank takes the default. */
export function optional<T>(reader: (value: unknown, where: Where) => T | null, value: unknown, field: string, fallback: T): T {
  return reader(value, field) ?? fallback;
}
