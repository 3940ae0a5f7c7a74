import type { Grid } from "../core/grid";
import type { RangeData } from "../core/workbook";
import { isUnbounded, localAddress, MAX_COLS, MAX_ROWS, parseAddress, rectSize } from "./address";
import { blockRange } from "./chunks";
import { READ_BUDGET, ReadPacer } from "./readPacer";
import { worksheetFor } from "./worksheet";

/** Cells read per context.sync() at most; bytes bound it too (see READ_BUDGET). */
export const READ_CELLS_PER_SYNC = READ_BUDGET.cellsPerSync;

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
 * A range of known size, in row blocks with one sync each: within the budget one sync, beyond it
 * syncs = ceil(rows / floor(cellsPerSync / cols)) while cells are short, more when they are long
 * (ReadPacer). Queuing all blocks before a single sync would put them all in one response and break
 * the 5 MB cap they are meant to respect.
 */
async function readSized(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  cols: number,
  cellsPerSync: number,
  knownAddress?: string
): Promise<RangeData> {
  const pacer = new ReadPacer({ ...READ_BUDGET, cellsPerSync });
  const values: Grid = [];
  const numberFormats: string[][] = [];
  for (let row = 0; row < rows;) {
    const from = row;
    const block = await pacer.read(context, (cells) => {
      const take = Math.min(rows - from, Math.max(1, Math.floor(cells / cols)));
      if (from === 0 && knownAddress === undefined) range.load("address");
      const part = (
        take === rows ? range : blockRange(range, { row: from, rows: take }, cols)
      ).load(CONTENT);
      return {
        rows: take,
        cells: take * cols,
        answer: () => ({ grids: [part.values, part.numberFormat], result: { part, take } }),
      };
    });
    // A loop, not push(...rows): spreading 100,000 rows as arguments can overflow the call stack.
    for (const line of block.part.values) values.push(line);
    for (const line of block.part.numberFormat) numberFormats.push(line);
    row += block.take;
  }
  return { address: knownAddress ?? range.address, values, numberFormats };
}
