import { utf8Bytes } from "./planBatches";

/**
 * How much one context.sync() may read. Excel on the web caps every request and response at 5 MB and
 * answers a larger one with ResponsePayloadSizeLimitExceeded ("Resource limits and performance
 * optimization for Office Add-ins", section Excel add-ins:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * the codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 *
 * Cells alone do not bound a response: a ledger cell is 20–25 bytes of JSON, a Chinese remark of 100
 * characters 300. So a read asks for at most `cellsPerSync` cells, and, once an answer has shown how
 * long the cells are, for no more than `bytesPerSync` bytes at the most bytes per cell seen so far.
 * 2 MB leaves room for the response's own JSON (its escaping may double Chinese text) under the 5 MB cap.
 */
export interface ReadBudget {
  cellsPerSync: number;
  bytesPerSync: number;
}

export const READ_BUDGET: ReadBudget = { cellsPerSync: 100_000, bytesPerSync: 2_000_000 };

/** What one read queued: `rows` rows, `cells` cells; `answer` (after the sync) gives the loaded grids and the result. */
export interface ReadRequest<T> {
  rows: number;
  cells: number;
  answer: () => { grids: unknown[][][]; result: T };
}

/**
 * Paces the syncs of one read by the bytes of its answers. The first request cannot know them: when
 * Excel refuses an answer as too large, the same rows are asked for again in a request of half as many
 * cells (a refused sync carries only loads, so asking again changes nothing in the workbook). A single
 * row Excel refuses is Excel's error to the caller.
 */
export class ReadPacer {
  private bytesPerCell = 0;

  constructor(private readonly budget: ReadBudget) {}

  /** Cells the next request may hold: the cell budget, fewer once long cells have been seen. */
  get cells(): number {
    const byBytes =
      this.bytesPerCell > 0 ? Math.floor(this.budget.bytesPerSync / this.bytesPerCell) : Infinity;
    return Math.max(1, Math.min(this.budget.cellsPerSync, byBytes));
  }

  /** One sync for what `ask(cells)` queues: at most `cells` cells, or one row when a row is wider. */
  async read<T>(context: Excel.RequestContext, ask: (cells: number) => ReadRequest<T>): Promise<T> {
    let request = ask(this.cells);
    for (;;) {
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a refused answer is asked again, smaller
        await context.sync();
        break;
      } catch (error) {
        if (!tooLarge(error) || request.rows <= 1) throw error;
        request = ask(Math.floor(request.cells / 2));
      }
    }
    const { grids, result } = request.answer();
    const bytes = grids.reduce((sum, grid) => sum + gridBytes(grid), 0);
    if (request.cells > 0) this.bytesPerCell = Math.max(this.bytesPerCell, bytes / request.cells);
    return result;
  }
}

function tooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Bytes of a grid as JSON in UTF-8 (string escapes not counted: the budget's margin covers them). */
export function gridBytes(grid: unknown[][]): number {
  let bytes = 2;
  for (const row of grid) {
    bytes += 3;
    for (const cell of row)
      bytes += typeof cell === "string" ? utf8Bytes(cell) + 3 : String(cell).length + 1;
  }
  return bytes;
}
