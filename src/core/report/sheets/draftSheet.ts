/**
 * 报告草稿: the narrative as it will be read and printed, in one wrapped column inside A4's printable
 * width: a centred title, headings, paragraphs (live formulas over 报告数据), each row tall enough for
 * every line; A4 portrait, one page wide, page numbers in the footer, the print area over it all.
 */
import type { PlanCell, SheetPlan } from "../../sheetPlan";
import type { ReportBlock } from "../reportContent";
import { a4Page, FONTS, narrativeColumnChars, wrappedHeight } from "./printStyle";

const GAP_BEFORE_HEADING = 8;

export function draftSheet(blocks: readonly ReportBlock[]): { plan: SheetPlan; rows: number[] } {
  const page = a4Page({ row: 0, col: 0, rows: 1, cols: 1 });
  const chars = narrativeColumnChars(page);
  const cells: PlanCell[] = [];
  const rowHeights: Record<number, number> = {};
  const rows: number[] = [];
  let row = 0;
  for (const block of blocks) {
    const font = FONTS[block.kind === "paragraph" ? "body" : block.kind];
    const cell: PlanCell = block.formula
      ? { row, col: 0, formula: block.formula, result: block.text }
      : { row, col: 0, value: block.text };
    cells.push({
      ...cell,
      font,
      wrap: true,
      ...(block.kind === "title" ? { align: "center" as const, bold: true } : {}),
      ...(block.kind === "heading" ? { bold: true } : {}),
    });
    const gap = block.kind === "heading" ? GAP_BEFORE_HEADING : 0;
    rowHeights[row] = wrappedHeight(block.text, chars, font.size) + gap;
    if (block.kind === "title") rowHeights[row] += 12;
    rows.push(row++);
  }
  return {
    rows,
    plan: {
      cells,
      columnWidths: { 0: chars },
      rowHeights,
      page: { ...page, printArea: { row: 0, col: 0, rows: Math.max(row, 1), cols: 1 } },
    },
  };
}
