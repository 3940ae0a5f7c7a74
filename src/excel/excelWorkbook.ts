import type { SheetPlan } from "../core/sheetPlan";
import type { RangeData, WorkbookHost } from "../core/workbook";
import { isAreaEmpty } from "./isAreaEmpty";
import { readAddress, readSelection, readTable, readUsedRange } from "./readRange";
import { writePlan } from "./writePlan";

/** Runs a batch of Office.js work in a request context: Excel.run, or a fake in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The workbook the task pane talks to, over Office.js. Each call is one Excel.run. Nothing is caught:
 * a failure rejects the promise so the pane can show it (async methods: even a synchronous throw,
 * such as Excel not being loaded, becomes a rejection).
 */
export class ExcelWorkbook implements WorkbookHost {
  constructor(private readonly run: ExcelRun = (batch) => Excel.run(batch)) {}

  async readSelection(): Promise<RangeData> {
    return this.run((context) => readSelection(context));
  }

  async readRange(address: string): Promise<RangeData> {
    return this.run((context) => readAddress(context, address));
  }

  async readUsedRange(sheetName: string): Promise<RangeData> {
    return this.run((context) => readUsedRange(context, sheetName));
  }

  async readTable(tableName: string): Promise<RangeData> {
    return this.run((context) => readTable(context, tableName));
  }

  async isAreaEmpty(anchor: string, rows: number, cols: number): Promise<boolean> {
    return this.run((context) => isAreaEmpty(context, anchor, rows, cols));
  }

  async writePlan(anchor: string, plan: SheetPlan): Promise<string> {
    return this.run((context) => writePlan(context, anchor, plan));
  }
}
