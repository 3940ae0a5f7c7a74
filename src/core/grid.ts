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

/**
 * The plain value behind a data-typed cell. The functions metadata allows custom data for `any` arguments
 * (allowCustomDataForDataTypeAny), so Excel passes a formatted number or an entity as an object with a
 * basicValue and basicType (Excel.CellValue). A formatted number reads as its number, an empty value as blank;
 * an entity's basic value is an error (basicType "Error"), which stays an object, so the readers report the cell.
 * Anything that is not such an object is returned as it is.
 */
export function basicValueOf(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !("basicValue" in value)) return value;
  const { basicValue, basicType } = value as { basicValue: unknown; basicType?: unknown };
  if (basicType === "Error") return value;
  return typeof basicValue === "number" ||
    typeof basicValue === "string" ||
    typeof basicValue === "boolean"
    ? basicValue
    : value;
}

/** An entity or another data type whose basic value is an error: a cell that holds a record, not a value. */
export function isDataTypeRecord(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { type, basicType } = value as { type?: unknown; basicType?: unknown };
  return basicType === "Error" && typeof type === "string" && type !== "Error";
}
