import { basicValueOf, isBlank, isDataTypeRecord } from "./grid";
import { valueError } from "./errors";
import { describePosition, type Where, whereText } from "./position";

/**
 * Where the cell being read sits in its range. One per range, moved from cell to cell: the words
 * that name it ("职工人数 第7行") are made only when a message needs them, so a million-cell range
 * pays neither for a million strings nor for a million objects.
 */
class Cursor {
  row = 0;
  col = 0;

  constructor(
    private readonly shape: { rows: number; cols: number },
    private readonly label?: string
  ) {}

  get where(): string {
    return describePosition(this.row, this.col, this.shape, this.label);
  }
}

/**
 * A range argument read in place, as Excel hands it over: a scalar, or rows of cells (a ragged
 * row reads as padded with blanks). Cells are taken row by row by their index.
 */
class RangeArg {
  readonly rows: readonly unknown[];
  readonly cols: number;
  readonly size: number;
  readonly cursor: Cursor;

  constructor(arg: unknown, label?: string) {
    this.rows = Array.isArray(arg) ? arg : [[arg]];
    let width = 0;
    for (const row of this.rows) width = Math.max(width, Array.isArray(row) ? row.length : 1);
    this.cols = width;
    this.size = this.rows.length * width;
    this.cursor = new Cursor({ rows: this.rows.length, cols: width }, label);
  }

  /** The value of cell `i`, with the cursor moved onto it. */
  at(i: number): unknown {
    const r = this.cols === 1 ? i : Math.floor(i / this.cols);
    const c = i - r * this.cols;
    this.cursor.row = r;
    this.cursor.col = c;
    const row = this.rows[r];
    return Array.isArray(row) ? row[c] : c === 0 ? row : null;
  }
}

/**
 * Visits every cell of a range, row by row. `at` names the cell for a message while it is
 * visited (it moves on with the next cell, so it is read, never kept).
 */
export function eachCell(
  arg: unknown,
  label: string,
  visit: (value: unknown, at: Where) => void
): void {
  const range = new RangeArg(arg, label);
  for (let i = 0; i < range.size; i++) visit(range.at(i), range.cursor);
}

/**
 * Visits two ranges side by side (flags beside employees, members beside employees). They must
 * hold the same number of cells; a row and a column of equal length pair by position.
 */
export function eachPair(
  a: unknown,
  b: unknown,
  labelA: string,
  labelB: string,
  visit: (valueA: unknown, valueB: unknown, atA: Where, atB: Where) => void
): void {
  const left = new RangeArg(a, labelA);
  const right = new RangeArg(b, labelB);
  if (left.size !== right.size) {
    throw valueError(`${labelA}与${labelB}的单元格数不一致（${left.size} 对 ${right.size}）`);
  }
  for (let i = 0; i < left.size; i++) visit(left.at(i), right.at(i), left.cursor, right.cursor);
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
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw valueError(`${prefix(where)}不是有效数字`);
  }
  if (isBlank(value)) return null;
  if (typeof value === "string") {
    const text = value
      .trim()
      .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    if (NUMERIC_TEXT.test(text)) {
      const plain = text.replace(/,/g, "");
      return plain.endsWith("%") ? Number(plain.slice(0, -1)) / 100 : Number(plain);
    }
  }
  if (isErrorValue(value)) {
    const basic = basicValueOf(value);
    if (basic !== value) return readNumber(basic, where);
    if (isDataTypeRecord(value))
      throw valueError(`${prefix(where)}单元格是数据类型（如实体），不是数字`);
    throw valueError(`${prefix(where)}单元格含错误值`);
  }
  throw valueError(`${prefix(where)}${quoteCell(value)} 不是数字`);
}

/** A count of organisations or people: a whole number, not negative. */
export function readCount(value: unknown, where: Where): number | null {
  const n = readNumber(value, where);
  if (n === null) return null;
  if (n < 0) throw valueError(`${prefix(where)}人数或个数不能为负数（${n}）`);
  if (!Number.isInteger(n)) throw valueError(`${prefix(where)}人数或个数应为整数（${n}）`);
  return n;
}

/** An amount of money in yuan, not negative. */
export function readAmount(value: unknown, where: Where): number | null {
  const n = readNumber(value, where);
  if (n === null) return null;
  if (n < 0) throw valueError(`${prefix(where)}金额不能为负数（${n}）`);
  return n;
}

/** A ratio between 0 and 1 (20% or 0.2). */
export function readRatio(value: unknown, where: Where): number | null {
  const n = readNumber(value, where);
  if (n === null) return null;
  if (n < 0 || n > 1) throw valueError(`${prefix(where)}比例应在0到100%之间（${n}）`);
  return n;
}

/** A scalar argument that must be present: blank is #VALUE! naming the field. */
export function required<T>(
  reader: (value: unknown, where: Where) => T | null,
  value: unknown,
  field: string
): T {
  const n = reader(value, field);
  if (n === null) throw valueError(`${field}: 不能为空`);
  return n;
}

/** An optional scalar argument: omitted or blank takes the default. */
export function optional<T>(
  reader: (value: unknown, where: Where) => T | null,
  value: unknown,
  field: string,
  fallback: T
): T {
  return reader(value, field) ?? fallback;
}
