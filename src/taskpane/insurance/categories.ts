import { cellAddress, parseRange } from "../../core/blocks/a1";
import type { Grid } from "../../core/grid";
import type { Strings } from "../../i18n";
import { type NumberInput, readCount, readNonNegative } from "../shared/numbers";

/** A row of the categories table as typed; `countRef` is the cell the count was read from, if any. */
export interface CategoryRow {
  id: number;
  name: string;
  countText: string;
  countRef?: string;
  priceText: string;
}

let nextId = 1;
export function categoryRow(name: string, countText = "", priceText = ""): CategoryRow {
  return { id: nextId++, name, countText, priceText };
}

/** 在职, 退休, 安康, 特种: the seed city's categories. Premiums are policy data, left for the user. */
export function defaultCategories(t: Strings): CategoryRow[] {
  return [
    categoryRow(t.categoryActive),
    categoryRow(t.categoryRetired),
    categoryRow(t.categoryWomen),
    categoryRow(t.categorySerious),
  ];
}

export interface CategoryInput {
  count: NumberInput;
  price: NumberInput;
}

export function readCategories(rows: readonly CategoryRow[]): CategoryInput[] {
  return rows.map((r) => ({
    count: readCount(r.countText),
    price: readNonNegative(r.priceText),
  }));
}

/**
 * Spreads a selection over the categories, one cell each in order (a row or a column of the ledger
 * whose cell count matches), keeping each cell's address so the block refers to it. Null when the
 * shapes differ.
 */
export function countsFromSelection(
  rows: readonly CategoryRow[],
  address: string,
  values: Grid
): CategoryRow[] | null {
  const range = parseRange(address);
  const cells: Array<{ ref: string; value: unknown }> = [];
  values.forEach((line, r) =>
    line.forEach((value, c) =>
      cells.push({
        ref: cellAddress(range.prefix, range.start.row + r, range.start.col + c),
        value,
      })
    )
  );
  if (cells.length !== rows.length) return null;
  return rows.map((row, i) => {
    const v = cells[i].value;
    return {
      ...row,
      countText: v === null || v === undefined ? "" : String(v),
      countRef: cells[i].ref,
    };
  });
}
