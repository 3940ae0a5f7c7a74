import type { SheetPlan } from "../core/sheetPlan";
import type { RangeData, WorkbookHost, WorkbookSheet } from "../core/workbook";
import { type AddedSheet, addSheetWithPlan } from "./addSheetWithPlan";
import type { GenerateReportOptions, ReportOutcome } from "./generateReport";
import { isAreaEmpty } from "./isAreaEmpty";
import { readAddress, readSelection, readTable, readUsedRange } from "./readRange";
import { readSheets } from "./readSheets";
import { selectRange } from "./selectRange";
import { getSetting, setSetting } from "./settings";
import type { FunctionNames } from "./functionNames";
import { writePlan } from "./writePlan";

/** Runs a batch of Office.js work in a request context: Excel.run, or a fake in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The workbook the task pane talks to, over Office.js. Each call is one Excel.run. Nothing is caught:
 * a failure rejects the promise so the pane can show it (async methods: even a synchronous throw,
 * such as Excel not being loaded, becomes a rejection).
 */
export class ExcelWorkbook implements WorkbookHost {
  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    /** The UNION.* names Excel has loaded; default: by Office's display language (functionNames.ts). */
    private readonly functionNames?: FunctionNames
  ) {}

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
    return this.run((context) =>
      writePlan(context, anchor, plan, { functionNames: this.functionNames })
    );
  }

  async readSheets(): Promise<WorkbookSheet[]> {
    return this.run((context) => readSheets(context));
  }

  async addSheetWithPlan(baseName: string, plan: SheetPlan): Promise<string> {
    return (await this.addSheet(baseName, plan)).name;
  }

  /** addSheetWithPlan with the whole answer: the address written and the extras Excel lacked. */
  async addSheet(baseName: string, plan: SheetPlan): Promise<AddedSheet> {
    return this.run((context) =>
      addSheetWithPlan(context, baseName, plan, { functionNames: this.functionNames })
    );
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.run((context) => getSetting<T>(context, key));
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    return this.run((context) => setSetting(context, key, value));
  }

  async selectRange(address: string): Promise<void> {
    return this.run((context) => selectRange(context, address));
  }

  /** The report draft on a fresh sheet (see generateReport). */
  async generateReport(options: GenerateReportOptions = {}): Promise<ReportOutcome> {
    // The report engine is a chunk of its own: the pane's first paint does not load it.
    const { generateReport } = await import(
      /* webpackChunkName: "report-engine" */ "./generateReport"
    );
    return this.run((context) => generateReport(context, options));
  }
}
