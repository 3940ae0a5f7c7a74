/**
 * A SheetPlan's charts as the file host draws them: each chart's description (labels in its source
 * block's first column, values in the second, what the plan computed as the cached values) and its
 * place on the sheet, both moved by the anchor the plan is written at. The sheet's name is added
 * when the package is written.
 */
import type { PlanCell, SheetPlan } from "../../core/sheetPlan";
import type { ChartDescription, ChartPlace } from "./chartXml";

export interface PlacedChart {
  chart: Omit<ChartDescription, "sheet">;
  place: ChartPlace;
}

/** A chart without a bottom-right corner gets Excel's default size, about 8 columns by 15 rows. */
const DEFAULT_SIZE = { rows: 15, cols: 8 };

function shown(cell: PlanCell | undefined): string | number | boolean | undefined {
  if (!cell) return undefined;
  return cell.formula !== undefined ? cell.result : cell.value;
}

export function placePlanCharts(plan: SheetPlan, anchorRow = 0, anchorCol = 0): PlacedChart[] {
  const charts = plan.charts ?? [];
  if (!charts.length) return [];
  const cells = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  return charts.map((c) => {
    if (c.type !== "pie" && c.type !== "column") throw new Error(`图表类型无效：${String(c.type)}`);
    const { source } = c;
    if (!(source.cols >= 2 && source.rows >= 1))
      throw new RangeError(`图表数据须有两列（名称、数值）：${c.title}`);
    const rows = Array.from({ length: source.rows }, (_, i) => source.row + i);
    const labels = rows.map((r) => String(shown(cells.get(`${r}:${source.col}`)) ?? ""));
    const values = rows.map((r) => {
      const v = shown(cells.get(`${r}:${source.col + 1}`));
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    });
    const format = cells.get(`${source.row}:${source.col + 1}`)?.numberFormat;
    const to = c.to ?? { row: c.at.row + DEFAULT_SIZE.rows, col: c.at.col + DEFAULT_SIZE.cols };
    return {
      chart: {
        kind: c.type,
        title: c.title,
        categories: { row: anchorRow + source.row, col: anchorCol + source.col, values: labels },
        values: { row: anchorRow + source.row, col: anchorCol + source.col + 1, values },
        ...(format ? { numberFormat: format } : {}),
      },
      place: {
        from: { row: anchorRow + c.at.row, col: anchorCol + c.at.col },
        to: { row: anchorRow + to.row, col: anchorCol + to.col },
      },
    };
  });
}
