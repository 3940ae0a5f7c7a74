/**
 * Writes a SheetPlan into an ExcelJS worksheet: values, formulas with the result core computed as the
 * saved value (so WPS, LibreOffice and previewers show figures before recalculating), number formats,
 * bold, fonts, alignment, borders, wrap, merges, widths, heights, tables, drop-down lists, frozen
 * panes and page setup. ExcelJS cannot write charts: the plan's charts are returned placed on the
 * sheet, and the file host adds them to the package it writes (./charts).
 */
import type ExcelJS from "exceljs";
import { rangeAddress } from "../core/blocks/a1";
import type { PlanCell, PlanPage, PlanTable, PlanValidation, SheetPlan } from "../core/sheetPlan";
import { planExtent } from "../core/sheetPlan";
import { type PlacedChart, placePlanCharts } from "./charts/planCharts";

/** Excel's limit on an inline drop-down list ("是,否"). */
const MAX_LIST_CHARS = 255;

function where(cell: PlanCell): string {
  return `第${cell.row + 1}行第${cell.col + 1}列 (row ${cell.row + 1}, column ${cell.col + 1})`;
}

/**
 * A formula as ExcelJS stores it (without "="), with core's result as its saved value. Text is
 * stored as text whatever it starts with: ExcelJS writes a string as a shared string, never a formula.
 */
function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    if (!cell.formula.startsWith("="))
      throw new Error(`公式必须以 = 开头 ${where(cell)}: ${cell.formula}`);
    return { formula: cell.formula.slice(1), result: cell.result } as ExcelJS.CellFormulaValue;
  }
  if (typeof cell.value === "number" && !Number.isFinite(cell.value))
    throw new Error(`不能写入非有限数字 ${where(cell)}: ${cell.value}`);
  return cell.value ?? null;
}

function writeCell(ws: ExcelJS.Worksheet, cell: PlanCell, row: number, col: number): void {
  const target = ws.getCell(row + cell.row + 1, col + cell.col + 1);
  target.value = cellValue(cell);
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.bold) target.font = { ...target.font, bold: true };
  if (cell.font?.name) target.font = { ...target.font, name: cell.font.name };
  if (cell.font?.size) target.font = { ...target.font, size: cell.font.size };
  if (cell.wrap) target.alignment = { ...target.alignment, wrapText: true, vertical: "top" };
  if (cell.align) target.alignment = { ...target.alignment, horizontal: cell.align };
  if (cell.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    target.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
}

const MM_PER_INCH = 25.4;
/** ExcelJS's paper size code for A4. */
const A4_PAPER = 9;

/** A4, one page wide, margins (inches in the file), print area and page numbers. */
function setPage(ws: ExcelJS.Worksheet, page: PlanPage, row: number, col: number): void {
  const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 100) / 100;
  const area = page.printArea;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER,
    orientation: page.orientation,
    ...(page.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    horizontalCentered: page.centerHorizontally === true,
    margins: {
      top: inch(page.margins.top),
      bottom: inch(page.margins.bottom),
      left: inch(page.margins.left),
      right: inch(page.margins.right),
      header: inch(page.margins.header),
      footer: inch(page.margins.footer),
    },
    printArea: rangeAddress(
      "",
      { row: row + area.row, col: col + area.col },
      { row: row + area.row + area.rows - 1, col: col + area.col + area.cols - 1 }
    ),
  };
  if (page.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${page.footer}` };
}

/** A table name not yet used anywhere in the workbook: Excel refuses a file with two alike. */
function freshTableName(ws: ExcelJS.Worksheet, name: string): string {
  const taken = new Set<string>();
  for (const sheet of ws.workbook.worksheets)
    for (const t of Object.keys((sheet as unknown as { tables?: object }).tables ?? {}))
      taken.add(t.toLowerCase());
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name}_${n}`.toLowerCase())) return `${name}_${n}`;
}

function addTable(ws: ExcelJS.Worksheet, table: PlanTable, row: number, col: number): void {
  const top = row + table.row + 1;
  const left = col + table.col + 1;
  const seen = new Set<string>();
  // A table's header names must be distinct and non-empty, or Excel repairs the file on opening.
  const columns = Array.from({ length: table.cols }, (_, j) => {
    const text = String(ws.getCell(top, left + j).value ?? "").trim() || `列${j + 1}`;
    let name = text;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${text}${n}`;
    seen.add(name.toLowerCase());
    return { name, filterButton: true };
  });
  // addTable stores these values back into the cells; taking them from the cells keeps what the plan wrote.
  const rows = Array.from({ length: Math.max(table.rows - 1, 1) }, (_, i) =>
    Array.from({ length: table.cols }, (_, j) => ws.getCell(top + 1 + i, left + j).value)
  );
  ws.addTable({
    name: freshTableName(ws, table.name),
    ref: ws.getCell(top, left).address,
    headerRow: true,
    style: {
      theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns,
    rows,
  });
}

function listFormula(list: readonly string[]): string {
  if (list.some((item) => item.includes(",")))
    throw new Error(
      `下拉列表的选项不能含逗号 (a drop-down item contains a comma): ${list.join(" | ")}`
    );
  const text = list.join(",");
  if (text.length > MAX_LIST_CHARS)
    throw new Error(
      `下拉列表超过 ${MAX_LIST_CHARS} 个字符 (drop-down list too long): ${text.slice(0, 40)}…`
    );
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * One rule per range. Not cell by cell: ExcelJS then joins the cells into ranges itself, sorting
 * addresses as text ("G10" before "G2"), and writes overlapping ranges (G10:G201 and G2:G201).
 * `dataValidations` is ExcelJS's worksheet API, left out of its type declarations.
 */
function addValidation(ws: ExcelJS.Worksheet, v: PlanValidation, row: number, col: number): void {
  const start = { row: row + v.row, col: col + v.col };
  const address = rangeAddress("", start, {
    row: start.row + v.rows - 1,
    col: start.col + v.cols - 1,
  });
  const rule: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [listFormula(v.list)],
    showErrorMessage: true,
  };
  (
    ws as unknown as {
      dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void };
    }
  ).dataValidations.add(address, rule);
}

export interface RenderedPlan {
  rows: number;
  cols: number;
  /** The plan's charts, placed on the sheet, for the package writer to draw. */
  charts: PlacedChart[];
}

/** Writes `plan` with its top-left at (anchorRow, anchorCol), 0-based. */
export function renderPlan(
  ws: ExcelJS.Worksheet,
  plan: SheetPlan,
  anchorRow = 0,
  anchorCol = 0
): RenderedPlan {
  // Checked before any cell is written: a bad chart leaves the sheet untouched.
  const charts = placePlanCharts(plan, anchorRow, anchorCol);
  for (const cell of plan.cells) writeCell(ws, cell, anchorRow, anchorCol);
  for (const m of plan.merges ?? []) {
    if (m.rows * m.cols > 1)
      ws.mergeCells(
        anchorRow + m.row + 1,
        anchorCol + m.col + 1,
        anchorRow + m.row + m.rows,
        anchorCol + m.col + m.cols
      );
  }
  for (const [c, width] of Object.entries(plan.columnWidths ?? {}))
    ws.getColumn(anchorCol + Number(c) + 1).width = width;
  for (const [r, height] of Object.entries(plan.rowHeights ?? {}))
    ws.getRow(anchorRow + Number(r) + 1).height = height;
  for (const table of plan.tables ?? []) addTable(ws, table, anchorRow, anchorCol);
  for (const v of plan.validations ?? []) addValidation(ws, v, anchorRow, anchorCol);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const ySplit = plan.freeze.rows > 0 ? anchorRow + plan.freeze.rows : 0;
    const xSplit = plan.freeze.cols > 0 ? anchorCol + plan.freeze.cols : 0;
    ws.views = [
      { state: "frozen", xSplit, ySplit, topLeftCell: ws.getCell(ySplit + 1, xSplit + 1).address },
    ];
  }
  if (plan.page) setPage(ws, plan.page, anchorRow, anchorCol);
  const { rows, cols } = planExtent(plan);
  return { rows, cols, charts };
}
