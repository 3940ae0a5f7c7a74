/**
 * A standard ledger laid out as a clean Excel table: one header row of standard labels, number
 * formats per field, drop-down lists for flags and categories, the header frozen, and optionally
 * rows to start from (the sample's records). Built from the schema, so every ledger gets one.
 */
import type { CellValue } from "../grid";
import type { PlanCell, PlanValidation, SheetPlan } from "../sheetPlan";
import type { LedgerField, LedgerSchema } from "./schemas";

/** Rows the drop-downs and formats cover when the template starts empty. */
const EMPTY_ROWS = 200;

function widthOf(field: LedgerField): number {
  const label = [...field.label].length * 2 + 2;
  return field.type === "text" ? Math.max(label, 24) : Math.max(label, 10);
}

function listOf(field: LedgerField): string[] | null {
  if (field.type === "flag") return ["是", "否"];
  if (field.type === "category" && field.categories) return field.categories;
  return null;
}

/** An ASCII table name Excel accepts: letters, digits, underscores, starting with a letter. */
export function tableName(schema: LedgerSchema): string {
  return `UnionStats_${schema.id}`;
}

export function ledgerTemplatePlan(
  schema: LedgerSchema,
  rows: ReadonlyArray<Record<string, CellValue>> = []
): SheetPlan {
  const cells: PlanCell[] = schema.fields.map((field, col) => ({
    row: 0,
    col,
    value: field.label,
    bold: true,
  }));
  const bodyRows = Math.max(rows.length, 1);
  rows.forEach((record, r) =>
    schema.fields.forEach((field, col) => {
      const value = record[field.key];
      if (value === null || value === undefined || value === "") return;
      cells.push({
        row: r + 1,
        col,
        value,
        ...(field.numberFormat ? { numberFormat: field.numberFormat } : {}),
      });
    })
  );
  const span = Math.max(rows.length, EMPTY_ROWS);
  const validations: PlanValidation[] = [];
  schema.fields.forEach((field, col) => {
    const list = listOf(field);
    if (list) validations.push({ row: 1, col, rows: span, cols: 1, list });
  });
  return {
    cells,
    columnWidths: Object.fromEntries(schema.fields.map((f, col) => [col, widthOf(f)])),
    tables: [
      {
        name: tableName(schema),
        row: 0,
        col: 0,
        rows: bodyRows + 1,
        cols: schema.fields.length,
        style: "TableStyleMedium2",
      },
    ],
    validations,
    freeze: { rows: 1, cols: 0 },
  };
}
