/**
 * The confirmed ledger mappings kept in a workbook (the settings sheet, or Excel's workbook setting)
 * are input like any cell: anyone can edit them. Each is checked against a schema (a known sheet and
 * ledger, one or two consecutive header rows inside the sheet, known fields on whole column numbers
 * inside the sheet) before any of it reaches a formula; what fails is dropped with a message, and
 * that ledger is found by detection instead.
 */
import { MAX_COLS, MAX_ROWS } from "../blocks/a1";
import type { Grid } from "../grid";
import type { ConfirmedMapping } from "./detect";
import { LEDGER_SCHEMAS } from "./schemas";

export interface SavedMappingProblem {
  zh: string;
  en: string;
}

export interface SavedMappings {
  mappings: ConfirmedMapping[];
  problems: SavedMappingProblem[];
}

type Sheets = ReadonlyArray<{ name: string; grid: Grid }>;

function isIndex(value: unknown, limit: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < limit;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function widthOf(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (Array.isArray(row)) width = Math.max(width, row.length);
  return width;
}

/** Why one saved entry cannot be used, or null when it can. */
function entryProblem(entry: unknown, sheets: Sheets): [string, string] | null {
  if (!isRecord(entry)) return ["不是一个对象", "not an object"];
  const { sheetName, schemaId, headerRows, columns } = entry;
  if (typeof sheetName !== "string") return ["工作表名不是文字", "the sheet name is not text"];
  const sheet = sheets.find((s) => s.name === sheetName);
  if (!sheet) return [`没有名为"${sheetName}"的工作表`, `no sheet named "${sheetName}"`];
  const schema = LEDGER_SCHEMAS.find((s) => s.id === schemaId);
  if (!schema) return ["台账种类无法识别", "unknown ledger kind"];
  const height = Math.min(sheet.grid.length, MAX_ROWS);
  if (
    !Array.isArray(headerRows) ||
    headerRows.length < 1 ||
    headerRows.length > 2 ||
    !headerRows.every((r) => isIndex(r, height)) ||
    (headerRows.length === 2 && headerRows[1] !== headerRows[0] + 1)
  )
    return ["表头行不是工作表内的行号", "the header rows are not row numbers inside the sheet"];
  if (!isRecord(columns)) return ["列的对应关系不是一个对象", "the columns are not an object"];
  const width = Math.min(widthOf(sheet.grid), MAX_COLS);
  for (const [key, col] of Object.entries(columns)) {
    if (!schema.fields.some((f) => f.key === key))
      return [`“${schema.title}”没有字段“${key}”`, `${schema.titleEn} has no field "${key}"`];
    if (!isIndex(col, width))
      return [`字段“${key}”的列号不在工作表内`, `the column of "${key}" is not inside the sheet`];
  }
  return null;
}

/** The saved entries that hold up against the workbook's sheets, and a message for each that does not. */
export function readSavedMappings(saved: unknown, sheets: Sheets): SavedMappings {
  if (saved === undefined || saved === null) return { mappings: [], problems: [] };
  if (!Array.isArray(saved))
    return {
      mappings: [],
      problems: [
        {
          zh: "工作簿中保存的台账对应关系不是列表，已忽略，改为自动识别台账。",
          en: "The ledger mappings saved in the workbook are not a list: ignored, the ledgers are detected instead.",
        },
      ],
    };
  const mappings: ConfirmedMapping[] = [];
  const problems: SavedMappingProblem[] = [];
  saved.forEach((entry, i) => {
    const problem = entryProblem(entry, sheets);
    if (problem === null) {
      const e = entry as ConfirmedMapping;
      // A fresh copy of only the checked parts: nothing else from the file travels on.
      mappings.push({
        sheetName: e.sheetName,
        schemaId: e.schemaId,
        headerRows: [...e.headerRows],
        columns: { ...e.columns },
      });
      return;
    }
    problems.push({
      zh: `工作簿中保存的第 ${i + 1} 个台账对应关系无效（${problem[0]}），已忽略，改为自动识别该台账。`,
      en: `Saved ledger mapping ${i + 1} in the workbook is invalid (${problem[1]}): ignored, that ledger is detected instead.`,
    });
  });
  return { mappings, problems };
}
