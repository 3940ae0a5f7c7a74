/**
 * The workbook interface over WPS 表格 (the ET object model, window.Application): the same
 * WorkbookHost the pane uses over Office.js (src/excel) and over files (src/file). ET is synchronous,
 * so each method does its work at once; the methods stay async to keep the one interface. Nothing is
 * caught here but a damaged saved setting (read as unset, with a notice): ET's own error rejects the
 * promise and the pane shows it.
 */
import { freshSheetName } from "../core/report/freshSheetName";
import type { SheetPlan } from "../core/sheetPlan";
import type { RangeData, WorkbookHost, WorkbookSheet } from "../core/workbook";
import { localBlock, parseSheetRange, sheetBlock } from "./etAddress";
import type { EtApplication, EtRange, EtWorkbook, EtWorksheet } from "./etModel";
import { readFormats, readMerges, readValues, rectOf, trimGrid, usedExtent } from "./etRead";
import { renderPlan } from "./etRender";
import { SettingUnreadableError } from "../core/settingUnreadable";
import { readSetting, SETTINGS_SHEET, worksheets, writeSetting } from "./etSettings";

export class WpsWorkbook implements WorkbookHost {
  /** What the caller should tell the user (a saved setting that could not be read and was ignored). */
  readonly notices: Array<{ zh: string; en: string }> = [];

  constructor(private readonly app: EtApplication) {}

  private workbook(): EtWorkbook {
    const workbook = this.app.ActiveWorkbook;
    if (!workbook) throw new Error("WPS 中没有打开的工作簿,请先打开或新建一个工作簿。");
    return workbook;
  }

  private sheet(name: string | undefined): EtWorksheet {
    if (name === undefined) return this.app.ActiveSheet as EtWorksheet;
    const sheet = worksheets(this.workbook()).find(
      (ws) => ws.Name.toLowerCase() === name.toLowerCase()
    );
    if (!sheet) throw new Error(`找不到工作表“${name}”`);
    return sheet;
  }

  private block(
    sheet: EtWorksheet,
    top: number,
    left: number,
    rows: number,
    cols: number
  ): RangeData {
    return {
      address: sheetBlock(sheet.Name, top, left, rows, cols),
      values: readValues(sheet, top, left, rows, cols),
      numberFormats: readFormats(sheet, top, left, rows, cols),
    };
  }

  async readSelection(): Promise<RangeData> {
    const selection = this.app.Selection as Partial<EtRange> | null;
    if (!selection || typeof selection.Address !== "function" || !selection.Worksheet)
      throw new Error("请先选中单元格(当前选中的是图形或图表)。");
    const { row, col, rows, cols } = rectOf(selection as EtRange);
    return this.block(selection.Worksheet, row, col, rows, cols);
  }

  async readRange(address: string): Promise<RangeData> {
    const range = parseSheetRange(address);
    const sheet = this.sheet(range.sheet);
    // A whole column ("G:G") stops at the used range's last row, as in Excel.
    const last = Math.max(usedExtent(sheet).rows - 1, range.start.row);
    const end = Math.min(range.end.row, last);
    return this.block(
      sheet,
      range.start.row,
      range.start.col,
      end - range.start.row + 1,
      range.end.col - range.start.col + 1
    );
  }

  async isAreaEmpty(anchor: string, rows: number, cols: number): Promise<boolean> {
    const range = parseSheetRange(anchor);
    const sheet = this.sheet(range.sheet);
    const values = readValues(sheet, range.start.row, range.start.col, rows, cols);
    return values.every((line) => line.every((v) => v === null || v === ""));
  }

  async writePlan(anchor: string, plan: SheetPlan): Promise<string> {
    const range = parseSheetRange(anchor);
    const sheet = this.sheet(range.sheet);
    const { rows, cols } = renderPlan(this.app, sheet, plan, range.start.row, range.start.col);
    return sheetBlock(sheet.Name, range.start.row, range.start.col, rows, cols);
  }

  async readSheets(): Promise<WorkbookSheet[]> {
    return worksheets(this.workbook())
      .filter((ws) => ws.Name !== SETTINGS_SHEET)
      .map((ws) => {
        const { rows, cols } = usedExtent(ws);
        const grid = trimGrid(readValues(ws, 0, 0, rows, cols));
        const merges = readMerges(ws, 0, 0, rows, cols);
        return { name: ws.Name, grid, merges };
      });
  }

  async addSheetWithPlan(baseName: string, plan: SheetPlan): Promise<string> {
    const workbook = this.workbook();
    const all = worksheets(workbook);
    const name = freshSheetName(
      all.map((ws) => ws.Name),
      baseName
    );
    const sheets = workbook.Worksheets;
    // After the last sheet the user can see (the settings sheet, very hidden, may be last).
    const visible = all.filter((ws) => ws.Name !== SETTINGS_SHEET);
    const after = visible[visible.length - 1] ?? sheets.Item(sheets.Count);
    const sheet = sheets.Add(undefined, after) as EtWorksheet;
    sheet.Name = name;
    renderPlan(this.app, sheet, plan);
    sheet.Activate();
    return name;
  }

  /**
   * A setting whose JSON was damaged by hand reads as unset, with a notice naming it, as in the file
   * host: the report and the pane go on with detection instead of failing on it.
   */
  async getSetting<T>(key: string): Promise<T | undefined> {
    try {
      return readSetting<T>(this.workbook(), key);
    } catch (e) {
      if (!(e instanceof SettingUnreadableError)) throw e;
      if (!this.notices.some((n) => n.zh === e.zh)) this.notices.push({ zh: e.zh, en: e.en });
      return undefined;
    }
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    writeSetting(this.workbook(), key, value);
  }

  /** Shows the range's sheet and selects the range (Range.Select needs its sheet active). */
  async selectRange(address: string): Promise<void> {
    const range = parseSheetRange(address);
    const sheet = this.sheet(range.sheet);
    sheet.Activate();
    sheet
      .Range(
        localBlock(
          range.start.row,
          range.start.col,
          range.end.row - range.start.row + 1,
          range.end.col - range.start.col + 1
        )
      )
      .Select();
  }
}
