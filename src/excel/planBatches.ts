import type { PlanOp } from "./planOps";

/**
 * How much one context.sync() may carry when writing. One sync is one request, and Excel on the web
 * rejects requests over 5 MB. Unlike a read, a write knows its payload, so it is measured: the UTF-8
 * JSON of every formula and number format, plus OP_BYTES for each range operation (object path,
 * address, property name). 2 MB keeps a request under half the cap even if that estimate is off by
 * half again; 100,000 cells caps the work Excel does per request when cells are tiny.
 */
export interface WriteBudget {
  cellsPerSync: number;
  bytesPerSync: number;
}

export const WRITE_BUDGET: WriteBudget = { cellsPerSync: 100_000, bytesPerSync: 2_000_000 };

/** Estimated request bytes of one range operation besides its cell data. */
export const OP_BYTES = 300;

/** JSON brackets and commas of one row, in the formulas and the number-format arrays. */
const ROW_BYTES = 6;

/** UTF-8 length of a string (Chinese text is 3 bytes a character). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes one cell adds to a request: its formula or value and its number format, as JSON. */
export function cellBytes(input: unknown, format: string): number {
  return utf8Bytes(JSON.stringify(input)) + utf8Bytes(JSON.stringify(format)) + 2;
}

type CellsOp = Extract<PlanOp, { kind: "cells" }>;

/** The cells [start, end) of a block, counted row by row, as at most three rectangles: a row's tail, whole rows, a row's head. */
function span(op: CellsOp, start: number, end: number): CellsOp[] {
  const piece = (row: number, col: number, rows: number, cols: number): CellsOp => ({
    kind: "cells",
    row: op.row + row,
    col: op.col + col,
    rows,
    cols,
    inputs: op.inputs.slice(row, row + rows).map((r) => r.slice(col, col + cols)),
    formats: op.formats.slice(row, row + rows).map((r) => r.slice(col, col + cols)),
  });
  if (start === 0 && end === op.rows * op.cols) return [op];
  let r0 = Math.floor(start / op.cols);
  let r1 = Math.floor((end - 1) / op.cols);
  const c0 = start % op.cols;
  const c1 = (end - 1) % op.cols;
  if (r0 === r1) return [piece(r0, c0, 1, c1 - c0 + 1)];
  const pieces: CellsOp[] = [];
  let tail: CellsOp | undefined;
  if (c0 > 0) pieces.push(piece(r0++, c0, 1, op.cols - c0));
  if (c1 < op.cols - 1) tail = piece(r1--, 0, 1, c1 + 1);
  if (r0 <= r1) pieces.push(piece(r0, 0, r1 - r0 + 1, op.cols));
  if (tail) pieces.push(tail);
  return pieces;
}

/**
 * Packs operations, in order, into batches that each fit the budget; the writer syncs once per batch.
 * A block of cells is split exactly where the budget runs out (cell by cell, row-major), so every batch
 * but the last is full by cells or by bytes. Hence:
 *   batches ≤ ⌊cells / cellsPerSync⌋ + ⌊bytes / (bytesPerSync − 3·OP_BYTES − largest cell)⌋ + 1,
 * and a plan within both budgets is written in exactly one batch, whatever its shape.
 */
export function batchOps(ops: PlanOp[], budget: WriteBudget = WRITE_BUDGET): PlanOp[][] {
  const batches: PlanOp[][] = [];
  let batch: PlanOp[] = [];
  let cells = 0;
  let bytes = 0;
  const close = () => {
    if (batch.length > 0) batches.push(batch);
    [batch, cells, bytes] = [[], 0, 0];
  };
  for (const op of ops) {
    if (op.kind !== "cells") {
      if (bytes + OP_BYTES > budget.bytesPerSync) close();
      batch.push(op);
      bytes += OP_BYTES;
      continue;
    }
    const total = op.rows * op.cols;
    const costOf = (i: number) => {
      const [r, c] = [Math.floor(i / op.cols), i % op.cols];
      return cellBytes(op.inputs[r][c], op.formats[r][c]) + (c === 0 ? ROW_BYTES : 0);
    };
    let i = 0;
    while (i < total) {
      const start = i;
      let taken = 3 * OP_BYTES; // a span is at most three ranges
      while (i < total && cells + (i - start) < budget.cellsPerSync) {
        const cost = costOf(i);
        if (bytes + taken + cost > budget.bytesPerSync) break;
        taken += cost;
        i++;
      }
      if (i === start) {
        if (batch.length > 0) {
          close();
          continue;
        }
        taken += costOf(i++); // one cell larger than the whole budget still has to be written
      }
      const pieces = span(op, start, i);
      batch.push(...pieces);
      cells += i - start;
      bytes += taken - (3 - pieces.length) * OP_BYTES; // charge the ranges actually used
      if (i < total) close();
    }
  }
  close();
  return batches;
}
