/**
 * 报告数据: the key figures, one row each under its section's name, with where each comes from, in a
 * bordered table that prints on A4; the report's charts below it. The sentences of 报告草稿 refer to
 * the value cells here.
 */
import type { PlanCell, PlanChart, PlanMerge, SheetPlan } from "../../sheetPlan";
import type { ReportChart } from "../reportContent";
import { type PlacedFigure, placeFigures, PREVIOUS_COL } from "../resolveFigures";
import { carriedLastYear, type LastYear, matchLastYear } from "../lastYear";
import type { FigureDef, FigureFormat, SectionContent } from "../section";
import type { FigureLookup } from "../phrase";
import { a4Page, FONTS } from "./printStyle";
import { zhPunctuation } from "../../punctuation";

const WIDTHS = { 0: 34, 1: 16, 2: 40 };
/** With a 上年数 column: the same A4 width, shared by four columns. */
const WIDTHS_WITH_PREVIOUS = { 0: 30, 1: 14, 2: 32, 3: 14 };
const FORMATS: Record<FigureFormat, string> = { count: "#,##0", rate: "0.0%", money: "#,##0.00" };
/** Rows a chart takes, and the gap below it. */
const CHART_ROWS = 16;
const CHART_GAP = 2;

export interface DataSheet {
  figures: PlacedFigure[];
  lookup: FigureLookup;
  /** The sheet's plan, with the charts placed under the table. */
  plan(charts: readonly ReportChart[]): SheetPlan;
}

/** Where the 上年数 column's values come from, for the line under the title. */
function previousNote(lastYear: LastYear | undefined): string {
  if (!lastYear) return "上年数引自本工作簿年度任务表的上年数列。";
  const year = lastYear.year ? `（${lastYear.year}年）` : "";
  return `上年数取自上年工作簿“${lastYear.source}”${year}，按同一口径计算，为数值，不随本工作簿更新。`;
}

/**
 * The key figures' table. With last year's figures (from last year's workbook, or a 上年数 column
 * this workbook carries) a 上年数 column holds them, which the 同比 sentences compare against.
 */
export function dataSheet(
  title: string,
  sections: readonly SectionContent[],
  lastYear?: LastYear
): DataSheet {
  const table = FONTS.table;
  const cells: PlanCell[] = [
    { row: 0, col: 0, value: title, bold: true, font: FONTS.heading, align: "center" },
    {
      row: 1,
      col: 0,
      value: "报告草稿中的数字均为引用本表的公式，修改台账后自动更新。",
      font: table,
      wrap: true,
    },
  ];
  const merges: PlanMerge[] = [];
  let row = 3;
  const defs: FigureDef[] = [];
  const rows: number[] = [];
  const sectionRows: number[] = [];
  for (const section of sections) {
    if (!section.figures.length) continue;
    cells.push({
      row,
      col: 0,
      value: section.title.replace(/^[一二三四五六七八九十]+、/, ""),
      bold: true,
      font: table,
      border: true,
    });
    sectionRows.push(row);
    row++;
    for (const f of section.figures) {
      defs.push(f);
      rows.push(row++);
    }
  }
  const previous = lastYear ? matchLastYear(defs, lastYear) : carriedLastYear(defs);
  const { figures, lookup } = placeFigures(defs, (i) => rows[i], previous);
  const withPrevious = figures.some((f) => f.lastYear !== undefined);
  const COLS = withPrevious ? 4 : 3;
  const headers = withPrevious ? ["指标", "数值", "来源", "上年数"] : ["指标", "数值", "来源"];
  headers.forEach((value, col) =>
    cells.push({ row: 2, col, value, bold: true, font: table, border: true, align: "center" })
  );
  if (withPrevious) {
    const note = cells[1];
    note.value = `${String(note.value)}${previousNote(lastYear)}`;
  }
  for (const r of sectionRows)
    for (let col = 1; col < COLS; col++) cells.push({ row: r, col, font: table, border: true });
  for (const f of figures) {
    cells.push(
      { row: f.row, col: 0, value: zhPunctuation(f.label), font: table, border: true, wrap: true },
      {
        row: f.row,
        col: 1,
        formula: f.formula,
        result: f.value,
        numberFormat: FORMATS[f.format],
        font: table,
        border: true,
      },
      { row: f.row, col: 2, value: zhPunctuation(f.source), font: table, border: true, wrap: true }
    );
    if (!withPrevious) continue;
    const last = f.lastYear;
    cells.push({
      row: f.row,
      col: PREVIOUS_COL,
      ...(last?.formula !== undefined
        ? { formula: `=${last.formula}`, result: last.value }
        : { value: last?.value }),
      numberFormat: FORMATS[f.format],
      font: table,
      border: true,
    });
  }
  const tableEnd = row;
  merges.push({ row: 0, col: 0, rows: 1, cols: COLS }, { row: 1, col: 0, rows: 1, cols: COLS });

  return {
    figures,
    lookup,
    plan(charts) {
      const planCharts: PlanChart[] = charts.map((c, i) => {
        const top = tableEnd + 1 + i * (CHART_ROWS + CHART_GAP);
        const first = c.items[0].row;
        return {
          type: c.type,
          title: c.title,
          source: { row: first, col: 0, rows: c.items.length, cols: 2 },
          at: { row: top, col: 0 },
          to: { row: top + CHART_ROWS, col: COLS - 1 },
        };
      });
      const end = planCharts.length ? planCharts[planCharts.length - 1].to!.row : tableEnd;
      return {
        cells,
        merges,
        columnWidths: withPrevious ? WIDTHS_WITH_PREVIOUS : WIDTHS,
        rowHeights: { 0: 28, 1: withPrevious ? 34 : 18 },
        charts: planCharts,
        page: a4Page({ row: 0, col: 0, rows: Math.max(end, 1), cols: COLS }),
      };
    },
  };
}
