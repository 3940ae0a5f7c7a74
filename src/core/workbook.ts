import type { Grid } from "./grid";
import type { SheetPlan } from "./sheetPlan";

/**
 * What the task pane needs from a workbook. src/excel implements it over Office.js; tests use a
 * fake; a file-based host can implement it too. Addresses are A1 style, sheet-qualified where a
 * host returns them ("台账!B2:B221").
 */
export interface RangeData {
  /** Sheet-qualified address of the block read, e.g. "Sheet1!B2:B221". */
  address: string;
  values: Grid;
  numberFormats?: string[][];
}

export interface WorkbookHost {
  /** Reads the cells the user has selected. */
  readSelection(): Promise<RangeData>;
  /** Reads a range given by address ("Sheet1!B2:B10" or "B2:B10" on the active sheet). */
  readRange(address: string): Promise<RangeData>;
  /** True when every cell of the plan's rectangle at `anchor` is empty. */
  isAreaEmpty(anchor: string, rows: number, cols: number): Promise<boolean>;
  /** Writes a plan with its top-left at `anchor` (a single-cell address). Returns the address written. */
  writePlan(anchor: string, plan: SheetPlan): Promise<string>;
}
