/**
 * Sheet names in addresses: quoted the way Excel writes them ("'组织台账'!B2") and read back from
 * either form. The cell part is parsed by core's A1 helpers.
 */
import { parseRange, type RangePosition, rangeAddress } from "../core/blocks/a1";

const PLAIN = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|R\d*(C\d*)?|C\d*|TRUE|FALSE)$/i;

export function quoteSheet(name: string): string {
  return PLAIN.test(name) && !CELL_LIKE.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'组织台账'!" → "组织台账"; "" → undefined (the address names no sheet). */
export function sheetOfPrefix(prefix: string): string | undefined {
  if (prefix === "") return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export function parseSheetRange(address: string): { sheet?: string } & RangePosition {
  const range = parseRange(address);
  return { ...range, sheet: sheetOfPrefix(range.prefix) };
}

/** "组织台账", (0,0)…(9,5) → "'组织台账'!A1:F10". */
export function sheetRangeAddress(
  sheet: string,
  top: number,
  left: number,
  rows: number,
  cols: number
): string {
  return rangeAddress(
    `${quoteSheet(sheet)}!`,
    { row: top, col: left },
    { row: top + Math.max(rows, 1) - 1, col: left + Math.max(cols, 1) - 1 }
  );
}
