import type { Grid } from "../core/grid";
import type { PlanMerge } from "../core/sheetPlan";
import type { WorkbookSheet } from "../core/workbook";
import { localAddress, parseAddress } from "./address";
import { type ApiSupport, officeApiSupport } from "./apiSupport";
import { READ_BUDGET, ReadPacer } from "./readPacer";
import { READ_CELLS_PER_SYNC } from "./readRange";

export interface ReadSheetsOptions {
  /** Cells read per sync (see READ_CELLS_PER_SYNC). */
  cellsPerSync?: number;
  /** Merged areas need ExcelApi 1.13; without it sheets come back without `merges`. */
  supports?: ApiSupport;
}

interface SheetExtent {
  name: string;
  sheet: Excel.Worksheet;
  rows: number;
  cols: number;
  merges?: PlanMerge[];
}

/** Rows [row, row + rows) of one sheet, read in one sync with other pieces. */
interface Piece {
  sheet: number;
  row: number;
  rows: number;
}

/**
 * Every worksheet, in tab order, from A1 to the end of its used range (cells with values; formatting
 * alone does not count), so grid indexes are sheet rows and columns. Empty cells are "", an empty
 * sheet has an empty grid. Merged areas are 0-based rectangles whose top-left cell lies in the grid.
 *
 * Syncs, whatever the number and size of the sheets:
 *   1. the sheets' names (the sheet objects to ask about come from this answer);
 *   2. every sheet's used range and merged areas, together;
 *   3… the values: one sync when all sheets together hold at most `cellsPerSync` cells, else one per
 *      batch, each batch filled to within one sheet row of the budget, so at most
 *      ⌊cells / (cellsPerSync − widest row)⌋ + 1 batches (cells counted from A1, as read) while cells
 *      are short; long cells (Chinese remarks) make the batches smaller by their bytes (ReadPacer).
 * So 3 syncs for any workbook within the read budget (100,000 cells).
 */
export async function readSheets(
  context: Excel.RequestContext,
  options: ReadSheetsOptions = {}
): Promise<WorkbookSheet[]> {
  const budget = options.cellsPerSync ?? READ_CELLS_PER_SYNC;
  const withMerges = (options.supports ?? officeApiSupport)("1.13");

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync(); // 1: names

  const queued = worksheets.items.map((sheet) => {
    // valuesOnly: ExcelApi 1.2. A blank sheet gives A1, read below and found empty.
    const used = sheet.getUsedRange(true).load("rowIndex, columnIndex, rowCount, columnCount");
    // On the whole sheet: getMergedAreasOrNullObject returns only the areas whose top-left cell
    // lies in the range it is called on, and a merge may reach past the used range.
    const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    return { name: sheet.name, sheet, used, merged };
  });
  await context.sync(); // 2: used ranges and merged areas of every sheet

  const extents: SheetExtent[] = queued.map(({ name, sheet, used, merged }) => {
    const rows = used.rowIndex + used.rowCount;
    const cols = used.columnIndex + used.columnCount;
    const extent: SheetExtent = { name, sheet, rows, cols };
    if (merged)
      extent.merges = merged.isNullObject
        ? []
        : mergedAreas(merged.address).filter((m) => m.row < rows && m.col < cols);
    return extent;
  });

  const grids: Grid[] = extents.map(() => []);
  const pacer = new ReadPacer({ ...READ_BUDGET, cellsPerSync: budget });
  for (let at: Cursor = { sheet: 0, row: 0 }; at.sheet < extents.length;) {
    const from = at;
    const { batch, values } = await pacer.read(context, (cells) => {
      const batch = nextBatch(extents, from, cells);
      const values = batch.pieces.map((piece) => {
        const { sheet, cols } = extents[piece.sheet];
        const rect = {
          startRow: piece.row,
          startCol: 0,
          endRow: piece.row + piece.rows - 1,
          endCol: cols - 1,
        };
        return sheet.getRange(localAddress(rect)).load("values");
      });
      return {
        rows: batch.pieces.reduce((n, p) => n + p.rows, 0),
        cells: batch.cells,
        answer: () => {
          const loaded = values.map((range) => range.values as Grid);
          return { grids: loaded, result: { batch, values: loaded } };
        },
      };
    });
    batch.pieces.forEach((piece, i) => {
      // A loop, not push(...rows): spreading 100,000 rows as arguments can overflow the stack.
      for (const row of values[i]) grids[piece.sheet].push(row);
    });
    at = batch.next;
  }

  return extents.map(({ name, merges }, i) => {
    const grid = isBlankA1(grids[i]) ? [] : grids[i];
    const sheet: WorkbookSheet = { name, grid };
    if (merges) sheet.merges = grid.length ? merges : [];
    return sheet;
  });
}

/** The used range of a blank sheet is A1: a 1×1 grid holding "" stands for no cells at all. */
function isBlankA1(grid: Grid): boolean {
  return grid.length === 1 && grid[0].length === 1 && grid[0][0] === "";
}

/** Where the next batch starts: a sheet and a row of it. */
interface Cursor {
  sheet: number;
  row: number;
}

/**
 * The batch from `at`: sheets' rows packed into at most `budget` cells (a row wider than the budget
 * goes alone). A sheet may be split over batches and a batch may hold several sheets.
 */
export function nextBatch(
  extents: ReadonlyArray<{ rows: number; cols: number }>,
  at: Cursor,
  budget: number
): { pieces: Piece[]; cells: number; next: Cursor } {
  const pieces: Piece[] = [];
  let cells = 0;
  let { sheet, row } = at;
  while (sheet < extents.length && cells < budget) {
    const { rows, cols } = extents[sheet];
    if (row >= rows) {
      sheet++;
      row = 0;
      continue;
    }
    let take = Math.min(rows - row, Math.floor((budget - cells) / cols));
    if (take < 1) {
      if (cells > 0) break;
      take = 1;
    }
    pieces.push({ sheet, row, rows: take });
    cells += take * cols;
    row += take;
  }
  while (sheet < extents.length && row >= extents[sheet].rows) {
    sheet++;
    row = 0;
  }
  return { pieces, cells, next: { sheet, row } };
}

/** Every batch of a read whose cells are short enough for the cell budget alone to bound it. */
export function valueBatches(
  extents: ReadonlyArray<{ rows: number; cols: number }>,
  budget: number
): Piece[][] {
  const batches: Piece[][] = [];
  for (let at: Cursor = { sheet: 0, row: 0 }; at.sheet < extents.length;) {
    const batch = nextBatch(extents, at, budget);
    if (batch.pieces.length > 0) batches.push(batch.pieces);
    at = batch.next;
  }
  return batches;
}

/**
 * RangeAreas.address as rectangles: "Sheet1!A1:C1, 'a, b'!B3:B4". Commas inside a quoted sheet
 * name do not separate areas ('' inside quotes stands for one ').
 */
export function mergedAreas(address: string): PlanMerge[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const rect = parseAddress(part);
      return {
        row: rect.startRow,
        col: rect.startCol,
        rows: rect.endRow - rect.startRow + 1,
        cols: rect.endCol - rect.startCol + 1,
      };
    });
}
