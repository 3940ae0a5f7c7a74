/**
 * Plain cell values as a host hands them over: Excel custom functions, Office.js range reads
 * and file readers all reduce to these. Blank cells may arrive as null, undefined or "".
 */
export type CellValue = number | string | boolean | null | undefined;

/** A rectangular block of cells, rows first (the shape of Excel's `any[][]`). */
export type Grid = CellValue[][];

/** True for a cell that holds nothing: blanks are "not recorded", never 0 or 否. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
