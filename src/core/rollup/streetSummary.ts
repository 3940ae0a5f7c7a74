/**
 * One street's workbook as a roll-up sees it: its report figures computed by the same code as its own
 * report (draftFromWorkbook), its own findings with file, sheet and cell, its name and year as the
 * workbook states them, and its units (name, 统一社会信用代码) for the district's duplicate check.
 * A district workbook summarises the same way: its 分街道汇总 is its ledger, its figures its totals.
 */
import { cellName } from "../ledgers/cells";
import { readRecords } from "../ledgers/detect";
import { draftFromWorkbook, type SavedReportSettings } from "../report/draftReport";
import { reportYear } from "../report/reportYear";
import type { WorkbookSheet } from "../workbook";
import { type FigureValues, ROLLUP_FIGURES } from "./figures";
import type { RollupFinding } from "./rollupFinding";

export interface RollupInput {
  /** The file's display name (no folders), named in every finding. */
  file: string;
  sheets: readonly WorkbookSheet[];
  saved?: SavedReportSettings;
  /**
   * What reading the file noted (formulas without saved results, read as blank; a setting that could
   * not be read): carried up as findings of the file, since the street's figures may lack those cells.
   */
  notes?: ReadonlyArray<{ zh: string; en: string }>;
}

export interface UnitEntry {
  name: string;
  /** The name compared across streets: width-folded, without spaces and brackets, lower case. */
  key: string;
  creditCode?: string;
  sheet: string;
  cell: string;
}

export interface AreaSummary {
  file: string;
  /** The street (or district) as the workbook names it; null when nothing names it. */
  name: string | null;
  year: number | null;
  /** A district workbook (its rows are streets) rather than a street's. */
  level: "street" | "district";
  values: FigureValues;
  findings: RollupFinding[];
  units: UnitEntry[];
  /** Whether any ledger was found at all. */
  ledgers: number;
}

const TOP_ROWS = 4;
/**
 * A street's name: Chinese characters, or 第 and a number ("第3街道"), before 街道/镇/乡. Not begun
 * right after a digit, so "2024年东湖街道…" names 东湖街道, not 年东湖街道.
 */
const STREET_NAME = /(?<!\d)((?:第\d{1,3}|[\u4e00-\u9fa5]){1,12}?(?:街道|镇|乡))/;
const DISTRICT_NAME = /(?<!\d)([\u4e00-\u9fa5]{1,12}?(?:区|县|市))/;
const YEAR = /((?:19|20|21)\d{2})\s*年/;

/** The texts of the first rows of every sheet: titles and 填报单位 lines. */
function topTexts(sheets: readonly WorkbookSheet[]): string[] {
  const texts: string[] = [];
  for (const s of sheets)
    for (const row of s.grid.slice(0, TOP_ROWS))
      for (const v of row ?? [])
        if (typeof v === "string" && v.trim()) texts.push(v.normalize("NFKC"));
  return texts;
}

/** A name from a text: the 填报单位 line first, then a title ("东湖街道基层工会…"). */
function nameIn(text: string, pattern: RegExp): string | null {
  const unit = /填报单位\s*[:：]\s*(\S+)/.exec(text);
  const m = pattern.exec(unit ? unit[1] : text);
  if (!m) return null;
  const name = m[1].replace(/^(全|各|本|示例表)/, "");
  return /^(街道|镇|乡|区|县|市)$/.test(name) || name === "" ? null : name;
}

function nameOf(input: RollupInput, level: AreaSummary["level"]): string | null {
  const pattern = level === "district" ? DISTRICT_NAME : STREET_NAME;
  const saved = input.saved?.street;
  if (typeof saved === "string" && saved.trim()) return saved.trim();
  const texts = topTexts(input.sheets);
  for (const t of texts.filter((x) => x.includes("填报单位"))) {
    const name = nameIn(t, pattern);
    if (name) return name;
  }
  for (const t of texts) {
    const name = nameIn(t, pattern);
    if (name) return name;
  }
  return nameIn(input.file.replace(/\.[^.]*$/, "").normalize("NFKC"), pattern);
}

function yearOf(input: RollupInput): number | null {
  const saved = reportYear(input.saved?.year);
  if (saved !== null) return saved;
  for (const t of topTexts(input.sheets)) {
    const m = YEAR.exec(t);
    const year = m ? reportYear(m[1]) : null;
    if (year !== null) return year;
  }
  const m = /((?:19|20|21)\d{2})/.exec(input.file);
  return m ? reportYear(m[1]) : null;
}

/** How a unit is compared across streets: "东湖（集团）有限公司 " and "东湖(集团)有限公司" are one. */
export function unitKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s()[\]【】〔〕<>·.,，。、]/g, "")
    .toLowerCase();
}

function unitsOf(
  input: RollupInput,
  detections: ReturnType<typeof draftFromWorkbook>["detections"]
): UnitEntry[] {
  const d = detections.find((x) => x.schemaId === "organisations");
  const sheet = d && input.sheets.find((s) => s.name === d.sheetName);
  if (!d || !sheet || d.columns.orgName === undefined) return [];
  const nameCol = d.columns.orgName;
  // 统一社会信用代码 is not a standard field: any header column that names it.
  const codeCol = Object.entries(d.headerTexts).find(([, text]) => /信用代码/.test(text))?.[0];
  const units: UnitEntry[] = [];
  for (const r of readRecords(sheet.grid, d)) {
    const raw = sheet.grid[r.row]?.[nameCol];
    const name = typeof raw === "string" || typeof raw === "number" ? String(raw).trim() : "";
    if (!name) continue;
    const code = codeCol === undefined ? undefined : sheet.grid[r.row]?.[Number(codeCol)];
    const creditCode =
      typeof code === "string" && code.trim()
        ? code.normalize("NFKC").replace(/\s/g, "").toUpperCase()
        : undefined;
    units.push({
      name,
      key: unitKey(name),
      creditCode,
      sheet: sheet.name,
      cell: cellName(r.row, nameCol),
    });
  }
  return units;
}

/** `year` undefined: each street's draft takes the year its own ledgers name, as `report` does. */
export function summariseWorkbook(input: RollupInput, year: number | undefined): AreaSummary {
  const made = draftFromWorkbook(input.sheets, input.saved ?? {}, { year });
  const level =
    made.detections.some((d) => d.schemaId === "streets") &&
    !made.detections.some((d) => d.schemaId === "organisations")
      ? "district"
      : "street";
  const values: FigureValues = {};
  for (const f of ROLLUP_FIGURES) {
    const placed = made.draft.figures.find((x) => x.key === f.key);
    if (placed) values[f.key] = placed.value;
  }
  const findings: RollupFinding[] = made.draft.findings.map((f) => ({
    file: input.file,
    sheet: f.sheet,
    cell: cellName(f.row, f.col),
    kind: "street-finding",
    code: f.code,
    severity: f.severity,
    message: f.message,
    messageEn: f.messageEn ?? f.message,
  }));
  for (const n of input.notes ?? [])
    findings.push({
      file: input.file,
      kind: "file-note",
      severity: "warning",
      message: n.zh,
      messageEn: n.en,
    });
  return {
    file: input.file,
    name: nameOf(input, level),
    year: yearOf(input),
    level,
    values,
    findings,
    units: unitsOf(input, made.detections),
    ledgers: made.detections.length,
  };
}
