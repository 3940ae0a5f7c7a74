/**
 * The ledger columns a range field can be filled from ("从台账填入"): each recognised ledger's data
 * rows in one column, named by sheet and field, as an address the calculators read.
 */
import { columnLetters } from "../blocks/a1";
import { sheetPrefix } from "../report/excelFormula";
import type { Detection } from "./detect";
import { fieldOf, schemaById } from "./schemas";

export interface ColumnChoice {
  sheet: string;
  /** The field's key in the ledger schema ("unionEstablished"). */
  field: string;
  label: string;
  labelEn: string;
  /** Cells without the sheet, for showing: "D5:D224". */
  cells: string;
  /** What the field is filled with: "'组织台账'!D5:D224". */
  address: string;
}

/**
 * The columns of every ledger with data rows whose field is one of `fields` (all fields when none
 * are given), in ledger then column order. Ledgers found without a sheet name are left out: their
 * cells cannot be addressed.
 */
export function columnChoices(
  detections: readonly Detection[],
  fields?: readonly string[]
): ColumnChoice[] {
  const choices: ColumnChoice[] = [];
  for (const d of detections) {
    if (d.sheetName === undefined || d.dataRows.end < d.dataRows.start) continue;
    const schema = schemaById(d.schemaId);
    const columns = Object.entries(d.columns).sort((a, b) => a[1] - b[1]);
    for (const [key, col] of columns) {
      if (fields && !fields.includes(key)) continue;
      const field = fieldOf(schema, key);
      if (!field) continue;
      const letters = columnLetters(col);
      const cells = `${letters}${d.dataRows.start + 1}:${letters}${d.dataRows.end + 1}`;
      choices.push({
        sheet: d.sheetName,
        field: key,
        label: field.label,
        labelEn: field.labelEn,
        cells,
        address: `${sheetPrefix(d.sheetName)}${cells}`,
      });
    }
  }
  return choices;
}
