import { localAddress, offsetRect, parseAddress } from "./address";
import { blockRange } from "./chunks";
import { READ_BUDGET, ReadPacer } from "./readPacer";
import { READ_CELLS_PER_SYNC } from "./readRange";
import { worksheetFor } from "./worksheet";

/**
 * True when every cell of the `rows` × `cols` rectangle at `anchor` is empty: no value and no formula.
 * Both are needed: a formula returning "" has an empty value, and a cell inside a spilled array has an
 * empty formula but a value (writing there would break the user's spill). One sync for any area within
 * the read budget; a larger area is checked block by block (ReadPacer) and stops at the first block
 * with content.
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
  const pacer = new ReadPacer({ ...READ_BUDGET, cellsPerSync });
  for (let row = 0; row < rows;) {
    const from = row;
    const block = await pacer.read(context, (cells) => {
      const take = Math.min(rows - from, Math.max(1, Math.floor(cells / cols)));
      const part = (
        take === rows ? range : blockRange(range, { row: from, rows: take }, cols)
      ).load("values, formulas");
      return {
        rows: take,
        cells: take * cols,
        answer: () => ({ grids: [part.values, part.formulas], result: { part, take } }),
      };
    });
    if (!allEmpty(block.part.values) || !allEmpty(block.part.formulas)) return false;
    row += block.take;
  }
  return true;
}

function allEmpty(grid: unknown[][]): boolean {
  return grid.every((row) => row.every((cell) => cell === ""));
}
