/**
 * The command line's `check` reads worksheets with ExcelJS's streaming reader: row by row, keeping
 * only the cells that hold something, so peak memory follows the ledgers' cells rather than
 * ExcelJS's whole in-memory model (about 20 bytes per unpacked byte). The streaming reader skips
 * merged areas, which ledger detection needs (a title merged across the table, a two-row header):
 * they are read from each sheet's XML here, inflating it one chunk at a time. Node only (streams).
 * `report` still opens the whole workbook: it writes a copy of it.
 */
import { Readable } from "stream";
import { StringDecoder } from "string_decoder";
import ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";
import type { PlanMerge } from "../core/sheetPlan";
import { isUncachedFormula, plainValue, storedValue } from "./cellValue";
import { WorkbookFileError } from "./fileErrors";
import { inflateChunks, packedData } from "./inflationCap";
import { type SheetRead, sheetFromCells } from "./readSheet";
import { zipEntries } from "./zipEntries";

const MERGE_CELL = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
/** OOXML's escapes of characters XML cannot hold (_x001B_ is ESC), decoded as the in-memory reader does. */
const ESCAPED = /_x([0-9A-F]{4})_/g;
const unescaped = (value: CellValue): CellValue =>
  typeof value === "string" && value.includes("_x")
    ? value.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : value;

/** What is kept of one chunk for the next, so a tag cut between two chunks is still found. */
const OVERLAP = 256;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The merged areas a worksheet's XML declares, 0-based, read from the packed entry chunk by chunk. */
export function mergesInXml(packed: Uint8Array, method: number): PlanMerge[] {
  const merges: PlanMerge[] = [];
  const seen = new Set<string>();
  let tail = "";
  const scan = (chunk: Uint8Array) => {
    // Tags and references are ASCII: one char per byte is enough to find them.
    let text = tail;
    for (let i = 0; i < chunk.length; i += 8192)
      text += String.fromCharCode(...chunk.subarray(i, i + 8192));
    for (const m of text.matchAll(MERGE_CELL)) {
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
      const [top, left, bottom, right] = [
        Number(m[2]),
        columnNumber(m[1]),
        Number(m[4]),
        columnNumber(m[3]),
      ];
      merges.push({ row: top - 1, col: left - 1, rows: bottom - top + 1, cols: right - left + 1 });
    }
    tail = text.slice(-OVERLAP);
  };
  if (method === 0) scan(packed);
  else inflateChunks(packed, scan);
  return merges;
}

/** The streaming reader's internals this module corrects (not in ExcelJS's types). */
interface ReaderInternals {
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string
  ): Generator<{ eventType: string; value: unknown }>;
  model: { sheets?: Array<{ name: string }> };
}

/** Chunks decoded as UTF-8 across their boundaries (a character cut in two stays whole). */
async function* utf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/**
 * ExcelJS's streaming reader decodes each chunk of XML on its own, so a Chinese character cut
 * between two chunks comes out as "���" (the in-memory reader reads whole parts). This reader
 * hands it text decoded across chunks, and notes which worksheet part each sheet came from.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorkbook(entry: Readable): Promise<void> {
    return base._parseWorkbook.call(this, entry.setEncoding("utf8"));
  }

  _parseStyles(entry: Readable): Promise<void> {
    return base._parseStyles.call(this, entry.setEncoding("utf8"));
  }

  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    return base._parseSharedStrings.call(this, entry.setEncoding("utf8"));
  }

  *_parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string) {
    for (const event of base._parseWorksheet.call(this, utf8(iterator), sheetNo)) {
      (event.value as { part?: string }).part = `xl/worksheets/sheet${sheetNo}.xml`;
      yield event;
    }
  }
}

export interface StreamedSheet extends SheetRead {
  /** "visible", "hidden" or "veryHidden" (the settings sheet). */
  state: string;
}

/** Every worksheet of the workbook, streamed. The bytes have passed inspectXlsx and checkInflation. */
export async function streamSheets(bytes: Uint8Array, file: string): Promise<StreamedSheet[]> {
  const entries = zipEntries(bytes);
  const reader = new Utf8WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  const sheets: StreamedSheet[] = [];
  try {
    for await (const ws of reader) {
      const { part, name, state } = ws as unknown as { part: string; name: string; state?: string };
      const cells: Array<{ row: number; col: number; value: CellValue }> = [];
      let uncached = 0;
      for await (const row of ws) {
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const stored = storedValue(cell);
          if (isUncachedFormula(stored)) uncached++;
          const value = unescaped(plainValue(stored));
          if (value !== null) cells.push({ row: Number(row.number) - 1, col: col - 1, value });
        });
      }
      const entry = entries.find((e) => e.name === part);
      const merges = entry ? mergesInXml(packedData(bytes, entry, file), entry.method) : [];
      sheets.push({ ...sheetFromCells(name, cells, merges, uncached), state: state ?? "visible" });
    }
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError("unreadable", file, (e as Error).message);
  }
  // In the workbook's order (the reader meets the parts in the zip's order).
  const order = ((reader as unknown as ReaderInternals).model?.sheets ?? []).map((s) => s.name);
  const at = (name: string) => (order.indexOf(name) + 1 || order.length + 1) - 1;
  return sheets.sort((a, b) => at(a.name) - at(b.name));
}
