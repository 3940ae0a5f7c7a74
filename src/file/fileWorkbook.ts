/**
 * The workbook interface over an .xlsx file held in memory (ExcelJS), for machines without Excel:
 * the command line, and the task pane opened in a plain browser. Bytes in, bytes out: no file system
 * here (src/file/nodeFiles.ts reads and writes paths), so a browser can load this module.
 */
import ExcelJS from "exceljs";
import { rangeAddress } from "../core/blocks/a1";
import type { CellValue, Grid } from "../core/grid";
import { freshSheetName } from "../core/report/freshSheetName";
import type { SheetPlan } from "../core/sheetPlan";
import type { RangeData, WorkbookHost, WorkbookSheet } from "../core/workbook";
import { plainValue, storedValue } from "./cellValue";
import { injectCharts } from "./charts/injectCharts";
import type { PlacedChart } from "./charts/planCharts";
import { WorkbookFileError } from "./fileErrors";
import { checkInflation } from "./inflationCap";
import { inspectXlsx } from "./inspectBytes";
import { readWorksheet, uncachedNotice } from "./readSheet";
import { renderPlan } from "./renderPlan";
import { readSetting, SETTINGS_SHEET, SettingUnreadableError, writeSetting } from "./settingsSheet";
import { parseSheetRange, sheetRangeAddress } from "./sheetAddress";

const MERGE = 1; // ExcelJS.ValueType.Merge
/** Above this many rows reading is worth a progress line. */
const LARGE_ROWS = 5_000;

/** A sheet view with changes; `tabSelected` is written by ExcelJS but missing from its types. */
function sheetView(
  view: Partial<ExcelJS.WorksheetView>,
  changes: { tabSelected: boolean; activeCell?: string }
): Partial<ExcelJS.WorksheetView> {
  return { ...view, ...changes } as unknown as Partial<ExcelJS.WorksheetView>;
}

export interface FileNotice {
  zh: string;
  en: string;
}

export class FileWorkbook implements WorkbookHost {
  /** What the caller should tell the user: parts a written copy lacks, formulas without saved values. */
  readonly notices: FileNotice[] = [];
  /** Told what a long step did ("读取 10,379 行…"), for a large workbook: the CLI prints it, a pane could show it. */
  onProgress?: (progress: FileNotice) => void;
  /** The notice saying what a copy written by ExcelJS lacks (charts, macros…), when it lacks anything. */
  lacks?: FileNotice;
  /** The last readSheets read enough rows for later long steps (writing) to deserve a progress line too. */
  large = false;

  /** Charts the plans placed, by sheet: added to the package when it is written (ExcelJS writes none). */
  private readonly charts = new Map<ExcelJS.Worksheet, PlacedChart[]>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    /** The file's name, for messages. */
    readonly fileName = "工作簿.xlsx"
  ) {}

  /** A new, empty workbook (the template command). */
  static create(fileName?: string): FileWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "UnionStats 工会统计助手";
    return new FileWorkbook(workbook, fileName);
  }

  /** Opens .xlsx bytes; a wrong, encrypted or damaged file is a WorkbookFileError naming `fileName`. */
  static async open(
    bytes: Uint8Array | ArrayBuffer,
    fileName = "工作簿.xlsx"
  ): Promise<FileWorkbook> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const { dropped } = inspectXlsx(data, fileName);
    // Counted in full before ExcelJS inflates anything: it would inflate every entry without a cap.
    checkInflation(data, fileName);
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS's types ask for a Node Buffer; it reads any ArrayBuffer view (JSZip underneath).
      await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    } catch (e) {
      throw new WorkbookFileError("unreadable", fileName, (e as Error).message);
    }
    const host = new FileWorkbook(workbook, fileName);
    if (dropped.length) {
      host.lacks = {
        zh: `输出文件不含原工作簿中的${dropped.map((d) => d.zh).join("、")}（原文件不受影响）。`,
        en: `The written copy lacks the input's ${dropped.map((d) => d.en).join(", ")} (the input file is not changed).`,
      };
      host.notice(host.lacks);
    }
    return host;
  }

  private notice(notice: FileNotice): void {
    if (!this.notices.some((n) => n.zh === notice.zh)) this.notices.push(notice);
  }

  /** The .xlsx bytes: what ExcelJS writes, with the plans' charts added as native charts. */
  async toBuffer(): Promise<Uint8Array> {
    const bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    const sheets = [...this.charts]
      .filter(([ws]) => this.workbook.worksheets.includes(ws))
      .map(([ws, placed]) => ({
        sheet: ws.name,
        charts: placed.map(({ chart, place }) => ({ chart: { ...chart, sheet: ws.name }, place })),
      }));
    return injectCharts(bytes, sheets);
  }

  private render(ws: ExcelJS.Worksheet, plan: SheetPlan, row = 0, col = 0) {
    const rendered = renderPlan(ws, plan, row, col);
    if (rendered.charts.length)
      this.charts.set(ws, [...(this.charts.get(ws) ?? []), ...rendered.charts]);
    return rendered;
  }

  /** Worksheets the user sees and works in: everything but the settings sheet. */
  private userSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET);
  }

  private sheet(name: string | undefined): ExcelJS.Worksheet {
    if (name === undefined) return this.activeSheet();
    const ws = this.workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new Error(`找不到工作表"${name}"\nNo sheet named "${name}"`);
    return ws;
  }

  /** The sheet shown when the file was saved (the first visible one when the file does not say). */
  activeSheet(): ExcelJS.Worksheet {
    const all = this.workbook.worksheets;
    const tab = this.workbook.views?.[0]?.activeTab ?? 0;
    const ws =
      all[tab] && all[tab].state === "visible" ? all[tab] : all.find((w) => w.state === "visible");
    if (!ws) throw new Error("工作簿中没有可见的工作表\nThe workbook has no visible sheet");
    return ws;
  }

  /**
   * Makes `ws` the sheet shown on opening. Other sheets lose their "selected" mark: a file with two
   * selected tabs opens with the sheets grouped, where one edit changes them all.
   */
  private show(ws: ExcelJS.Worksheet, activeCell?: string): void {
    const index = this.workbook.worksheets.indexOf(ws);
    const views = this.workbook.views?.length
      ? this.workbook.views
      : [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
    this.workbook.views = views.map((v, i) =>
      i === 0 ? { ...v, activeTab: index, firstSheet: Math.min(v.firstSheet ?? 0, index) } : v
    ) as ExcelJS.WorkbookView[];
    for (const other of this.workbook.worksheets) {
      const first = other.views?.[0];
      if (first && other !== ws)
        other.views = [sheetView(first, { tabSelected: false }), ...other.views.slice(1)];
    }
    // ExcelJS writes a view's selection only when the view has a state ("normal" unless frozen or split).
    const view = ws.views?.[0] ?? { state: "normal" };
    ws.views = [
      sheetView(view, { tabSelected: true, ...(activeCell ? { activeCell } : {}) }),
      ...(ws.views ?? []).slice(1),
    ];
  }

  private block(
    ws: ExcelJS.Worksheet,
    top: number,
    left: number,
    rows: number,
    cols: number
  ): RangeData {
    const values: Grid = [];
    const numberFormats: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const row = ws.getRow(top + r + 1);
      const line: CellValue[] = [];
      const formats: string[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = row.getCell(left + c + 1);
        line.push(cell.type === MERGE ? null : plainValue(storedValue(cell)));
        formats.push(cell.numFmt ?? "General");
      }
      values.push(line);
      numberFormats.push(formats);
    }
    return { address: sheetRangeAddress(ws.name, top, left, rows, cols), values, numberFormats };
  }

  /** Files have no selection: this reads the active sheet's used range, from A1. */
  async readSelection(): Promise<RangeData> {
    const ws = this.activeSheet();
    const { grid } = readWorksheet(ws);
    return this.block(ws, 0, 0, Math.max(grid.length, 1), Math.max(grid[0]?.length ?? 0, 1));
  }

  async readRange(address: string): Promise<RangeData> {
    const range = parseSheetRange(address);
    const ws = this.sheet(range.sheet);
    // A whole column ("G:G") stops at the sheet's last row, as Excel's used range would; a range
    // past the cells present stops there too, so no address makes a block bigger than the sheet.
    const { grid } = readWorksheet(ws);
    const end = Math.min(range.end.row, Math.max(grid.length - 1, range.start.row));
    const right = Math.min(range.end.col, Math.max((grid[0]?.length ?? 0) - 1, range.start.col));
    return this.block(
      ws,
      range.start.row,
      range.start.col,
      end - range.start.row + 1,
      right - range.start.col + 1
    );
  }

  async isAreaEmpty(anchor: string, rows: number, cols: number): Promise<boolean> {
    const range = parseSheetRange(anchor);
    const ws = this.sheet(range.sheet);
    const { values } = this.block(ws, range.start.row, range.start.col, rows, cols);
    return values.every((row) => row.every((v) => v === null || v === ""));
  }

  async writePlan(anchor: string, plan: SheetPlan): Promise<string> {
    const range = parseSheetRange(anchor);
    const ws = this.sheet(range.sheet);
    const { rows, cols } = this.render(ws, plan, range.start.row, range.start.col);
    return sheetRangeAddress(ws.name, range.start.row, range.start.col, rows, cols);
  }

  async readSheets(): Promise<WorkbookSheet[]> {
    const sheets = this.userSheets().map((ws) => {
      const { uncachedFormulas, ...sheet } = readWorksheet(ws);
      const name = sheet.name;
      if (uncachedFormulas) {
        this.notice(uncachedNotice(name, uncachedFormulas));
      }
      return sheet;
    });
    const rows = sheets.reduce((n, sheet) => n + sheet.grid.length, 0);
    this.large = rows >= LARGE_ROWS;
    if (this.large) {
      this.onProgress?.({
        zh: `读取 ${rows.toLocaleString("en")} 行（${sheets.length} 个工作表）…`,
        en: `Read ${rows.toLocaleString("en")} rows in ${sheets.length} sheets…`,
      });
    }
    return sheets;
  }

  async addSheetWithPlan(baseName: string, plan: SheetPlan): Promise<string> {
    const name = freshSheetName(
      this.workbook.worksheets.map((w) => w.name),
      baseName
    );
    const ws = this.workbook.addWorksheet(name);
    this.render(ws, plan);
    this.show(ws);
    return name;
  }

  /** A setting that is not valid JSON reads as unset, with a notice saying it was ignored. */
  async getSetting<T>(key: string): Promise<T | undefined> {
    try {
      return readSetting<T>(this.workbook, key);
    } catch (e) {
      if (!(e instanceof SettingUnreadableError)) throw e;
      this.notice({ zh: e.zh, en: e.en });
      return undefined;
    }
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    writeSetting(this.workbook, key, value);
  }

  /** Makes the range's sheet the active one and its top-left the active cell when the file is opened. */
  async selectRange(address: string): Promise<void> {
    const range = parseSheetRange(address);
    const ws = this.sheet(range.sheet);
    this.show(ws, rangeAddress("", range.start, range.start));
  }
}
