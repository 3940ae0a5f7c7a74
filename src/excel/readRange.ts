import type { Grid } from "../core/grid";
import type { RangeData } from "../core/workbook";
import { isUnbounded, localAddress, MAX_COLS, MAX_ROWS, parseAddress, rectSize } from "./address";
import { blockRange, rowBlocks } from "./chunks";
import { worksheetFor } from "./worksheet";

/**
 * Cells read per context.sync(). Each sync is one request whose response Excel on the web caps at 5 MB.
 * A ledger cell costs about 20–25 bytes of JSON for its value plus its number format ("General",
 * "yyyy/m/d", an 18-digit ID as text, a short Chinese name), so 100,000 cells is about 2–2.5 MB: under half
 * the cap, with room for long remarks. (200,000 cells per sync would sit at the cap itself.) It is also
 * far below the 5,000,000-cell limit on one range.
 */
export const READ_CELLS_PER_SYNC = 100_000;

const DIMENSIONS = "address, rowCount, columnCount";
const CONTENT = "values, numberFormat";

// The readers are async even where they only return a promise: a bad address or a lookup that throws
// then rejects like every other failure, instead of throwing before the caller can await.

/** Reads the cells the user has selected. */
export async function readSelection(
  context: Excel.RequestContext,
  cellsPerSync = READ_CELLS_PER_SYNC
): Promise<RangeData> {
  return readUnsized(context, context.workbook.getSelectedRange(), cellsPerSync);
}

/** Reads "Sheet1!B2:B10", "'My Sheet'!B2", or "B2:B10" on the active sheet. Whole columns/rows are cut to the used range. */
export async function readAddress(
  context: Excel.RequestContext,
  address: string,
  cellsPerSync = READ_CELLS_PER_SYNC
): Promise<RangeData> {
  const rect = parseAddress(address);
  const range = worksheetFor(context, rect.sheet).getRange(localAddress(rect));
  if (isUnbounded(rect)) return readUnsized(context, range, cellsPerSync);
  const { rows, cols } = rectSize(rect);
  return readSized(context, range, rows, cols, cellsPerSync);
}

/** Reads the cells with values on a sheet (formatting alone does not count). */
export async function readUsedRange(
  context: Excel.RequestContext,
  sheetName: string,
  cellsPerSync = READ_CELLS_PER_SYNC
): Promise<RangeData> {
  return readUnsized(
    context,
    context.workbook.worksheets.getItem(sheetName).getUsedRange(true),
    cellsPerSync
  );
}

/** Reads a table, header row included (ledger readers find their columns by header). */
export async function readTable(
  context: Excel.RequestContext,
  tableName: string,
  cellsPerSync = READ_CELLS_PER_SYNC
): Promise<RangeData> {
  return readUnsized(context, context.workbook.tables.getItem(tableName).getRange(), cellsPerSync);
}

/**
 * A range whose size is known only to Excel: one sync for its dimensions, then the content. Whole
 * columns or rows (a click on a column header) are cut to the used range first, one sync more,
 * because Excel returns no cell data for an unbounded range.
 */
async function readUnsized(
  context: Excel.RequestContext,
  range: Excel.Range,
  cellsPerSync: number
): Promise<RangeData> {
  range.load(DIMENSIONS);
  await context.sync();
  if (range.rowCount === MAX_ROWS || range.columnCount === MAX_COLS) {
    const used = range.getIntersectionOrNullObject(range.worksheet.getUsedRange(true));
    // eslint-disable-next-line office-addins/no-empty-load -- DIMENSIONS names the properties
    used.load(DIMENSIONS);
    await context.sync();
    if (used.isNullObject) return { address: range.address, values: [], numberFormats: [] };
    range = used;
  }
  return readSized(context, range, range.rowCount, range.columnCount, cellsPerSync, range.address);
}

/**
 * A range of known size. Within the budget: one sync. Beyond it: one sync per row block of at most
 * `cellsPerSync` cells, so syncs = ceil(rows / floor(cellsPerSync / cols)). Queuing all blocks before a
 * single sync would put them all in one response and break the 5 MB cap it is meant to respect.
 */
async function readSized(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  cols: number,
  cellsPerSync: number,
  knownAddress?: string
): Promise<RangeData> {
  if (knownAddress === undefined) range.load("address");
  const blocks = rowBlocks(rows, cols, cellsPerSync);
  if (blocks.length === 1) {
    range.load(CONTENT);
    await context.sync();
    return {
      address: range.address,
      values: range.values as Grid,
      numberFormats: range.numberFormat as string[][],
    };
  }
  const values: Grid = [];
  const numberFormats: string[][] = [];
  for (const block of blocks) {
    const part = blockRange(range, block, cols).load(CONTENT);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block: see above
    await context.sync();
    // A loop, not push(...rows): spreading 100,000 rows as arguments can overflow the call stack.
    for (const row of part.values) values.push(row);
    for (const row of part.numberFormat) numberFormats.push(row);
  }
  return { address: knownAddress ?? range.address, values, numberFormats };
}
