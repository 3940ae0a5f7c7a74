/**
 * Finds a standard ledger in a sheet laid out like a printed form: which ledger it is, where its
 * header is (one or two rows among the first 20), which column holds which field, and which rows are
 * data (not the totals row, footnotes, sign-offs or blank rows).
 */
import type { CellValue, Grid } from "../grid";
import { isBlank } from "../grid";
import { compactText, normaliseHeader } from "./headerText";
import {
  type GridMerge,
  type HeaderColumn,
  MergedGrid,
  singleRowHeader,
  twoRowHeader,
} from "./headerLayout";
import { isSerialColumn, mapColumns } from "./match";
import { classifyRow, isNumberingRow } from "./rows";
import { readSavedMappings } from "./savedMappings";
import { DETECTED_SCHEMAS, type LedgerId, type LedgerSchema } from "./schemas";

export type { GridMerge } from "./headerLayout";

export interface Detection {
  schemaId: LedgerId;
  sheetName?: string;
  headerRows: number[];
  /** 0-based, inclusive; end < start when the ledger has no data rows yet. */
  dataRows: { start: number; end: number };
  columns: Record<string, number>;
  /** The header as shown, by column. */
  headerTexts: Record<number, string>;
  totalsRow?: number;
  /** Rows inside or around the data that are not data: blank, numbering, subtotal rows. */
  ignoredRows: number[];
  confidence: number;
  missingRequired: string[];
}

export interface DetectOptions {
  merges?: GridMerge[];
  sheetName?: string;
}

const HEADER_SCAN_ROWS = 20;
/** Below this a sheet is not called a ledger. */
const MIN_CONFIDENCE = 0.3;
/** Field weight (required fields count twice) that is evidence enough on its own. */
const EVIDENCE = 5;

interface Candidate {
  schema: LedgerSchema;
  headerRows: number[];
  header: HeaderColumn[];
  columns: Record<string, number>;
  matched: number;
  score: number;
}

function weight(required: boolean | undefined): number {
  return required ? 2 : 1;
}

function scoreOf(
  schema: LedgerSchema,
  header: HeaderColumn[],
  columns: Record<string, number>,
  strength: Record<string, number>,
  hinted: boolean
): number {
  let total = 0;
  let found = 0;
  for (const field of schema.fields) {
    total += weight(field.required);
    if (field.key in columns) found += weight(field.required) * Math.min(1, strength[field.key]);
  }
  const named = header.filter((c) => !isSerialColumn(c)).length;
  const used = Object.keys(columns).length;
  // Share of the ledger found, plus plain evidence (five fields' worth is enough: sheets carry extra
  // columns such as 联系人 or 电话), plus the share of headers explained, which tells close ledgers apart.
  return (
    0.45 * (found / total) +
    0.35 * Math.min(1, found / EVIDENCE) +
    0.2 * (named === 0 ? 0 : used / named) +
    (hinted ? 0.05 : 0)
  );
}

function hints(schema: LedgerSchema, text: string): boolean {
  return schema.keywords.some((k) => text.includes(k));
}

function evaluate(
  schema: LedgerSchema,
  header: HeaderColumn[],
  headerRows: number[],
  context: string
): Candidate {
  const { columns, strength } = mapColumns(schema, header);
  const score = scoreOf(schema, header, columns, strength, hints(schema, context));
  return { schema, headerRows, header, columns, matched: Object.keys(columns).length, score };
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (b === null) return true;
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  return a.matched > b.matched;
}

/** Every schema's best header layout in the first rows. */
function candidates(cells: MergedGrid, sheetName: string): Map<LedgerId, Candidate> {
  const best = new Map<LedgerId, Candidate>();
  const rows = Math.min(HEADER_SCAN_ROWS, cells.grid.length);
  let above = sheetName;
  for (let r = 0; r < rows; r++) {
    const single = singleRowHeader(cells, r);
    if (single.length >= 2) {
      const double = r + 1 < cells.grid.length ? twoRowHeader(cells, r) : null;
      for (const schema of DETECTED_SCHEMAS) {
        let pick = evaluate(schema, single, [r], above);
        if (double) {
          const two = evaluate(schema, double, [r, r + 1], above);
          // A second header row must earn its place by naming more fields.
          if (two.matched > pick.matched) pick = two;
        }
        if (better(pick, best.get(schema.id) ?? null)) best.set(schema.id, pick);
      }
    }
    // Titles hint at the ledger ("…参保情况台账"); a row of many cells is a header or data, not a title.
    const filled = (cells.grid[r] ?? []).filter((v) => !isBlank(v));
    if (filled.length <= 2) above += filled.map(compactText).join("");
  }
  return best;
}

function numericColumns(schema: LedgerSchema, columns: Record<string, number>): number[] {
  return schema.fields
    .filter((f) => ["count", "money", "ratio"].includes(f.type) && f.key in columns)
    .map((f) => columns[f.key]);
}

function nameColumn(schema: LedgerSchema, columns: Record<string, number>): number | undefined {
  const text = schema.fields.find((f) => f.type === "text" && f.key in columns);
  return text ? columns[text.key] : undefined;
}

/** Data rows below the header: up to the totals row, a footnote or a sign-off; trailing blanks dropped. */
function findRows(
  grid: Grid,
  pick: Candidate
): Pick<Detection, "dataRows" | "totalsRow" | "ignoredRows"> {
  const first = pick.headerRows[pick.headerRows.length - 1] + 1;
  const nameCol = nameColumn(pick.schema, pick.columns);
  const numeric = numericColumns(pick.schema, pick.columns);
  const ignored: number[] = [];
  let start = -1;
  let end = -1;
  let totalsRow: number | undefined;
  let r = first;
  if (r < grid.length && isNumberingRow(grid, r)) ignored.push(r++);
  for (; r < grid.length; r++) {
    if (repeatsHeader(grid, r, pick)) {
      ignored.push(r); // a header printed again after a page break
      continue;
    }
    const kind = classifyRow(grid, r, nameCol, numeric);
    if (kind === "footnote" || kind === "signoff") break;
    if (kind === "data") {
      if (start < 0) start = r;
      end = r;
    } else if (kind === "totals") {
      // A totals row before any data (some forms put 合计 first) does not end the table; one after does,
      // unless more data follows, in which case it was a subtotal.
      if (start < 0 && totalsRow === undefined) {
        totalsRow = r;
      } else if (moreDataBelow(grid, r + 1, nameCol, numeric)) {
        ignored.push(r);
      } else {
        totalsRow = r;
        break;
      }
    } else {
      ignored.push(r);
    }
  }
  if (start < 0)
    return {
      dataRows: { start: first, end: first - 1 },
      totalsRow,
      ignoredRows: ignored.filter((i) => i < first),
    };
  return { dataRows: { start, end }, totalsRow, ignoredRows: ignored.filter((i) => i <= end) };
}

/** Most filled cells of the row say their own column's header again. */
function repeatsHeader(grid: Grid, r: number, pick: Candidate): boolean {
  let filled = 0;
  let same = 0;
  for (const h of pick.header) {
    const text = normaliseHeader(grid[r]?.[h.col]);
    if (text === "") continue;
    filled++;
    if (
      h.candidates.includes(text) ||
      (h.group?.kind === "parent" && h.group.parent === text) ||
      text === "其中"
    )
      same++;
  }
  return same >= 2 && same * 2 > filled;
}

function moreDataBelow(
  grid: Grid,
  from: number,
  nameCol: number | undefined,
  numeric: number[]
): boolean {
  for (let r = from; r < grid.length; r++) {
    const kind = classifyRow(grid, r, nameCol, numeric);
    if (kind === "data") return true;
    if (kind !== "blank") return false;
  }
  return false;
}

function headerTexts(header: HeaderColumn[]): Record<number, string> {
  const out: Record<number, string> = {};
  for (const column of header) out[column.col] = column.display;
  return out;
}

function toDetection(
  grid: Grid,
  pick: Candidate,
  confidence: number,
  sheetName?: string
): Detection {
  const missingRequired = pick.schema.fields
    .filter((f) => f.required && !(f.key in pick.columns))
    .map((f) => f.key);
  return {
    schemaId: pick.schema.id,
    ...(sheetName !== undefined ? { sheetName } : {}),
    headerRows: pick.headerRows,
    ...findRows(grid, pick),
    columns: { ...pick.columns },
    headerTexts: headerTexts(pick.header),
    confidence: Math.round(confidence * 1000) / 1000,
    missingRequired,
  };
}

/** Why a sheet that looks a little like a ledger was not taken for one. */
export interface Refusal {
  sheetName?: string;
  /** The ledger it came closest to. */
  bestGuess: LedgerId;
  /** Headers that fit that ledger, and those that fit nothing in it. */
  matchedHeaders: string[];
  otherHeaders: string[];
  /** Required fields of the best guess the sheet lacks (their standard headers). */
  missing: string[];
  reason: string;
  reasonEn: string;
}

/** A sheet's verdict: the ledger it holds, or why none (null when nothing in it looks like a header). */
export interface Assessment {
  detection: Detection | null;
  refusal: Refusal | null;
}

/**
 * A sheet that lacks a required field of its best fit, and whose headers that ledger mostly does not
 * explain, is something else (an activity register is not a visits ledger because it has 金额).
 */
const FEW_FIELDS = 4;
const WELL_EXPLAINED = 2 / 3;

function refusalOf(pick: Candidate, reason: "weak" | "poor", sheetName?: string): Refusal {
  const used = new Set(Object.values(pick.columns));
  const named = pick.header.filter((c) => !isSerialColumn(c));
  const matchedHeaders = named.filter((c) => used.has(c.col)).map((c) => c.display);
  const otherHeaders = named.filter((c) => !used.has(c.col)).map((c) => c.display);
  const missing = pick.schema.fields
    .filter((f) => f.required && !(f.key in pick.columns))
    .map((f) => f.label);
  const quoted = (xs: string[]) => xs.map((x) => `“${x}”`).join("、");
  const lacking = missing.length ? `，缺少必需的${quoted(missing)}列` : "";
  const lackingEn = missing.length ? `, lacks the required ${missing.join(", ")}` : "";
  const fit = `${named.length}个表头中只有${matchedHeaders.length}个能对应`;
  const fitEn = `only ${matchedHeaders.length} of its ${named.length} headers fit`;
  const sure = reason === "weak" ? "，且与其他台账难以区分" : "";
  const sureEn = reason === "weak" ? ", and it fits other ledgers almost as well" : "";
  return {
    ...(sheetName !== undefined ? { sheetName } : {}),
    bestGuess: pick.schema.id,
    matchedHeaders,
    otherHeaders,
    missing,
    reason: `最接近“${pick.schema.title}”，但${fit}${lacking}${sure}，未作为台账使用。`,
    reasonEn: `Closest to ${pick.schema.titleEn}, but ${fitEn}${lackingEn}${sureEn}; not used as a ledger.`,
  };
}

/**
 * The ledger a sheet holds, or why it holds none. Confidence falls when required fields are missing
 * and when another ledger fits almost as well; a sheet below the bar is refused with its best guess.
 */
export function assessSheet(grid: Grid, options: DetectOptions = {}): Assessment {
  if (!Array.isArray(grid) || grid.length === 0) return { detection: null, refusal: null };
  const cells = new MergedGrid(grid, options.merges ?? []);
  const ranked = [...candidates(cells, options.sheetName ?? "").values()].sort(
    (a, b) => b.score - a.score
  );
  const pick = ranked[0];
  if (!pick || pick.matched < 2) return { detection: null, refusal: null };
  let confidence = Math.min(1, pick.score);
  const lacksRequired = pick.schema.fields.some((f) => f.required && !(f.key in pick.columns));
  if (lacksRequired) {
    confidence *= 0.8;
    const named = pick.header.filter((c) => !isSerialColumn(c)).length;
    if (pick.matched < FEW_FIELDS && pick.matched < named * WELL_EXPLAINED)
      return { detection: null, refusal: refusalOf(pick, "poor", options.sheetName) };
  }
  const runnerUp = ranked[1];
  if (runnerUp && pick.score - runnerUp.score < 0.05) confidence *= 0.6;
  if (confidence < MIN_CONFIDENCE)
    return { detection: null, refusal: refusalOf(pick, "weak", options.sheetName) };
  return { detection: toDetection(grid, pick, confidence, options.sheetName), refusal: null };
}

/** The ledger a sheet holds, or null when no schema fits well enough (assessSheet says why). */
export function detectLedger(grid: Grid, options: DetectOptions = {}): Detection | null {
  return assessSheet(grid, options).detection;
}

/** The sheets of a workbook that look a little like a ledger but were refused, with the reason. */
export function refusedSheets(
  sheets: ReadonlyArray<{ name: string; grid: Grid; merges?: GridMerge[] }>,
  taken: readonly Detection[]
): Refusal[] {
  const used = new Set(taken.map((d) => d.sheetName));
  return sheets
    .filter((s) => !used.has(s.name))
    .map((s) => assessSheet(s.grid, { merges: s.merges, sheetName: s.name }).refusal)
    .filter((r): r is Refusal => r !== null);
}

/**
 * The ledgers of a workbook: each sheet detected on its own, then one sheet per ledger kept (the most
 * confident), in sheet order.
 */
export function detectBest(
  sheets: ReadonlyArray<{ name: string; grid: Grid; merges?: GridMerge[] }>
): Detection[] {
  const found = sheets
    .map((sheet) => detectLedger(sheet.grid, { merges: sheet.merges, sheetName: sheet.name }))
    .filter((d): d is Detection => d !== null);
  return found.filter(
    (d, i) =>
      !found.some(
        (o, j) =>
          o.schemaId === d.schemaId &&
          (o.confidence > d.confidence || (o.confidence === d.confidence && j < i))
      )
  );
}

/** One data row of a ledger, by field key. */
export interface LedgerRecord {
  row: number;
  values: Record<string, CellValue>;
}

/** The data rows as records; blank, ignored and totals rows are left out. */
export function readRecords(grid: Grid, detection: Detection): LedgerRecord[] {
  const skip = new Set(detection.ignoredRows);
  if (detection.totalsRow !== undefined) skip.add(detection.totalsRow);
  const records: LedgerRecord[] = [];
  const columns = Object.entries(detection.columns);
  for (let r = detection.dataRows.start; r <= detection.dataRows.end; r++) {
    if (skip.has(r)) continue;
    const values: Record<string, CellValue> = {};
    let any = false;
    for (const [key, col] of columns) {
      values[key] = grid[r]?.[col];
      if (!isBlank(values[key])) any = true;
    }
    if (any) records.push({ row: r, values });
  }
  return records;
}

/** A ledger mapping the user confirmed (or corrected) in the pane, as kept in the workbook. */
export interface ConfirmedMapping {
  sheetName: string;
  schemaId: LedgerId;
  headerRows: number[];
  /** Field key → 0-based column. */
  columns: Record<string, number>;
}

/**
 * A detection that follows a confirmed mapping: the user's columns, with the data rows found again
 * (the ledger may have grown since), or null when the header rows no longer exist in the sheet.
 */
export function detectionFor(
  grid: Grid,
  mapping: ConfirmedMapping,
  merges: GridMerge[] = []
): Detection | null {
  const last = mapping.headerRows[mapping.headerRows.length - 1];
  if (last === undefined || last >= grid.length) return null;
  const cells = new MergedGrid(grid, merges);
  const first = mapping.headerRows[0];
  const header =
    (mapping.headerRows.length > 1 ? twoRowHeader(cells, first) : null) ??
    singleRowHeader(cells, first);
  const schema = DETECTED_SCHEMAS.find((s) => s.id === mapping.schemaId);
  if (!schema) return null;
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).filter(([key]) => schema.fields.some((f) => f.key === key))
  );
  const pick: Candidate = {
    schema,
    headerRows: mapping.headerRows,
    header,
    columns,
    matched: Object.keys(columns).length,
    score: 1,
  };
  return toDetection(grid, pick, 1, mapping.sheetName);
}

/**
 * The ledgers of a workbook, confirmed mappings first (one per ledger), the rest detected. `confirmed`
 * is what the workbook keeps, as read: only entries that pass readSavedMappings are followed.
 */
export function detectWithConfirmed(
  sheets: ReadonlyArray<{ name: string; grid: Grid; merges?: GridMerge[] }>,
  confirmed: unknown
): Detection[] {
  const kept: Detection[] = [];
  for (const mapping of readSavedMappings(confirmed, sheets).mappings) {
    const sheet = sheets.find((s) => s.name === mapping.sheetName);
    const d = sheet ? detectionFor(sheet.grid, mapping, sheet.merges) : null;
    if (d && !kept.some((k) => k.schemaId === d.schemaId)) kept.push(d);
  }
  const taken = new Set(kept.map((d) => d.sheetName));
  const found = detectBest(sheets.filter((s) => !taken.has(s.name))).filter(
    (d) => !kept.some((k) => k.schemaId === d.schemaId)
  );
  return [...kept, ...found];
}

/** What is kept in the workbook for a detection the user confirmed. */
export function confirmedMapping(d: Detection): ConfirmedMapping {
  return {
    sheetName: d.sheetName ?? "",
    schemaId: d.schemaId,
    headerRows: [...d.headerRows],
    columns: { ...d.columns },
  };
}
