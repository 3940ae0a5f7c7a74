import type { Grid } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/sheetPlan";
import type { RangeData, WorkbookHost, WorkbookSheet } from "../../src/core/workbook";

type Method = "readSelection" | "readRange" | "isAreaEmpty" | "writePlan";

/**
 * A workbook for pane tests: ranges by address, a current selection, a switch for "the area is not
 * empty", failures to inject, and a record of every call (writePlan's anchor and plan above all).
 */
export class FakeWorkbook implements WorkbookHost {
  readonly ranges = new Map<string, Grid>();
  selection: string | undefined;
  areaEmpty = true;
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  readonly written: Array<{ anchor: string; plan: SheetPlan }> = [];
  private readonly failures = new Map<Method, Error>();
  /** When set, calls wait for it: lets a test see the spinner. */
  gate: Promise<void> | undefined;

  constructor(ranges: Record<string, Grid> = {}) {
    for (const [address, values] of Object.entries(ranges)) this.ranges.set(address, values);
  }

  /** Makes the next call of `method` reject with `error`. */
  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  select(address: string): void {
    this.selection = address;
  }

  private async enter(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    if (this.gate) await this.gate;
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
  }

  private data(address: string): RangeData {
    const values = this.ranges.get(address);
    if (!values) throw new Error(`无法读取区域 ${address}`);
    return { address, values };
  }

  async readSelection(): Promise<RangeData> {
    await this.enter("readSelection", []);
    if (!this.selection) throw new Error("没有选中的区域");
    return this.ranges.has(this.selection) ? this.data(this.selection) : { address: this.selection, values: [[null]] };
  }

  async readRange(address: string): Promise<RangeData> {
    await this.enter("readRange", [address]);
    return this.data(address);
  }

  async isAreaEmpty(anchor: string, rows: number, cols: number): Promise<boolean> {
    await this.enter("isAreaEmpty", [anchor, rows, cols]);
    return this.areaEmpty;
  }

  async writePlan(anchor: string, plan: SheetPlan): Promise<string> {
    await this.enter("writePlan", [anchor, plan]);
    this.written.push({ anchor, plan });
    const rows = plan.cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
    const bang = anchor.lastIndexOf("!");
    const prefix = bang >= 0 ? anchor.slice(0, bang + 1) : "";
    const m = /^([A-Z]+)(\d+)$/.exec(anchor.slice(bang + 1))!;
    const lastCol = String.fromCharCode(m[1].charCodeAt(0) + 2);
    return `${prefix}${m[1]}${m[2]}:${lastCol}${Number(m[2]) + rows - 1}`;
  }

  async readSheets(): Promise<WorkbookSheet[]> {
    throw new Error("readSheets is not used by the calculators");
  }
  async addSheetWithPlan(): Promise<string> {
    throw new Error("addSheetWithPlan is not used by the calculators");
  }
  async getSetting<T>(): Promise<T | undefined> {
    return undefined;
  }
  async setSetting(): Promise<void> {}
  async selectRange(): Promise<void> {}
}

/** A column of values as a grid. */
export const column = (values: unknown[]): Grid => values.map((v) => [v as Grid[number][number]]);
