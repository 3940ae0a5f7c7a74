import type { Grid } from "./grid";
import type { PlanMerge, SheetPlan } from "./sheetPlan";

/** A whole worksheet as ledger detection reads it: its used range from A1, and its merged areas. */
export interface WorkbookSheet {
  name: string;
  grid: Grid;
  merges?: PlanMerge[];
  /** Cells with content left out of the grid because they lie far from everything else (first few). */
  farCells?: Array<{ row: number; col: number }>;
  /** How many cells were left out so (farCells lists only the first). */
  farCellCount?: number;
}

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
  /** Every worksheet, read from A1 to the end of its used range, with merged areas (0-based). */
  readSheets(): Promise<WorkbookSheet[]>;
  /**
   * Adds a sheet named `baseName`, or "baseName (2)"… when that is taken (never replacing a sheet),
   * writes the plan at A1 and shows the sheet. Returns the new sheet's name.
   */
  addSheetWithPlan(baseName: string, plan: SheetPlan): Promise<string>;
  /** A value kept in the workbook file (confirmed ledger mappings, the street's name and year). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Selects a range so the user sees it ("互助保障!H55"). */
  selectRange(address: string): Promise<void>;
}
