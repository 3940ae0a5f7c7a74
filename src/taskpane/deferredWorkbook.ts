import type { SheetPlan } from "../core/sheetPlan";
import type { RangeData, WorkbookHost, WorkbookSheet } from "../core/workbook";

/**
 * A workbook host whose adapter loads on its first call: the Office.js adapter (reads, plan
 * batching, localised formula names) is not part of the pane's first paint, and outside Excel it
 * is never fetched. A failed load rejects that call, as the adapter's own failure would.
 */
export class DeferredWorkbook implements WorkbookHost {
  private loaded?: Promise<WorkbookHost>;

  constructor(private readonly load: () => Promise<WorkbookHost>) {}

  private host(): Promise<WorkbookHost> {
    this.loaded ??= this.load();
    const loading = this.loaded;
    loading.catch(() => {
      if (this.loaded === loading) this.loaded = undefined; // the next call tries again
    });
    return loading;
  }

  async readSelection(): Promise<RangeData> {
    return (await this.host()).readSelection();
  }

  async readRange(address: string): Promise<RangeData> {
    return (await this.host()).readRange(address);
  }

  async isAreaEmpty(anchor: string, rows: number, cols: number): Promise<boolean> {
    return (await this.host()).isAreaEmpty(anchor, rows, cols);
  }

  async writePlan(anchor: string, plan: SheetPlan): Promise<string> {
    return (await this.host()).writePlan(anchor, plan);
  }

  async readSheets(): Promise<WorkbookSheet[]> {
    return (await this.host()).readSheets();
  }

  async addSheetWithPlan(baseName: string, plan: SheetPlan): Promise<string> {
    return (await this.host()).addSheetWithPlan(baseName, plan);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.host()).getSetting<T>(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    return (await this.host()).setSetting(key, value);
  }

  async selectRange(address: string): Promise<void> {
    return (await this.host()).selectRange(address);
  }
}
