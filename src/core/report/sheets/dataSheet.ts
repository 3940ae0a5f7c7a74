/**
 * 报告数据: the key figures, one row each under its section's name, with where each comes from, in a
 * bordered table that prints on A4; the report's charts below it. The sentences of 报告草稿 refer to
 * the value cells here.
 */
import type { PlanCell, PlanChart, PlanMerge, SheetPlan } from "../../sheetPlan";
import type { ReportChart } from "../reportContent";
import { type PlacedFigure, placeFigures } from "../resolveFigures";
import type { FigureDef, FigureFormat, SectionContent } from "../section";
import type { FigureLookup } from "../phrase";
import { a4Page, FONTS } from "./printStyle";
import { zhPunctuation } from "../../punctuation";

const WIDTHS = { 0: 34, 1: 16, 2: 40 };
const COLS = 3;
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

export function dataSheet(title: string, sections: readonly SectionContent[]): DataSheet {
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
  const merges: PlanMerge[] = [
    { row: 0, col: 0, rows: 1, cols: COLS },
    { row: 1, col: 0, rows: 1, cols: COLS },
  ];
  ["指标", "数值", "来源"].forEach((value, col) =>
    cells.push({ row: 2, col, value, bold: true, font: table, border: true, align: "center" })
  );
  let row = 3;
  const defs: FigureDef[] = [];
  const rows: number[] = [];
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
    for (const col of [1, 2]) cells.push({ row, col, font: table, border: true });
    row++;
    for (const f of section.figures) {
      defs.push(f);
      rows.push(row++);
    }
  }
  const { figures, lookup } = placeFigures(defs, (i) => rows[i]);
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
  }
  const tableEnd = row;

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
          to: { row: top + CHART_ROWS, col: 2 },
        };
      });
      const end = planCharts.length ? planCharts[planCharts.length - 1].to!.row : tableEnd;
      return {
        cells,
        merges,
        columnWidths: WIDTHS,
        rowHeights: { 0: 28, 1: 18 },
        charts: planCharts,
        page: a4Page({ row: 0, col: 0, rows: Math.max(end, 1), cols: COLS }),
      };
    },
  };
}
