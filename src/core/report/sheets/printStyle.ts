/**
 * How the report's sheets look on paper: A4 portrait, fonts of Chinese official writing (a host
 * without them shows its own fallback), and the width a wrapped paragraph takes, so row heights can
 * show every line (a sheet does not grow rows for wrapped text it did not lay out itself).
 */
import type { PlanFont, PlanMargins, PlanPage } from "../../sheetPlan";
import { printableWidthMm, columnWidthPoints, POINTS_PER_MM } from "../../sheetPlan";

export const FONTS = {
  title: { name: "宋体", size: 18 },
  heading: { name: "黑体", size: 14 },
  subheading: { name: "楷体", size: 13 },
  body: { name: "仿宋", size: 12 },
  table: { name: "宋体", size: 11 },
} satisfies Record<string, PlanFont>;

export const MARGINS: PlanMargins = {
  top: 25,
  bottom: 25,
  left: 25,
  right: 20,
  header: 10,
  footer: 12,
};

export const FOOTER = "第 &P 页 共 &N 页";

export function a4Page(printArea: PlanPage["printArea"]): PlanPage {
  return {
    orientation: "portrait",
    fitToWidth: true,
    margins: MARGINS,
    printArea,
    footer: FOOTER,
    centerHorizontally: true,
  };
}

/** The narrative's one column, in characters: the widest that stays inside A4's printable width. */
export function narrativeColumnChars(page: PlanPage): number {
  const limit = printableWidthMm(page) * POINTS_PER_MM - 8; // keep a little air at the edge
  let chars = 10;
  while (columnWidthPoints(chars + 1) <= limit) chars++;
  return chars;
}

/** Width of text in ems: a Chinese character or full-width mark is one, anything else about half. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.55;
  return width;
}

/** Rows tall enough for every wrapped line, at 1.5 lines per font size. */
export function wrappedHeight(text: string, columnChars: number, fontSize: number): number {
  const columnPoints = columnWidthPoints(columnChars) - 6; // cell padding
  const perLine = Math.max(1, Math.floor(columnPoints / fontSize));
  const lines = Math.max(1, Math.ceil(emWidth(text) / perLine));
  return Math.ceil(lines * fontSize * 1.5 + 4);
}
