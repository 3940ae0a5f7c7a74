/**
 * Tells data rows from the rows a printed form puts around them: the totals row ("合  计", often
 * merged over the first columns), footnotes ("注:"), the sign-off block (工会主席: 审核人: 制表:), a
 * column-numbering row under the header (甲 乙 1 2 3), and blank rows. None of those is data.
 */
import type { CellValue, Grid } from "../grid";
import { isBlank } from "../grid";
import { compactText, normaliseHeader } from "./headerText";

const TOTAL_WORDS = /^(总合计|合计|总计|小计|共计|全街道?合计|全部合计|本页合计|累计合计)/;
const FOOTNOTE =
  /^[*※]?(注|说明|备注|附注|附注说明|填表说明|填报说明|注释)(\d{0,2}|[一二三四五六七八九十]?)[:.、]/;
const SIGN_OFF =
  /^(工会主席|主席|审核人?|审批人?|制表人?|填报人|填表人|填报日期|填表日期|报送日期|制表日期|单位负责人|负责人|联系电话|电话|统计人|统计员|经办人|复核人?|签字|单位盖章|盖章|单位公章|填报单位)[:]/;

export type RowKind = "blank" | "totals" | "footnote" | "signoff" | "numbering" | "data";

function row(grid: Grid, r: number): CellValue[] {
  return grid[r] ?? [];
}

/** The row is empty in every cell. */
export function isBlankRow(grid: Grid, r: number): boolean {
  return row(grid, r).every(isBlank);
}

/** "合计" / "总计" / "小计" in one of the first columns (or the name column), letter-spaced or not. */
export function isTotalsRow(grid: Grid, r: number, nameCol?: number): boolean {
  const cols = [0, 1, 2];
  if (nameCol !== undefined && !cols.includes(nameCol)) cols.push(nameCol);
  return cols.some((c) => TOTAL_WORDS.test(normaliseHeader(row(grid, r)[c])));
}

function firstText(grid: Grid, r: number): string {
  const cell = row(grid, r).find((v) => !isBlank(v));
  return cell === undefined ? "" : compactText(cell);
}

/** Numbers typed as numbers in the given columns: footers never hold them, data rows do. */
function hasNumbers(grid: Grid, r: number, cols: number[]): boolean {
  return cols.some((c) => typeof row(grid, r)[c] === "number");
}

// The numbers first: they settle a data row at once, without reading every cell's text.
export function isFootnoteRow(grid: Grid, r: number, numericCols: number[]): boolean {
  return !hasNumbers(grid, r, numericCols) && FOOTNOTE.test(firstText(grid, r));
}

export function isSignOffRow(grid: Grid, r: number, numericCols: number[]): boolean {
  return (
    !hasNumbers(grid, r, numericCols) && row(grid, r).some((v) => SIGN_OFF.test(compactText(v)))
  );
}

/** The column-numbering row printed under many forms' headers: 1 2 3 … or 甲 乙 丙 …. */
export function isNumberingRow(grid: Grid, r: number): boolean {
  const cells = row(grid, r)
    .filter((v) => !isBlank(v))
    .map((v) => compactText(v));
  if (cells.length < 3) return false;
  const stems = "甲乙丙丁戊己庚辛壬癸";
  let expected: number | null = null;
  for (const text of cells) {
    if (stems.includes(text) && text.length === 1) continue;
    if (!/^\d+$/.test(text)) return false;
    const n = Number(text);
    if (expected !== null && n !== expected) return false;
    expected = n + 1;
  }
  return true;
}

/** What a row below the header is. */
export function classifyRow(
  grid: Grid,
  r: number,
  nameCol: number | undefined,
  numericCols: number[]
): RowKind {
  if (isBlankRow(grid, r)) return "blank";
  if (isTotalsRow(grid, r, nameCol)) return "totals";
  if (isFootnoteRow(grid, r, numericCols)) return "footnote";
  if (isSignOffRow(grid, r, numericCols)) return "signoff";
  return "data";
}
