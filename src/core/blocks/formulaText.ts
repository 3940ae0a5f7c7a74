/**
 * Pieces of the formulas a results block writes. User text (a unit word) enters a formula only as
 * an escaped string literal; names of levels and categories are written as cell values instead.
 */
import { valueError } from "../errors";
import { exact } from "../money";
import { textLiteral } from "../report/excelFormula";
import { parseRange } from "./a1";

/**
 * User text as a formula string expression, so it stays the text it is: `人` → `"人"`,
 * `a"b` → `"a"&CHAR(34)&"b"`, `=HYPERLINK("x")` → `"=HYPERLINK("&CHAR(34)&"x"&CHAR(34)&")"`. Quotes
 * go in as CHAR(34) rather than doubled (""), as everywhere in this project: every formula engine
 * reads CHAR(34), not every one reads "" (src/core/report/excelFormula.ts).
 */
export function stringLiteral(text: string): string {
  return textLiteral(text);
}

/**
 * A number as a formula literal, spelled by its shortest decimal form: 0.02 → "0.02",
 * 1000000 → "1000000". Not finite is refused: it has no spelling Excel reads.
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw valueError(`不是有效数字: ${value}`);
  return exact(value).toString();
}

/** A row array constant of numbers: [0.6, 0.4] → "{0.6,0.4}". */
export function numberArray(values: readonly number[]): string {
  return `{${values.map(numberLiteral).join(",")}}`;
}

/** A ratio as the explanation column shows it: 0.02 → "2%", 0.3333 → "33.33%". */
export function ratioText(ratio: number): string {
  return `${exact(ratio).times(100).toString()}%`;
}

/**
 * A range address as a formula argument: checked to be a plain A1 reference (so no text can smuggle
 * a formula in), then used exactly as the host spelled it.
 */
export function rangeArgument(address: string, field: string): string {
  try {
    parseRange(address);
  } catch {
    throw valueError(`${field}: "${address}" 不是有效的单元格区域`);
  }
  return address.trim();
}

/** A figure given either as a number or as a cell/range address: the literal or the reference. */
export function figureArgument(figure: number | string, field: string): string {
  return typeof figure === "number" ? numberLiteral(figure) : rangeArgument(figure, field);
}
