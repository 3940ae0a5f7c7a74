/**
 * 核对事项: what the statistician must know before the report goes out, never in the printed body:
 * notes on how the draft was made and what it leaves out, then every check finding with its cell.
 */
import type { Finding } from "../../ledgers/checks";
import type { PlanCell, SheetPlan } from "../../sheetPlan";
import { a4Page, FONTS, wrappedHeight } from "./printStyle";

const CHARS = 90;

export function checksSheet(
  notes: readonly string[],
  findings: readonly Finding[],
  /** Findings made outside the workbook's sheets (a roll-up's), as lines naming their place. */
  more: readonly string[],
  max: number
): SheetPlan {
  const cells: PlanCell[] = [];
  const rowHeights: Record<number, number> = {};
  let row = 0;
  const line = (text: string, kind: "heading" | "body" = "body") => {
    const font = kind === "heading" ? FONTS.heading : FONTS.table;
    cells.push({ row, col: 0, value: text, wrap: true, font, bold: kind === "heading" });
    rowHeights[row] = wrappedHeight(text, CHARS, font.size);
    row++;
  };
  line("核对事项（供统计人员核对，不属于报告正文）", "heading");
  line("一、说明", "heading");
  notes.forEach((note, i) => line(`${i + 1}．${note}`));
  line("二、数据核对", "heading");
  const total = findings.length + more.length;
  if (!total) line("台账数据核对未发现问题。");
  else line(`台账数据核对发现${total}处需要核实，报出前请逐条处理：`);
  // Messages name their cell ("H55: …"); the sheet goes in front.
  const lines = [...findings.map((f) => `${f.sheet ? `${f.sheet}!` : ""}${f.message}`), ...more];
  for (const text of lines.slice(0, max)) line(text);
  if (total > max) line(`另有${total - max}处，请在任务窗格的“数据核对”中查看。`);
  return {
    cells,
    columnWidths: { 0: CHARS },
    rowHeights,
    page: a4Page({ row: 0, col: 0, rows: Math.max(row, 1), cols: 1 }),
  };
}
