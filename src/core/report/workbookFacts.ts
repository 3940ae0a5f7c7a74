/**
 * What the ledgers themselves say about the report: the year (titles "…(2025年度)", "2025年…",
 * 填报日期, dates in the rows), the reporting unit (填报单位:XX街道总工会) and the street in it. Read
 * from the text of the cells only, so the same workbook gives the same answer in every edition.
 */
import type { Grid } from "../grid";
import { columnLetters } from "../ledgers/cells";
import type { WorkbookSheet } from "../workbook";
import { FIRST_YEAR, LAST_YEAR } from "./reportYear";

export interface Fact<T> {
  value: T;
  /** Where it was read, for the user: 互助保障!A1. */
  cell: string;
  /** The cell's text, as read. */
  text: string;
}

export interface WorkbookFacts {
  /** The year most of the ledgers' titles (or, failing those, their dates) name. */
  year?: Fact<number>;
  /** Every year the titles and 填报日期 name, with where, when more than one: the user should look. */
  otherYears: Array<Fact<number>>;
  unit?: Fact<string>;
  street?: Fact<string>;
}

/** Top rows hold titles and 填报单位; the last rows 填报日期. */
const HEAD_ROWS = 8;
const TAIL_ROWS = 6;

const TITLE_YEAR = /(\d{4})\s*年度|(\d{4})\s*年(?!\s*\d{1,2}\s*月)/;
const FILED = /填报日期\s*[:：]?\s*(\d{4})\s*[年\-/.](\d{1,2})/;
const UNIT = /填报单位\s*[:：]\s*(.+)$/;
const STREET = /([\p{Script=Han}]{1,12}?(?:街道|镇|乡))/u;
const ROW_DATE = /^(\d{4})[-/.年](\d{1,2})/;

const validYear = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR;

interface Seen {
  year: number;
  weight: number;
  fact: Fact<number>;
}

function textCells(
  grid: Grid,
  rows: Iterable<number>
): Array<{ row: number; col: number; text: string }> {
  const out: Array<{ row: number; col: number; text: string }> = [];
  for (const row of rows) {
    const line = grid[row] ?? [];
    line.forEach((v, col) => {
      if (typeof v === "string" && v.trim() !== "") out.push({ row, col, text: v.trim() });
    });
  }
  return out;
}

function rowsOf(grid: Grid): number[] {
  const rows = new Set<number>();
  for (let r = 0; r < Math.min(HEAD_ROWS, grid.length); r++) rows.add(r);
  for (let r = Math.max(0, grid.length - TAIL_ROWS); r < grid.length; r++) rows.add(r);
  return [...rows];
}

/** A 填报日期 early in the year reports on the year before: filed 2025年1月10日 → 2024. */
function yearFiled(year: number, month: number): number {
  return month <= 6 ? year - 1 : year;
}

export function workbookFacts(sheets: readonly WorkbookSheet[]): WorkbookFacts {
  const seen: Seen[] = [];
  let unit: Fact<string> | undefined;
  const dated = new Map<number, number>();
  for (const sheet of sheets) {
    const where = (row: number, col: number) => `${sheet.name}!${columnLetters(col)}${row + 1}`;
    for (const { row, col, text } of textCells(sheet.grid, rowsOf(sheet.grid))) {
      const cell = where(row, col);
      const filed = FILED.exec(text);
      if (filed) {
        const year = yearFiled(Number(filed[1]), Number(filed[2]));
        if (validYear(year)) seen.push({ year, weight: 1, fact: { value: year, cell, text } });
        continue;
      }
      const u = UNIT.exec(text);
      if (u && !unit) unit = { value: u[1].trim(), cell, text };
      if (row < HEAD_ROWS && !u) {
        const t = TITLE_YEAR.exec(text);
        const year = t ? Number(t[1] ?? t[2]) : NaN;
        if (validYear(year)) seen.push({ year, weight: 3, fact: { value: year, cell, text } });
      }
    }
    // Dates written as text in the rows: a weak sign, used only when no title or 填报日期 names a year.
    for (const line of sheet.grid.slice(HEAD_ROWS)) {
      for (const v of line) {
        const d = typeof v === "string" ? ROW_DATE.exec(v.trim()) : null;
        if (d && validYear(Number(d[1])))
          dated.set(Number(d[1]), (dated.get(Number(d[1])) ?? 0) + 1);
      }
    }
  }

  const facts: WorkbookFacts = { otherYears: [] };
  if (seen.length) {
    const score = new Map<number, number>();
    for (const s of seen) score.set(s.year, (score.get(s.year) ?? 0) + s.weight);
    const best = [...score.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
    facts.year = seen.filter((s) => s.year === best).sort((a, b) => b.weight - a.weight)[0].fact;
    const others = new Map<number, Fact<number>>();
    for (const s of seen) if (s.year !== best && !others.has(s.year)) others.set(s.year, s.fact);
    facts.otherYears = [...others.values()];
  } else if (dated.size) {
    const [year, count] = [...dated.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    facts.year = { value: year, cell: "", text: `${count} 个日期` };
  }
  if (unit) {
    facts.unit = unit;
    const street = STREET.exec(unit.value);
    if (street) facts.street = { value: street[1], cell: unit.cell, text: unit.text };
  }
  return facts;
}

/** With nothing in the workbook: the year before in January–June (the usual time to report on it), else this year. */
export function defaultReportYear(today: Date): number {
  return today.getMonth() < 6 ? today.getFullYear() - 1 : today.getFullYear();
}
