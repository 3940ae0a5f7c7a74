/**
 * A1 addresses for results blocks, kept as text: a host returns addresses already sheet-qualified
 * and quoted ("'台账 2024'!G2:G221"), and a block refers to them exactly so. These helpers split off
 * the sheet prefix unchanged, read and move the cell part, and put the prefix back.
 */
import { valueError } from "../errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface CellPosition {
  /** Zero-based row. */
  row: number;
  /** Zero-based column. */
  col: number;
}

export interface RangePosition {
  /** The sheet part with its "!", exactly as given ("'台账 2024'!"), or "" for an unqualified address. */
  prefix: string;
  start: CellPosition;
  end: CellPosition;
}

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(index: number): string {
  if (!isColIndex(index)) throw valueError(`列号超出范围: ${index}`);
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 0, "aa" → 26, "XFD" → 16383. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw valueError(`列标无效: "${letters}"`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLS) throw valueError(`列标超出范围: "${letters}"`);
  return n - 1;
}

function invalid(address: string): Error {
  return valueError(`单元格地址无效: "${address}"`);
}

/**
 * Splits "'台账 2024'!G2:G221" into its sheet prefix ("'台账 2024'!", kept as written) and the cell
 * part ("G2:G221"). The cell part never holds "!", so the last one ends the sheet name.
 */
export function splitSheet(address: string): { prefix: string; local: string } {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { prefix: "", local: text };
  const sheet = text.slice(0, bang);
  const quoted =
    sheet.length >= 2 &&
    sheet.startsWith("'") &&
    sheet.endsWith("'") &&
    !sheet.slice(1, -1).replace(/''/g, "").includes("'");
  const plain = sheet !== "" && !/['\s!]/.test(sheet) && !/[[\]:*?/\\]/.test(sheet);
  if (!quoted && !plain) throw invalid(address);
  return { prefix: `${sheet}!`, local: text.slice(bang + 1) };
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string, address: string): Corner {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) throw invalid(address);
  const corner: Corner = {};
  if (m[1] !== undefined) corner.col = columnIndex(m[1]);
  if (m[2] !== undefined) {
    const row = Number(m[2]);
    if (row < 1 || row > MAX_ROWS) throw invalid(address);
    corner.row = row - 1;
  }
  return corner;
}

/**
 * Reads "B2", "Sheet1!B2:C10", "'台账'!$G$2:$G$221" or a whole column "G:G". Corners are put in
 * order. Whole rows ("3:5") are refused: nothing here needs them.
 */
export function parseRange(address: string): RangePosition {
  const { prefix, local } = splitSheet(address);
  const parts = local.split(":");
  if (parts.length > 2 || local === "") throw invalid(address);
  const a = parseCorner(parts[0], address);
  const b = parts.length === 2 ? parseCorner(parts[1], address) : a;
  const isCell = (c: Corner) => c.row !== undefined && c.col !== undefined;
  const isColumn = (c: Corner) => c.row === undefined && c.col !== undefined;
  if (parts.length === 1 && !isCell(a)) throw invalid(address);
  if (!((isCell(a) && isCell(b)) || (parts.length === 2 && isColumn(a) && isColumn(b))))
    throw invalid(address);
  const rowA = a.row ?? 0;
  const rowB = b.row ?? MAX_ROWS - 1;
  return {
    prefix,
    start: { row: Math.min(rowA, rowB), col: Math.min(a.col!, b.col!) },
    end: { row: Math.max(rowA, rowB), col: Math.max(a.col!, b.col!) },
  };
}

/** A single cell: "B2" or "Sheet1!$B$2". */
export function parseCell(address: string): { prefix: string } & CellPosition {
  const range = parseRange(address);
  const { local } = splitSheet(address);
  if (
    local.includes(":") &&
    (range.start.row !== range.end.row || range.start.col !== range.end.col)
  ) {
    throw valueError(`应为一个单元格: "${address}"`);
  }
  return { prefix: range.prefix, ...range.start };
}

export function isRangeAddress(text: string): boolean {
  try {
    parseRange(text);
    return true;
  } catch {
    return false;
  }
}

export function isCellAddress(text: string): boolean {
  try {
    parseCell(text);
    return true;
  } catch {
    return false;
  }
}

/** A 0-based row inside Excel's sheet: a whole number, never text (so no caller can build a formula out of text). */
export function isRowIndex(row: unknown): row is number {
  return typeof row === "number" && Number.isInteger(row) && row >= 0 && row < MAX_ROWS;
}

/** A 0-based column inside Excel's sheet (A…XFD). */
export function isColIndex(col: unknown): col is number {
  return typeof col === "number" && Number.isInteger(col) && col >= 0 && col < MAX_COLS;
}

/** Throws unless (row, col) is a cell of a sheet: whole numbers within 1,048,576 rows × 16,384 columns. */
export function checkPosition(p: CellPosition): void {
  if (!isRowIndex(p.row) || !isColIndex(p.col)) throw valueError("区域超出工作表范围");
}

/** "Sheet1!" + (1, 8) → "Sheet1!I2". */
export function cellAddress(prefix: string, row: number, col: number): string {
  checkPosition({ row, col });
  return `${prefix}${columnLetters(col)}${row + 1}`;
}

/** "Sheet1!" + (1, 8)…(4, 8) → "Sheet1!I2:I5"; one cell gives "Sheet1!I2". */
export function rangeAddress(prefix: string, start: CellPosition, end: CellPosition): string {
  checkPosition(start);
  checkPosition(end);
  const first = `${columnLetters(start.col)}${start.row + 1}`;
  const last = `${columnLetters(end.col)}${end.row + 1}`;
  return `${prefix}${first}${first === last ? "" : `:${last}`}`;
}

/** The cell `rows` down and `cols` right of a cell address, with the same sheet prefix: ("Sheet1!H2", 1, 1) → "Sheet1!I3". */
export function offsetCell(address: string, rows: number, cols: number): string {
  const cell = parseCell(address);
  return cellAddress(cell.prefix, cell.row + rows, cell.col + cols);
}

/** A block of cells at offsets from an anchor cell: ("Sheet1!H2", 2, 1, 3, 1) → "Sheet1!I4:I6". */
export function offsetRange(
  anchor: string,
  row: number,
  col: number,
  rows: number,
  cols: number
): string {
  if (rows < 1 || cols < 1) throw valueError(`区域大小无效: ${rows} 行 × ${cols} 列`);
  const cell = parseCell(anchor);
  const start = { row: cell.row + row, col: cell.col + col };
  return rangeAddress(cell.prefix, start, { row: start.row + rows - 1, col: start.col + cols - 1 });
}

/**
 * Where a results block goes by default: `gap` columns right of the top-right of the data it reads
 * (so with the default gap of 2 one empty column stays between them), on the first range's sheet.
 * Ranges on other sheets are not looked at. "Sheet1!G2:G221" → "Sheet1!I2".
 */
export function anchorBeside(addresses: readonly string[], gap = 2): string {
  if (addresses.length === 0) throw valueError("没有数据区域，无法确定写入位置");
  const ranges = addresses.map(parseRange);
  const sheet = ranges[0].prefix;
  const same = ranges.filter((r) => r.prefix.toUpperCase() === sheet.toUpperCase());
  const right = Math.max(...same.map((r) => r.end.col));
  const top = Math.min(...same.map((r) => r.start.row));
  if (right + gap >= MAX_COLS) throw valueError("数据右侧已无空列，请指定写入位置");
  return cellAddress(sheet, top, right + gap);
}

/** The top-left cell of a range, with its sheet prefix: "Sheet1!G2:H9" → "Sheet1!G2". */
export function topLeft(address: string): string {
  const range = parseRange(address);
  return cellAddress(range.prefix, range.start.row, range.start.col);
}
