/**
 * Splitting a tall range into row blocks, so that no single request carries more cells than a budget.
 * Excel on the web rejects any request or response over 5 MB (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded),
 * and it is one sync, not one range object, that makes one request: loads queued together are answered
 * together. So a large range is read as several blocks with a sync per block.
 */
export interface RowBlock {
  /** First row of the block, relative to the range. */
  row: number;
  rows: number;
}

/** Row blocks of at most `cellsPerBlock` cells each (at least one row per block, whatever the width). */
export function rowBlocks(rows: number, cols: number, cellsPerBlock: number): RowBlock[] {
  const step = Math.max(1, Math.floor(cellsPerBlock / Math.max(1, cols)));
  const blocks: RowBlock[] = [];
  for (let row = 0; row < rows; row += step) blocks.push({ row, rows: Math.min(step, rows - row) });
  return blocks;
}

/** The block as a range: getCell + getResizedRange are ExcelApi 1.1/1.2 and need no absolute address. */
export function blockRange(range: Excel.Range, block: RowBlock, cols: number): Excel.Range {
  return range.getCell(block.row, 0).getResizedRange(block.rows - 1, cols - 1);
}
