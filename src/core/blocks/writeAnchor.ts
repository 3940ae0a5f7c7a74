/**
 * Where a results block goes when the user names no cell: on the sheet of the data it reads, in the
 * first empty columns right of that sheet's used range, one blank column between. Being right of the
 * whole used range keeps it out of every ledger on the sheet (a block placed right of the picked
 * columns alone lands inside the ledger when the ledger has more columns).
 */
import type { Grid } from "../grid";
import { isBlank } from "../grid";
import { MAX_COLS, cellAddress, parseRange, splitSheet } from "./a1";

/** A sheet as far as placement cares: its name and its cells from A1. */
export interface PlacementSheet {
  name: string;
  grid: Grid;
}

/** "'台账 2024'!" → "台账 2024"; "Sheet1!" → "Sheet1"; "" → undefined (no sheet named). */
export function sheetNameOf(prefix: string): string | undefined {
  if (prefix === "") return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** The 0-based index of the last column holding anything, or -1 for an empty grid. */
export function lastUsedColumn(grid: Grid): number {
  let last = -1;
  for (const row of grid) {
    for (let c = row.length - 1; c > last; c--) {
      if (!isBlank(row[c])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/**
 * The cell a block goes to by default, or undefined when it cannot be told (no sheet-qualified data
 * range, a sheet not in `sheets`, no column left): the caller then offers a new sheet or asks for a
 * cell. Row: the top of the data read on that sheet. Column: two right of the last used column of the
 * sheet (or of the data, when a range reaches further), so one empty column stays between.
 */
export function defaultWriteAnchor(
  sheets: readonly PlacementSheet[],
  sources: ReadonlyArray<string | undefined>
): string | undefined {
  const ranges = sources.flatMap((address) => {
    if (address === undefined) return [];
    try {
      return [parseRange(address)];
    } catch {
      return [];
    }
  });
  const first = ranges[0];
  if (!first) return undefined;
  const name = sheetNameOf(first.prefix);
  if (name === undefined) return undefined;
  const sheet = sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  if (!sheet) return undefined;
  const same = ranges.filter((r) => sheetNameOf(r.prefix)?.toUpperCase() === name.toUpperCase());
  const right = Math.max(lastUsedColumn(sheet.grid), ...same.map((r) => r.end.col));
  const top = Math.min(...same.map((r) => r.start.row));
  const col = right + 2;
  if (col >= MAX_COLS) return undefined;
  return cellAddress(splitSheet(`${first.prefix}A1`).prefix, top, col);
}
