/**
 * A1 addresses as plain data: parse "台账!B2:B221", "'My Sheet'!B2", "B2", "B:B", "3:5" into zero-based
 * rectangles and format them back. Pure: no Office.js, so it is tested without a host.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells, zero-based and inclusive, optionally on a named sheet. */
export interface CellRect {
  sheet?: string;
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

function invalid(address: string): Error {
  return new Error(`单元格地址无效: "${address}"`);
}

// Column letters are core's (one rule for every host): 0 → "A", 16383 → "XFD", and back.
export {
  columnLetters as columnToLetters,
  columnIndex as lettersToColumn,
} from "../core/blocks/a1";
import {
  columnLetters as columnToLetters,
  columnIndex as lettersToColumn,
} from "../core/blocks/a1";

// A name needs no quotes only when it is a plain identifier that Excel cannot mistake for a
// reference: "A1", "XFD9" and R1C1-style "R2C3", "R", "C" all look like cells, TRUE/FALSE like values.
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(R\d*(C\d*)?|C\d*)$/i;

/** Quotes a sheet name for a formula or address unless it is plainly safe; ' is doubled. CJK names are quoted. */
export function quoteSheetName(name: string): string {
  const plain =
    PLAIN_NAME.test(name) &&
    !LOOKS_LIKE_A1.test(name) &&
    !LOOKS_LIKE_R1C1.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function unquoteSheetName(text: string, address: string): string {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    const inner = text.slice(1, -1);
    // Inside quotes '' stands for one '; a lone ' is malformed.
    if (inner.replace(/''/g, "").includes("'")) throw invalid(address);
    const name = inner.replace(/''/g, "'");
    if (name === "") throw invalid(address);
    return name;
  }
  if (text.trim() === "" || text.includes("'")) throw invalid(address);
  return text.trim();
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string, address: string): Corner {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) throw invalid(address);
  const corner: Corner = {};
  if (m[1] !== undefined) corner.col = lettersToColumnOr(m[1], address);
  if (m[2] !== undefined) {
    const row = Number(m[2]);
    if (row < 1 || row > MAX_ROWS) throw invalid(address);
    corner.row = row - 1;
  }
  return corner;
}

function lettersToColumnOr(letters: string, address: string): number {
  try {
    return lettersToColumn(letters);
  } catch {
    throw invalid(address);
  }
}

/**
 * Parses an A1 address. Whole columns ("B:D") and whole rows ("3:5") become rectangles spanning the
 * sheet. Corners are put in order, as Excel does ("C10:B2" is B2:C10). Throws on anything else.
 */
export function parseAddress(address: string): CellRect {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  const sheet = bang >= 0 ? unquoteSheetName(text.slice(0, bang), address) : undefined;
  const local = (bang >= 0 ? text.slice(bang + 1) : text).trim();
  const parts = local.split(":");
  if (parts.length > 2) throw invalid(address);
  const a = parseCorner(parts[0], address);
  const b = parts.length === 2 ? parseCorner(parts[1], address) : a;
  const kind = (c: Corner) =>
    c.row !== undefined && c.col !== undefined ? "cell" : c.col !== undefined ? "col" : "row";
  if (kind(a) !== kind(b) || (parts.length === 1 && kind(a) !== "cell")) throw invalid(address);
  const rowA = a.row ?? 0;
  const rowB = b.row ?? MAX_ROWS - 1;
  const colA = a.col ?? 0;
  const colB = b.col ?? MAX_COLS - 1;
  const rect: CellRect = {
    startRow: Math.min(rowA, rowB),
    startCol: Math.min(colA, colB),
    endRow: kind(a) === "col" ? MAX_ROWS - 1 : Math.max(rowA, rowB),
    endCol: kind(a) === "row" ? MAX_COLS - 1 : Math.max(colA, colB),
  };
  if (kind(a) === "col") rect.startRow = 0;
  if (kind(a) === "row") rect.startCol = 0;
  return sheet === undefined ? rect : { sheet, ...rect };
}

/** True when the rectangle spans every row or every column (Excel returns no cell data for those). */
export function isUnbounded(rect: CellRect): boolean {
  return (
    (rect.startRow === 0 && rect.endRow === MAX_ROWS - 1) ||
    (rect.startCol === 0 && rect.endCol === MAX_COLS - 1)
  );
}

function checkRect(rect: CellRect): void {
  const ok =
    [rect.startRow, rect.startCol, rect.endRow, rect.endCol].every(Number.isInteger) &&
    rect.startRow >= 0 &&
    rect.startCol >= 0 &&
    rect.startRow <= rect.endRow &&
    rect.startCol <= rect.endCol &&
    rect.endRow < MAX_ROWS &&
    rect.endCol < MAX_COLS;
  if (!ok) throw new RangeError(`区域超出工作表范围: ${JSON.stringify(rect)}`);
}

/** Formats a rectangle as "B2", "B2:C10", "B:D" or "3:5", sheet-qualified when it names a sheet. */
export function formatAddress(rect: CellRect): string {
  checkRect(rect);
  const col = (c: number) => columnToLetters(c);
  let local: string;
  if (rect.startRow === 0 && rect.endRow === MAX_ROWS - 1) {
    local = `${col(rect.startCol)}:${col(rect.endCol)}`;
  } else if (rect.startCol === 0 && rect.endCol === MAX_COLS - 1) {
    local = `${rect.startRow + 1}:${rect.endRow + 1}`;
  } else {
    local = `${col(rect.startCol)}${rect.startRow + 1}`;
    if (rect.endRow !== rect.startRow || rect.endCol !== rect.startCol)
      local += `:${col(rect.endCol)}${rect.endRow + 1}`;
  }
  return rect.sheet === undefined ? local : `${quoteSheetName(rect.sheet)}!${local}`;
}

/** The address without its sheet, for Worksheet.getRange. */
export function localAddress(rect: CellRect): string {
  return formatAddress({ ...rect, sheet: undefined });
}

/** A rectangle of `rows` × `cols` cells whose top-left is `rows`/`cols` away from the anchor's top-left. */
export function offsetRect(
  anchor: CellRect,
  rowOffset: number,
  colOffset: number,
  rows = 1,
  cols = 1
): CellRect {
  if (rows < 1 || cols < 1) throw new RangeError(`区域大小无效: ${rows} 行 × ${cols} 列`);
  const rect: CellRect = {
    startRow: anchor.startRow + rowOffset,
    startCol: anchor.startCol + colOffset,
    endRow: anchor.startRow + rowOffset + rows - 1,
    endCol: anchor.startCol + colOffset + cols - 1,
  };
  checkRect(rect);
  return anchor.sheet === undefined ? rect : { sheet: anchor.sheet, ...rect };
}

/** Address of a `rows` × `cols` rectangle at an offset from an anchor address: rectAddress("台账!B2", 0, 0, 3, 2) → "'台账'!B2:C4". */
export function rectAddress(
  anchor: string,
  rowOffset: number,
  colOffset: number,
  rows: number,
  cols: number
): string {
  return formatAddress(offsetRect(parseAddress(anchor), rowOffset, colOffset, rows, cols));
}

/** Number of rows and columns in a rectangle. */
export function rectSize(rect: CellRect): { rows: number; cols: number } {
  return { rows: rect.endRow - rect.startRow + 1, cols: rect.endCol - rect.startCol + 1 };
}
