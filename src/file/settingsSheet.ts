/**
 * Settings kept in the file itself, in a very hidden sheet (Excel shows it only to VBA), one row per
 * key: the key in column A, its JSON in B (continued into C, D… past Excel's 32,767 characters per
 * cell). Why a sheet and not custom document properties: ExcelJS neither reads nor writes custom
 * properties, and a sheet travels with the workbook through Excel, WPS and LibreOffice.
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../core/grid";
import { parseSetting, SETTINGS_SHEET_NAME } from "../core/settingUnreadable";

export { SettingUnreadableError } from "../core/settingUnreadable";
export const SETTINGS_SHEET = SETTINGS_SHEET_NAME;
/** Below Excel's 32,767-character cell limit. */
const CHUNK = 32_000;

function sheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.getWorksheet(SETTINGS_SHEET);
}

function rowOf(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row | undefined {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return ws.getRow(r);
  return undefined;
}

export function readSetting<T>(workbook: ExcelJS.Workbook, key: string): T | undefined {
  const ws = sheetOf(workbook);
  const row = ws && rowOf(ws, key);
  if (!row) return undefined;
  let json = "";
  for (let c = 2; typeof row.getCell(c).value === "string"; c++)
    json += row.getCell(c).value as string;
  if (json === "") return undefined;
  return parseSetting<T>(key, json);
}

/** The same, from the settings sheet's cells as a grid (the command line's streamed read). */
export function readSettingFromGrid<T>(grid: Grid, key: string): T | undefined {
  const row = grid.find((line) => line[0] === key);
  if (!row) return undefined;
  let json = "";
  for (let c = 1; c < row.length && typeof row[c] === "string"; c++) json += row[c] as string;
  if (json === "") return undefined;
  return parseSetting<T>(key, json);
}

/** Stores `value` as JSON under `key`; undefined removes the key. */
export function writeSetting(workbook: ExcelJS.Workbook, key: string, value: unknown): void {
  const json = value === undefined ? undefined : JSON.stringify(value);
  let ws = sheetOf(workbook);
  if (!ws) {
    if (json === undefined) return;
    ws = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  }
  const row = rowOf(ws, key) ?? ws.getRow(ws.rowCount + 1);
  row.values = [];
  if (json === undefined) return;
  row.getCell(1).value = key;
  for (let i = 0, c = 2; i < json.length; i += CHUNK, c++)
    row.getCell(c).value = json.slice(i, i + CHUNK);
}
