/**
 * Addresses between the pane's A1 text ("'组织台账'!B2:B221", 0-based positions in core) and ET's
 * 1-based Range calls. Parsing is core's (one rule for every host); sheet names come back unquoted.
 */
import { cellAddress, parseRange, type RangePosition, rangeAddress } from "../core/blocks/a1";
import { sheetPrefix } from "../core/report/excelFormula";

export interface SheetRange extends RangePosition {
  /** The sheet named in the address; undefined for "B2:C10" (the active sheet). */
  sheet?: string;
}

/** "'组织台账'!" → "组织台账", "Sheet1!" → "Sheet1", "" → undefined. */
function unquote(prefix: string): string | undefined {
  if (prefix === "") return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export function parseSheetRange(address: string): SheetRange {
  const range = parseRange(address);
  return { ...range, sheet: unquote(range.prefix) };
}

/** A block's local address for Worksheet.Range: (0,0) 3×2 → "A1:B3", one cell → "A1". */
export function localBlock(top: number, left: number, rows = 1, cols = 1): string {
  if (rows === 1 && cols === 1) return cellAddress("", top, left);
  return rangeAddress("", { row: top, col: left }, { row: top + rows - 1, col: left + cols - 1 });
}

/** The sheet-qualified address the pane shows and reads back: "'组织台账'!A1:F10". */
export function sheetBlock(sheet: string, top: number, left: number, rows = 1, cols = 1): string {
  return rangeAddress(
    sheetPrefix(sheet),
    { row: top, col: left },
    { row: top + Math.max(rows, 1) - 1, col: left + Math.max(cols, 1) - 1 }
  );
}
