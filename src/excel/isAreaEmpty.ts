import { localAddress, offsetRect, parseAddress } from "./address";
import { blockRange, rowBlocks } from "./chunks";
import { READ_CELLS_PER_SYNC } from "./readRange";
import { worksheetFor } from "./worksheet";

/**
 * True when every cell of the `rows` × `cols` rectangle at `anchor` is empty: no value and no formula.
 * Both are needed: a formula returning "" has an empty value, and a cell inside a spilled array has an
 * empty formula but a value (writing there would break the user's spill). One sync for any area within
 * the read budget; a larger area is checked block by block and stops at the first block with content.
 * An area running off the sheet throws (a plan cannot be written there either).
 */
export async function isAreaEmpty(
  context: Excel.RequestContext,
  anchor: string,
  rows: number,
  cols: number,
  cellsPerSync = READ_CELLS_PER_SYNC
): Promise<boolean> {
  if (rows < 1 || cols < 1) return true;
  const rect = offsetRect(parseAddress(anchor), 0, 0, rows, cols);
  const range = worksheetFor(context, rect.sheet).getRange(localAddress(rect));
  const blocks = rowBlocks(rows, cols, cellsPerSync);
  for (const block of blocks) {
    const part = (blocks.length === 1 ? range : blockRange(range, block, cols)).load(
      "values, formulas"
    );
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one per block keeps each response far below Excel's 5 MB cap
    await context.sync();
    if (!allEmpty(part.values) || !allEmpty(part.formulas)) return false;
  }
  return true;
}

function allEmpty(grid: unknown[][]): boolean {
  return grid.every((row) => row.every((cell) => cell === ""));
}
