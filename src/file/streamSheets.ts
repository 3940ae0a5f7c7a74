/**
 * The command line (`check`, `report`, `rollup`) reads worksheets with ExcelJS's streaming reader:
 * row by row, keeping only the cells that hold something, so peak memory follows the ledgers' cells
 * rather than ExcelJS's whole in-memory model (about 20 bytes per unpacked byte). The streaming
 * reader skips merged areas, which ledger detection needs (a title merged across the table, a
 * two-row header): they are picked out of each sheet's XML text as the reader parses it. Node only (streams).
 */
import { Readable } from "stream";
import { StringDecoder } from "string_decoder";
import ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";
import type { PlanMerge } from "../core/sheetPlan";
import { isUncachedFormula, plainValue, storedValue } from "./cellValue";
import { WorkbookFileError } from "./fileErrors";
import { type SheetRead, sheetFromCells } from "./readSheet";

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

/**
 * Collects the merged areas a worksheet's XML declares, 0-based, from its text as the streaming
 * reader parses it (the reader itself skips them): the part is inflated once, not again for merges.
 */
class MergeScanner {
  readonly merges: PlanMerge[] = [];
  private readonly seen = new Set<string>();
  private tail = "";

  scan(chunk: string): void {
    const text = this.tail + chunk;
    // Most chunks are rows of cells: the regex runs only where a merge can be.
    if (text.includes("mergeCell"))
      for (const m of text.matchAll(MERGE_CELL)) {
        if (this.seen.has(m[0])) continue;
        this.seen.add(m[0]);
        const [top, left, bottom, right] = [
          Number(m[2]),
          columnNumber(m[1]),
          Number(m[4]),
          columnNumber(m[3]),
        ];
        this.merges.push({
          row: top - 1,
          col: left - 1,
          rows: bottom - top + 1,
          cols: right - left + 1,
        });
      }
    this.tail = text.slice(-OVERLAP);
  }
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

/** Chunks decoded as UTF-8 across their boundaries (a character cut in two stays whole), shown to `merges` on the way. */
async function* utf8(chunks: AsyncIterable<unknown>, merges: MergeScanner): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    if (text) {
      merges.scan(text);
      yield text;
    }
  }
  const rest = decoder.end();
  if (rest) {
    merges.scan(rest);
    yield rest;
  }
}

const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/**
 * ExcelJS's streaming reader decodes each chunk of XML on its own, so a Chinese character cut
 * between two chunks comes out as "���" (the in-memory reader reads whole parts). This reader
 * hands it text decoded across chunks, and collects each sheet's merged areas from that text.
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
    const merges = new MergeScanner();
    for (const event of base._parseWorksheet.call(this, utf8(iterator, merges), sheetNo)) {
      (event.value as { mergeScanner?: MergeScanner }).mergeScanner = merges;
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
      const { mergeScanner, name, state } = ws as unknown as {
        mergeScanner: MergeScanner;
        name: string;
        state?: string;
      };
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
      // The whole part has been parsed once the rows are read: its merges (after the rows) are in.
      sheets.push({
        ...sheetFromCells(name, cells, mergeScanner.merges, uncached),
        state: state ?? "visible",
      });
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
