/**
 * Excel's limits on what a generated sheet may hold: 255 characters in one string literal of a
 * formula, 8,192 characters in a formula, 32,767 characters in a cell. Text from a ledger or an
 * option (a campaign's name, --street) can be any length, so every plan the report writes is fitted
 * here: a formula too long is written as the value core computed (no longer live), text too long is
 * cut with an ellipsis, and each such cell is a finding naming it. Literals are kept short where
 * they are built (textLiteral splits them with &).
 */
import { cellName } from "../ledgers/cells";
import { type Finding, finding } from "../ledgers/findings";
import type { PlanCell, SheetPlan } from "../sheetPlan";

export const EXCEL_LIMITS = { literal: 255, formula: 8_192, cell: 32_767 } as const;

const ELLIPSIS = "…";

/** Text cut to at most `max` characters, ending in "…" when cut (never half a surrogate pair). */
export function cutText(text: string, max: number = EXCEL_LIMITS.cell): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate without its pair
  return text.slice(0, end) + ELLIPSIS;
}

const tooLong = (v: unknown): v is string => typeof v === "string" && v.length > EXCEL_LIMITS.cell;

/** One cell within Excel's limits, and what was done to it (nothing: undefined). */
function fitCell(cell: PlanCell): { cell: PlanCell; did?: "value" | "cut" } {
  if (
    cell.formula !== undefined &&
    (cell.formula.length > EXCEL_LIMITS.formula || tooLong(cell.result))
  ) {
    // The value core computed stands in for the formula (cut if it too is too long).
    const result = cell.result;
    const fitted: PlanCell = {
      ...cell,
      value: typeof result === "string" ? cutText(result) : (result ?? ""),
    };
    delete fitted.formula;
    delete fitted.result;
    return { cell: fitted, did: "value" };
  }
  if (!tooLong(cell.value) && !tooLong(cell.result)) return { cell };
  const cut = { ...cell };
  if (tooLong(cut.value)) cut.value = cutText(cut.value);
  if (tooLong(cut.result)) cut.result = cutText(cut.result);
  return { cell: cut, did: "cut" };
}

/**
 * The plan with every cell within Excel's limits, and a finding for each cell changed, naming the
 * sheet and cell ("报告数据!B12: …"). Plans are written at A1 (a new sheet), so offsets are cells.
 */
export function fitToExcel(
  plan: SheetPlan,
  sheet: string
): { plan: SheetPlan; findings: Finding[] } {
  const findings: Finding[] = [];
  const cells = plan.cells.map((original) => {
    const { cell, did } = fitCell(original);
    if (!did) return cell;
    const where = cellName(cell.row, cell.col);
    findings.push(
      did === "value"
        ? finding(
            "excel-limit",
            cell.row,
            cell.col,
            `${where}: 公式超出 Excel 的上限（公式最长 8,192 个字符，结果最长 32,767 个字符），已改为写入当前的值，不再随台账更新；请缩短台账中的长文字后重新生成。`,
            `${where}: the formula is beyond Excel's limits (8,192 characters a formula, 32,767 a result): its current value is written instead and no longer follows the ledgers; shorten the long text in the ledger and draft again.`,
            sheet
          )
        : finding(
            "excel-limit",
            cell.row,
            cell.col,
            `${where}: 文字超过 Excel 单元格的上限（32,767 个字符），已截断并以“…”结尾。`,
            `${where}: the text is longer than an Excel cell holds (32,767 characters): cut, ending in "…".`,
            sheet
          )
    );
    return cell;
  });
  return { plan: findings.length ? { ...plan, cells } : plan, findings };
}
