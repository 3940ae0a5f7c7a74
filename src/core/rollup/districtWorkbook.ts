/**
 * The district workbook as SheetPlans: 分街道汇总 (one row per street: values with their source file,
 * a 合计 row and the rates as live formulas of built-in functions), the district draft (the one
 * report composer over that table, read as a ledger whose rows are streets) and 核对事项 (every
 * finding, naming file, sheet and cell).
 */
import { columnLetters } from "../ledgers/cells";
import { detectBest } from "../ledgers/detect";
import { FINDING_CODES, type FindingCode } from "../ledgers/findings";
import { composeReport, type ReportDraft } from "../report/composeReport";
import type { Grid } from "../grid";
import type { PlanCell, SheetPlan } from "../sheetPlan";
import type { WorkbookSheet } from "../workbook";
import { CITY_WORDS, DISTRICT_WORDS } from "./districtSections";
import { ROLLUP_FIGURES, ROLLUP_RATES } from "./figures";
import type { Rollup } from "./rollup";
import { findingLine, type RollupFinding, type RollupKind } from "./rollupFinding";
import { STREETS_SHEET } from "./streetsSchema";

export const DRAFT_SHEET = "报告草稿";
export const DATA_SHEET = "报告数据";
export const FINDINGS_SHEET = "核对事项";
export const CITY_SHEET = "分区汇总";

export interface SheetNames {
  table: string;
  /** The report's key figures, which the draft's sentences refer to. */
  data: string;
  draft: string;
  findings: string;
}

export interface DistrictWorkbook {
  names: SheetNames;
  table: SheetPlan;
  draft: ReportDraft;
  findings: SheetPlan;
  /** The table's columns: field key by column, for tests and readers. */
  columns: string[];
  /** 0-based rows of the table: first street, 合计. */
  firstRow: number;
  totalsRow: number;
  /** What the draft's figures come from, as an export of it says ("根据各街道报送的工作簿计算"). */
  basis: { from: string; edited: string };
}

const KIND_WORDS: Record<RollupKind, string> = {
  "street-finding": "街道台账核对",
  "unreadable-file": "文件无法读取",
  "file-note": "读取提示",
  "repeated-file": "文件重复",
  "repeated-street": "重复报送",
  "unnamed-street": "名称不明",
  "unknown-year": "年份未写明",
  "year-mismatch": "年份不符",
  "missing-street": "未报送",
  "unexpected-street": "不在名单中",
  "duplicate-unit": "单位重复统计",
  "no-ledgers": "没有台账",
};

const KIND_WORDS_EN: Record<RollupKind, string> = {
  "street-finding": "Street ledger check",
  "unreadable-file": "Unreadable file",
  "file-note": "Reading note",
  "repeated-file": "Repeated file",
  "repeated-street": "Street sent twice",
  "unnamed-street": "Unnamed street",
  "unknown-year": "Year not stated",
  "year-mismatch": "Year differs",
  "missing-street": "Not sent",
  "unexpected-street": "Not on the list",
  "duplicate-unit": "Unit counted twice",
  "no-ledgers": "No ledgers",
};

/** The English words of a finding's kind, for the command line in English. */
export function kindWordsEn(f: RollupFinding): string {
  if (f.kind === "street-finding" && f.code && f.code in FINDING_CODES)
    return FINDING_CODES[f.code as FindingCode].en;
  return KIND_WORDS_EN[f.kind];
}

/** The words of a finding's kind: a street's own finding by its check's name. */
export function kindWords(f: RollupFinding): string {
  if (f.kind === "street-finding" && f.code && f.code in FINDING_CODES)
    return FINDING_CODES[f.code as FindingCode].zh;
  return KIND_WORDS[f.kind];
}

const FORMATS = { count: "#,##0", money: "#,##0.00" };
const HEADER_ROW = 1;

/** Default sheet names, a level up (a city) the table is 分区汇总. */
export function defaultNames(level: Rollup["level"]): SheetNames {
  return {
    table: level === "city" ? CITY_SHEET : STREETS_SHEET,
    data: DATA_SHEET,
    draft: DRAFT_SHEET,
    findings: FINDINGS_SHEET,
  };
}

function tablePlan(rollup: Rollup): { plan: SheetPlan; columns: string[]; totalsRow: number } {
  const part = rollup.level === "city" ? "区" : "街道";
  const figures = ROLLUP_FIGURES.filter((f) => rollup.totals[f.key] !== undefined);
  const rates = ROLLUP_RATES.filter(
    (r) => figures.some((f) => f.key === r.num) && figures.some((f) => f.key === r.den)
  );
  const columns = [
    "area",
    "sourceFile",
    "year",
    ...figures.map((f) => f.key),
    ...rates.map((r) => r.key),
  ];
  const col = (key: string) => columns.indexOf(key);
  const cells: PlanCell[] = [];
  const title = `${rollup.district ? `${rollup.district}总工会` : ""}${rollup.year}年分${part}汇总`;
  cells.push({ row: 0, col: 0, value: title, bold: true });
  const headers = [
    part,
    "来源文件",
    "年份",
    ...figures.map((f) => f.label),
    ...rates.map((r) => r.label),
  ];
  headers.forEach((value, c) =>
    cells.push({ row: HEADER_ROW, col: c, value, bold: true, wrap: true })
  );
  const first = HEADER_ROW + 1;
  const rateCells = (row: number, ratesNow: Record<string, number>, bold = false) => {
    for (const r of rates) {
      const num = `${columnLetters(col(r.num))}${row + 1}`;
      const den = `${columnLetters(col(r.den))}${row + 1}`;
      cells.push({
        row,
        col: col(r.key),
        formula: `=IF(${den}=0,0,${num}/${den})`,
        result: ratesNow[r.key],
        numberFormat: "0.0%",
        bold,
      });
    }
  };
  rollup.rows.forEach((street, i) => {
    const row = first + i;
    cells.push({ row, col: 0, value: street.name }, { row, col: 1, value: street.file });
    if (street.year !== null) cells.push({ row, col: 2, value: street.year });
    for (const f of figures) {
      const v = street.values[f.key];
      if (v !== undefined)
        cells.push({ row, col: col(f.key), value: v, numberFormat: FORMATS[f.format] });
    }
    rateCells(row, street.rates);
  });
  const totalsRow = first + Math.max(rollup.rows.length, 1);
  const last = totalsRow - 1;
  cells.push({ row: totalsRow, col: 0, value: "合计", bold: true });
  for (const f of figures) {
    const letters = columnLetters(col(f.key));
    cells.push({
      row: totalsRow,
      col: col(f.key),
      formula: `=SUM(${letters}${first + 1}:${letters}${last + 1})`,
      result: rollup.totals[f.key] ?? 0,
      numberFormat: FORMATS[f.format],
      bold: true,
    });
  }
  rateCells(totalsRow, rollup.rates, true);
  const widths: Record<number, number> = { 0: 14, 1: 26, 2: 8 };
  for (let c = 3; c < columns.length; c++) widths[c] = 12;
  return {
    plan: {
      cells,
      merges: [{ row: 0, col: 0, rows: 1, cols: Math.min(columns.length, 8) }],
      columnWidths: widths,
      rowHeights: { [HEADER_ROW]: 45 },
      freeze: { rows: HEADER_ROW + 1, cols: 1 },
    },
    columns,
    totalsRow,
  };
}

/** The plan's cells as a grid of what they show now: what the composer reads as a ledger. */
export function planGrid(plan: SheetPlan): Grid {
  const grid: Grid = [];
  for (const c of plan.cells) {
    while (grid.length <= c.row) grid.push([]);
    grid[c.row][c.col] = c.formula !== undefined ? c.result : c.value;
  }
  return grid.map((row) => Array.from(row, (v) => (v === undefined ? null : v)));
}

function findingsPlan(findings: readonly RollupFinding[]): SheetPlan {
  const header = ["序号", "文件", "工作表", "单元格", "类别", "程度", "说明"];
  const cells: PlanCell[] = header.map((value, col) => ({ row: 0, col, value, bold: true }));
  findings.forEach((f, i) => {
    const row = i + 1;
    const values: Array<string | number> = [
      i + 1,
      f.file ?? "",
      f.sheet ?? "",
      f.cell ?? "",
      kindWords(f),
      f.severity === "error" ? "错误" : "提示",
      f.message,
    ];
    values.forEach((value, col) => {
      if (value !== "") cells.push({ row, col, value, wrap: col === 6 });
    });
  });
  if (!findings.length) cells.push({ row: 1, col: 6, value: "各工作簿和汇总核对均未发现问题。" });
  return {
    cells,
    columnWidths: { 0: 6, 1: 26, 2: 16, 3: 8, 4: 14, 5: 6, 6: 70 },
    freeze: { rows: 1, cols: 0 },
  };
}

/** The district workbook's three sheets, the draft composed over the table as the caller names it. */
export function districtWorkbook(
  rollup: Rollup,
  names: SheetNames = defaultNames(rollup.level)
): DistrictWorkbook {
  const { plan, columns, totalsRow } = tablePlan(rollup);
  const table: WorkbookSheet = { name: names.table, grid: planGrid(plan), merges: plan.merges };
  const detections = detectBest([table]);
  if (detections[0]?.schemaId !== "streets") throw new Error(`${names.table}未能识别为汇总表`);
  const words = rollup.level === "city" ? CITY_WORDS : DISTRICT_WORDS;
  const draft = composeReport([table], {
    year: rollup.year,
    street: rollup.district || undefined,
    detections,
    areaWords: words,
    moreFindings: rollup.findings.map(findingLine),
    names: { draft: names.draft, data: names.data, checks: names.findings },
  });
  return {
    names,
    table: plan,
    draft,
    findings: findingsPlan(rollup.findings),
    columns,
    firstRow: HEADER_ROW + 1,
    totalsRow,
    basis: { from: `各${words.part}报送的工作簿`, edited: `“${names.table}”表` },
  };
}
