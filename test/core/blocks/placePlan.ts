import { parseCell } from "../../../src/core/blocks/a1";
import type { SheetPlan } from "../../../src/core/sheetPlan";

/** Puts a plan into a sheet's grid with its top-left at `anchor` ("H2"), as a renderer would. */
export function placePlan(grid: unknown[][], anchor: string, plan: SheetPlan): unknown[][] {
  const at = parseCell(anchor);
  const out = grid.map((row) => [...row]);
  for (const cell of plan.cells) {
    const r = at.row + cell.row;
    const c = at.col + cell.col;
    while (out.length <= r) out.push([]);
    while (out[r].length < c) out[r].push(null);
    out[r][c] = cell.formula ?? cell.value ?? null;
  }
  return out.map((row) => Array.from(row, (v) => (v === undefined ? null : v)));
}

/** The plan's cell at (row, col), for assertions. */
export function cellAt(plan: SheetPlan, row: number, col: number) {
  return plan.cells.find((c) => c.row === row && c.col === col);
}
