import type { Grid } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/sheetPlan";
import type { RangeData, WorkbookHost, WorkbookSheet } from "../../src/core/workbook";

type Method =
  | "readSelection"
  | "readRange"
  | "isAreaEmpty"
  | "writePlan"
  | "readSheets"
  | "addSheetWithPlan"
  | "getSetting"
  | "setSetting"
  | "selectRange";

/**
 * A workbook for pane tests: ranges by address, a current selection, a switch for "the area is not
 * empty", whole sheets for ledger detection, sheets added (with fresh names), settings, selections,
 * failures to inject, and a record of every call (writePlan's anchor and plan above all).
 */
export class FakeWorkbook implements WorkbookHost {
  readonly ranges = new Map<string, Grid>();
  selection: string | undefined;
  areaEmpty = true;
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  readonly written: Array<{ anchor: string; plan: SheetPlan }> = [];
  /** What readSheets returns; sheets added by addSheetWithPlan join it (names only, empty grids). */
  sheets: WorkbookSheet[] = [];
  readonly added: Array<{ name: string; plan: SheetPlan }> = [];
  readonly settings = new Map<string, unknown>();
  readonly selected: string[] = [];
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
    await this.enter("readSheets", []);
    return this.sheets;
  }

  async addSheetWithPlan(baseName: string, plan: SheetPlan): Promise<string> {
    await this.enter("addSheetWithPlan", [baseName, plan]);
    const taken = new Set(this.sheets.map((s) => s.name));
    let name = baseName;
    for (let n = 2; taken.has(name); n++) name = `${baseName} (${n})`;
    this.sheets = [...this.sheets, { name, grid: [] }];
    this.added.push({ name, plan });
    return name;
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    await this.enter("getSetting", [key]);
    // A copy, as a real host hands back parsed JSON.
    return this.settings.has(key) ? (JSON.parse(JSON.stringify(this.settings.get(key))) as T) : undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.enter("setSetting", [key, value]);
    this.settings.set(key, JSON.parse(JSON.stringify(value)));
  }

  async selectRange(address: string): Promise<void> {
    await this.enter("selectRange", [address]);
    this.selected.push(address);
  }
}

/** A column of values as a grid. */
export const column = (values: unknown[]): Grid => values.map((v) => [v as Grid[number][number]]);
