/**
 * Writes a SheetPlan through ET, in rectangles: core's planOps groups the cells (the same rectangles
 * the Excel host writes), each rectangle is one Formula assignment of a 2-D array (values and
 * formulas alike; text is kept literal by core's rule, a leading apostrophe), and number formats
 * one assignment per block of equal format. Then fonts, wrapping, merges, widths (ColumnWidth is in
 * characters in ET, as in the plan), heights, tables, drop-down lists, frozen panes and charts.
 *
 * Screen updating and calculation are suspended around the write and restored after it, failure
 * included (https://open.wps.cn/previous/docs/client/wpsLoad, Application.ScreenUpdating and
 * Application.Calculation of the ET API).
 */
import type { PlanChart, PlanTable, PlanValidation, SheetPlan } from "../core/sheetPlan";
import { planExtent } from "../core/sheetPlan";
import { planOps, type PlanOp } from "../core/plan/planOps";
import { localBlock } from "./etAddress";
import { type EtApplication, type EtWorksheet, XL } from "./etModel";

/** Chart size in points: about 6 columns by 14 rows of the default grid, as the Excel host's. */
const CHART_WIDTH = 360;
const CHART_HEIGHT = 216;
/** Excel's and WPS's limit on an inline drop-down list ("是,否"). */
const MAX_LIST_CHARS = 255;

export interface RenderedPlan {
  rows: number;
  cols: number;
}

/** Rectangles of equal format inside a block: runs along each row, stacked onto the same run above. */
export function formatBlocks(
  formats: string[][]
): Array<{ row: number; col: number; rows: number; cols: number; format: string }> {
  const open = new Map<
    string,
    { row: number; col: number; rows: number; cols: number; format: string }
  >();
  const blocks: Array<{ row: number; col: number; rows: number; cols: number; format: string }> =
    [];
  formats.forEach((line, row) => {
    let col = 0;
    while (col < line.length) {
      let end = col + 1;
      while (end < line.length && line[end] === line[col]) end++;
      const key = `${col}:${end}:${line[col]}`;
      const above = open.get(key);
      if (above && above.row + above.rows === row) above.rows++;
      else {
        const block = { row, col, rows: 1, cols: end - col, format: line[col] };
        open.set(key, block);
        blocks.push(block);
      }
      col = end;
    }
  });
  return blocks;
}

/** Formula1 of a list validation: the items joined by commas (an item with a comma cannot be listed). */
export function listSource(list: readonly string[]): string {
  if (list.some((item) => item.includes(",")))
    throw new Error(`下拉列表的选项不能含逗号:${list.join("、")}`);
  const text = list.join(",");
  if (text.length > MAX_LIST_CHARS)
    throw new Error(`下拉列表超过 ${MAX_LIST_CHARS} 个字符:${text.slice(0, 40)}…`);
  return text;
}

function writeOp(sheet: EtWorksheet, op: PlanOp, top: number, left: number, plan: SheetPlan): void {
  const range = sheet.Range(localBlock(top + op.row, left + op.col, op.rows, op.cols));
  switch (op.kind) {
    case "cells": {
      // One cell takes a scalar: a 1×1 array is what COM accepts too, but a scalar is certain.
      range.Formula = op.rows * op.cols === 1 ? op.inputs[0][0] : op.inputs;
      for (const b of formatBlocks(op.formats)) {
        sheet.Range(
          localBlock(top + op.row + b.row, left + op.col + b.col, b.rows, b.cols)
        ).NumberFormat = b.format;
      }
      return;
    }
    case "bold":
      range.Font.Bold = op.value;
      return;
    case "wrap":
      range.WrapText = op.value;
      if (op.value) range.VerticalAlignment = XL.verticalTop;
      return;
    case "merge":
      if (op.rows * op.cols > 1) range.Merge();
      return;
    case "columnWidth":
      // The plan's widths are characters, ET's unit: no conversion (the Excel host needs points).
      range.ColumnWidth = plan.columnWidths![op.col];
      return;
    case "rowHeight":
      range.RowHeight = op.points;
      return;
    case "fontName":
      range.Font.Name = op.name;
      return;
    case "fontSize":
      range.Font.Size = op.size;
      return;
    case "align":
      range.HorizontalAlignment = ALIGN[op.value];
      return;
    case "border":
      // Range.Borders without an index is every edge, inside ones included: a printed table's grid.
      range.Borders.LineStyle = op.value ? XL.continuous : XL.lineStyleNone;
      if (op.value) range.Borders.Weight = XL.thin;
      return;
    default: {
      const unknown: never = op;
      throw new Error(`WPS 版不会写入这种计划内容:${JSON.stringify(unknown)}`);
    }
  }
}

const ALIGN = { Left: XL.alignLeft, Center: XL.alignCenter, Right: XL.alignRight } as const;

/** Millimetres to points, PageSetup's unit for margins. */
function mmToPoints(mm: number): number {
  return Math.round((mm * 72 * 100) / 25.4) / 100;
}

/** A4, fitted to one page wide, margins, print area and footer, as the plan asks (PageSetup of the ET model). */
function writePage(sheet: EtWorksheet, plan: SheetPlan, top: number, left: number): void {
  const page = plan.page;
  if (!page) return;
  const setup = sheet.PageSetup;
  setup.PaperSize = XL.paperA4;
  setup.Orientation = page.orientation === "landscape" ? XL.landscape : XL.portrait;
  if (page.fitToWidth) {
    setup.Zoom = false;
    setup.FitToPagesWide = 1;
    setup.FitToPagesTall = false;
  }
  setup.TopMargin = mmToPoints(page.margins.top);
  setup.BottomMargin = mmToPoints(page.margins.bottom);
  setup.LeftMargin = mmToPoints(page.margins.left);
  setup.RightMargin = mmToPoints(page.margins.right);
  setup.HeaderMargin = mmToPoints(page.margins.header);
  setup.FooterMargin = mmToPoints(page.margins.footer);
  const area = page.printArea;
  setup.PrintArea = sheet
    .Range(localBlock(top + area.row, left + area.col, area.rows, area.cols))
    .Address(true, true);
  if (page.footer !== undefined) setup.CenterFooter = page.footer;
  if (page.centerHorizontally !== undefined) setup.CenterHorizontally = page.centerHorizontally;
}

/**
 * A table as ET can make it: WPS's typings expose no ListObjects.Add (only an undocumented _Add), so
 * the block gets a bold header with filter buttons, which is what a ledger's user works with.
 */
function writeTable(sheet: EtWorksheet, table: PlanTable, top: number, left: number): void {
  sheet.Range(localBlock(top + table.row, left + table.col, 1, table.cols)).Font.Bold = true;
  sheet.Range(localBlock(top + table.row, left + table.col, table.rows, table.cols)).AutoFilter();
}

function writeValidation(sheet: EtWorksheet, v: PlanValidation, top: number, left: number): void {
  const validation = sheet.Range(localBlock(top + v.row, left + v.col, v.rows, v.cols)).Validation;
  // Validation.Add fails over cells that already have a rule: clear them first, as Excel VBA must.
  validation.Delete();
  validation.Add(XL.validateList, XL.validAlertStop, XL.between, listSource(v.list));
  validation.IgnoreBlank = true;
  validation.InCellDropdown = true;
}

function writeChart(sheet: EtWorksheet, chart: PlanChart, top: number, left: number): void {
  const at = sheet.Cells.Item(top + chart.at.row + 1, left + chart.at.col + 1);
  // With a bottom-right corner the chart covers the cells up to it; else the default size.
  const to = chart.to
    ? sheet.Cells.Item(top + chart.to.row + 1, left + chart.to.col + 1)
    : undefined;
  // Shapes.AddChart2 rather than ChartObjects.Add: reported the more reliable in WPS (issue 17).
  const shape = sheet.Shapes.AddChart2(
    -1,
    chart.type === "pie" ? XL.pie : XL.columnClustered,
    Number(at.Left),
    Number(at.Top),
    to ? Number(to.Left) - Number(at.Left) : CHART_WIDTH,
    to ? Number(to.Top) - Number(at.Top) : CHART_HEIGHT
  );
  const source = chart.source;
  shape.Chart.SetSourceData(
    sheet.Range(localBlock(top + source.row, left + source.col, source.rows, source.cols)),
    XL.columns
  );
  shape.Chart.HasTitle = true;
  shape.Chart.ChartTitle.Text = chart.title;
  if (chart.type === "column") shape.Chart.HasLegend = false; // one series: the title says it
}

/** Freezing works on the active window: the sheet is shown first, scrolled to the top. */
function freeze(app: EtApplication, sheet: EtWorksheet, rows: number, cols: number): void {
  sheet.Activate();
  const window = app.ActiveWindow;
  window.FreezePanes = false;
  window.ScrollRow = 1;
  window.ScrollColumn = 1;
  window.SplitRow = rows;
  window.SplitColumn = cols;
  window.FreezePanes = true;
}

/** Runs `write` with screen updating off and calculation manual, restoring both however it ends. */
export function suspended<T>(app: EtApplication, write: () => T): T {
  const screen = app.ScreenUpdating;
  const calculation = app.Calculation;
  app.ScreenUpdating = false;
  app.Calculation = XL.calculationManual;
  try {
    return write();
  } finally {
    app.Calculation = calculation;
    app.ScreenUpdating = screen;
  }
}

/** Writes `plan` with its top-left at (top, left), 0-based. */
export function renderPlan(
  app: EtApplication,
  sheet: EtWorksheet,
  plan: SheetPlan,
  top = 0,
  left = 0
): RenderedPlan {
  // Refuse a bad plan (positions, merges, lists) before any cell is written.
  const ops = planOps(plan);
  for (const v of plan.validations ?? []) listSource(v.list);
  suspended(app, () => {
    for (const op of ops) writeOp(sheet, op, top, left, plan);
    for (const table of plan.tables ?? []) writeTable(sheet, table, top, left);
    for (const v of plan.validations ?? []) writeValidation(sheet, v, top, left);
    for (const chart of plan.charts ?? []) writeChart(sheet, chart, top, left);
    writePage(sheet, plan, top, left);
    if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0))
      freeze(
        app,
        sheet,
        plan.freeze.rows > 0 ? top + plan.freeze.rows : 0,
        plan.freeze.cols > 0 ? left + plan.freeze.cols : 0
      );
  });
  return planExtent(plan);
}
