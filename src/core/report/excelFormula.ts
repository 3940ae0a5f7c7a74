/**
 * Pieces of portable Excel formulas (built-in functions only, so the draft computes the same in
 * Excel without the add-in, in WPS and in LibreOffice). Text that came from cells is never spliced
 * into a formula raw: it goes in as an escaped string literal, or the formula refers to its cell.
 */
import { isRowIndex } from "../blocks/a1";
import { columnLetters } from "../ledgers/cells";

/** Excel's most characters in one string literal of a formula. */
const LITERAL_MAX = 255;

/** Text cut into pieces of at most 255 characters, never between the halves of a surrogate pair. */
function literalPieces(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length || pieces.length === 0;) {
    let end = Math.min(text.length, at + LITERAL_MAX);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/**
 * A string expression for any text: `a"b` → `"a"&CHAR(34)&"b"`. Excel would also take `"a""b"`, but
 * not every engine does (nor a bare backslash), and CHAR(34) and CHAR(92) read the same everywhere.
 * Text longer than Excel's 255 characters a literal is joined from several literals with &.
 */
export function textLiteral(text: string): string {
  return text
    .split(/(["\\])/)
    .filter((part, i, all) => part !== "" || all.length === 1)
    .flatMap((part) =>
      part === '"'
        ? ["CHAR(34)"]
        : part === "\\"
          ? ["CHAR(92)"]
          : literalPieces(part).map((p) => `"${p}"`)
    )
    .join("&");
}

/** A sheet name as a formula prefix, always quoted: 台账 → '台账'!, it's → 'it''s'!. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** Throws unless `row` is a whole row number inside the sheet: a reference is never built from text. */
function rowNumber(row: number): number {
  if (!isRowIndex(row)) throw new RangeError(`行号无效（应为工作表内的整数）：${String(row)}`);
  return row + 1;
}

/** An absolute column range on a sheet: '台账'!$C$5:$C$224 (rows are 0-based here). */
export function columnRange(sheet: string, col: number, firstRow: number, lastRow: number): string {
  const letters = columnLetters(col);
  rowNumber(firstRow);
  rowNumber(lastRow);
  return `${sheetPrefix(sheet)}$${letters}$${firstRow + 1}:$${letters}$${lastRow + 1}`;
}

/** An absolute single-cell reference on a sheet. */
export function cellRef(sheet: string, col: number, row: number): string {
  return `${sheetPrefix(sheet)}$${columnLetters(col)}$${rowNumber(row)}`;
}

/** A relative reference to a cell on the same sheet (the report's own key-figure cells). */
export function localRef(col: number, row: number): string {
  return `${columnLetters(col)}${rowNumber(row)}`;
}

/** An array constant of strings: {"是","已建"}. Constants cannot hold expressions, so no quotes. */
export function textArray(words: readonly string[]): string {
  if (words.some((w) => w.includes('"'))) throw new Error("数组常量中的文字不能含引号");
  return `{${words.map((w) => `"${w}"`).join(",")}}`;
}
