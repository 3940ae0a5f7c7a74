/**
 * Bridges between ExcelJS and the fake ET workbook, for the tests that compare the WPS host with the
 * file host: a workbook file loaded into the fake (as WPS would open it: values, the saved results of
 * formulas, formats, merges, hidden sheets), and one comparable dump of a sheet from either side.
 */
import type ExcelJS from "exceljs";
import { FakeApplication, type FakeWorksheet } from "./fakeEt";

const MERGE = 1; // ExcelJS.ValueType.Merge

function plain(value: ExcelJS.CellValue): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569; // the serial number ET gives
  const v = value as { result?: unknown; richText?: Array<{ text: string }>; text?: string };
  if ("formula" in v || "sharedFormula" in v) return plain(v.result as ExcelJS.CellValue);
  if (v.richText) return v.richText.map((t) => t.text).join("");
  if (typeof v.text === "string") return v.text;
  return undefined;
}

export function fakeFromExcelJS(workbook: ExcelJS.Workbook): FakeApplication {
  const app = new FakeApplication(workbook.worksheets.map((ws) => ws.name));
  const book = app.workbook!;
  workbook.worksheets.forEach((ws, i) => {
    const sheet = book.sheets[i];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === MERGE) return;
        const value = plain(cell.value);
        const formula = (cell.value as { formula?: string } | null)?.formula;
        if (value === undefined && !formula && !cell.numFmt) return;
        const target = sheet.edit(r - 1, c - 1);
        if (value !== undefined) target.value = value;
        if (formula) target.formula = `=${formula}`;
        if (cell.numFmt) target.format = cell.numFmt;
      })
    );
    for (const ref of (ws.model as { merges?: string[] }).merges ?? []) sheet.Range(ref).Merge();
  });
  workbook.worksheets.forEach((ws, i) => {
    if (ws.state === "veryHidden") book.sheets[i].Visible = 2;
    else if (ws.state === "hidden") book.sheets[i].Visible = 0;
  });
  return app;
}

export interface CellDump {
  formula?: string;
  value?: string | number | boolean;
  format: string;
  bold: boolean;
  wrap: boolean;
}

export interface SheetDump {
  cells: Record<string, CellDump>;
  merges: string[];
  widths: Record<number, number>;
}

export function dumpFake(sheet: FakeWorksheet): SheetDump {
  const cells: Record<string, CellDump> = {};
  for (const [key, cell] of sheet.cells) {
    if (cell.value === undefined && cell.formula === undefined) continue;
    const address = sheet.Cells.Item(Math.floor(key / 16_384) + 1, (key % 16_384) + 1).Address(
      false,
      false
    );
    cells[address] = {
      ...(cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value }),
      format: cell.format ?? "General",
      bold: cell.bold ?? false,
      wrap: cell.wrap ?? false,
    };
  }
  const at = (r: number, c: number) => sheet.Cells.Item(r + 1, c + 1).Address(false, false);
  const merges = sheet.merges.map((m) => `${at(m.r1, m.c1)}:${at(m.r2, m.c2)}`);
  return { cells, merges: merges.sort(), widths: Object.fromEntries(sheet.widths) };
}

export function dumpExcelJS(
  ws: ExcelJS.Worksheet,
  skipRows: ReadonlySet<number> = new Set()
): SheetDump {
  const cells: Record<string, CellDump> = {};
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (skipRows.has(r)) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === MERGE) return;
      const formula = (cell.value as { formula?: string } | null)?.formula;
      const value = formula ? undefined : plain(cell.value);
      if (value === undefined && !formula) return;
      cells[cell.address] = {
        ...(formula ? { formula: `=${formula}` } : { value }),
        format: cell.numFmt ?? "General",
        bold: cell.font?.bold ?? false,
        wrap: cell.alignment?.wrapText ?? false,
      };
    });
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice().sort();
  const widths: Record<number, number> = {};
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width !== undefined) widths[i] = column.width;
  });
  return { cells, merges, widths };
}
