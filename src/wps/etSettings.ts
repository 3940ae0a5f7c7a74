/**
 * Settings in the workbook, in the very hidden sheet the file host keeps them in (src/file/
 * settingsSheet.ts: "UnionStats设置", the key in column A, its JSON in B and on into C, D… past
 * 32,000 characters a cell), so a workbook carries its confirmed ledgers between Excel files, the
 * command line and WPS. Not PluginStorage: WPS does not save it with the file (et-jsapi-declare,
 * WPS.PluginStorage: "该对象的数据不会被持久化").
 */
import { literalText } from "../core/plan/cellInput";
import { parseSetting, SETTINGS_SHEET_NAME } from "../core/settingUnreadable";
import { localBlock } from "./etAddress";
import { type EtWorkbook, type EtWorksheet, XL } from "./etModel";
import { toGrid, usedExtent } from "./etRead";

/** The file host's name for the sheet (src/file/settingsSheet.ts): the two must stay equal. */
export const SETTINGS_SHEET = SETTINGS_SHEET_NAME;
const CHUNK = 32_000;

export function worksheets(workbook: EtWorkbook): EtWorksheet[] {
  const sheets: EtWorksheet[] = [];
  for (let i = 1; i <= workbook.Worksheets.Count; i++)
    sheets.push(workbook.Worksheets.Item(i) as EtWorksheet);
  return sheets;
}

function settingsSheet(workbook: EtWorkbook): EtWorksheet | undefined {
  return worksheets(workbook).find((ws) => ws.Name === SETTINGS_SHEET);
}

function rowsOf(ws: EtWorksheet): { grid: ReturnType<typeof toGrid>; cols: number } {
  const { rows, cols } = usedExtent(ws);
  return { grid: toGrid(ws.Range(localBlock(0, 0, rows, cols)).Value2, rows, cols), cols };
}

/** A setting's value; throws SettingUnreadableError when its JSON was damaged. */
export function readSetting<T>(workbook: EtWorkbook, key: string): T | undefined {
  const ws = settingsSheet(workbook);
  if (!ws) return undefined;
  const line = rowsOf(ws).grid.find((row) => row[0] === key);
  if (!line) return undefined;
  let json = "";
  for (let c = 1; c < line.length && typeof line[c] === "string"; c++) json += line[c] as string;
  if (json === "") return undefined;
  // Not JSON: a SettingUnreadableError naming the setting (the host reads it as unset and says so).
  return parseSetting<T>(key, json);
}

/** Stores `value` as JSON under `key`; undefined clears the key's row. */
export function writeSetting(workbook: EtWorkbook, key: string, value: unknown): void {
  const json = value === undefined ? undefined : JSON.stringify(value);
  let ws = settingsSheet(workbook);
  if (!ws) {
    if (json === undefined) return;
    const shown = workbook.ActiveSheet as EtWorksheet | null;
    const sheets = workbook.Worksheets;
    ws = sheets.Add(undefined, sheets.Item(sheets.Count)) as EtWorksheet;
    ws.Name = SETTINGS_SHEET;
    shown?.Activate(); // Sheets.Add shows the new sheet: give the user theirs back before hiding it
    ws.Visible = XL.sheetVeryHidden;
  }
  const { grid, cols } = rowsOf(ws);
  const found = grid.findIndex((row) => row[0] === key);
  const empty = grid.length === 1 && grid[0].every((v) => v === null);
  const row = found >= 0 ? found : empty ? 0 : grid.length;
  const chunks: string[] = [];
  for (let i = 0; json !== undefined && i < json.length; i += CHUNK)
    chunks.push(json.slice(i, i + CHUNK));
  const line: Array<string> = json === undefined ? [] : [key, ...chunks];
  const width = Math.max(cols, line.length, 1);
  // Text kept literal (a chunk may begin with "-" or a digit); blanks clear what a longer value left.
  const inputs = Array.from({ length: width }, (_, c) =>
    c < line.length ? literalText(line[c]) : ""
  );
  ws.Range(localBlock(row, 0, 1, width)).Formula = width === 1 ? inputs[0] : [inputs];
}
