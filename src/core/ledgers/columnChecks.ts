/**
 * Checks that look down a column rather than along a row: row totals against their parts, the
 * stated totals row against the sum of the rows (8168 stated, 8160 added up), duplicated names, and
 * magnitudes that cannot be right (帮扶6元, a unit slip of 元 for 万元).
 */
import { exact, exactSum } from "../money";
import { compactText } from "./headerText";
import { type CheckContext, type ParsedRow, isNumericField, readNumberCell } from "./cellChecks";
import { type LedgerField, fieldOf } from "./schemas";

const MAX_COUNT = 1_000_000;
const SLIP_FACTOR = 1000;
const SLIP_MIN_VALUES = 5;

function numbersOf(rows: ParsedRow[], key: string): Array<{ row: number; n: number }> {
  const out: Array<{ row: number; n: number }> = [];
  for (const r of rows) {
    const n = r.values[key];
    if (typeof n === "number") out.push({ row: r.row, n });
  }
  return out;
}

/** A row's stated total against the sum of its parts (blank parts count as none). */
function rowSums(ctx: CheckContext, rows: ParsedRow[]): void {
  for (const rule of ctx.schema.sums ?? []) {
    if (!(rule.total in ctx.detection.columns)) continue;
    const parts = rule.parts.filter((p) => p in ctx.detection.columns);
    if (parts.length === 0) continue;
    const labels = parts.map((p) => fieldOf(ctx.schema, p)!.label).join("+");
    for (const r of rows) {
      const total = r.values[rule.total];
      const values = parts
        .map((p) => r.values[p])
        .filter((v): v is number => typeof v === "number");
      if (typeof total !== "number" || values.length === 0) continue;
      const sum = exactSum(values);
      const diff = exact(total).minus(sum);
      if (diff.isZero()) continue;
      const col = ctx.detection.columns[rule.total];
      const where = ctx.name(r.row, col);
      ctx.add(
        "row-sum-mismatch",
        r.row,
        col,
        `${where}: 合计${total}与${labels}之和${sum}不符(相差${diff})`,
        `${where}: total ${total} differs from the sum of its parts ${sum} (by ${diff})`
      );
    }
  }
}

/** The stated totals row against the sum of the data rows, in every count and money column. */
function totalsRow(ctx: CheckContext, rows: ParsedRow[]): void {
  const t = ctx.detection.totalsRow;
  if (t === undefined) return;
  for (const [key, col] of Object.entries(ctx.detection.columns)) {
    const field = fieldOf(ctx.schema, key);
    if (!field || (field.type !== "count" && field.type !== "money")) continue;
    const stated = readNumberCell(ctx, field, t, col);
    if (stated === null) continue;
    const sum = exactSum(numbersOf(rows, key).map((x) => x.n));
    const diff = exact(stated).minus(sum);
    if (diff.isZero()) continue;
    const where = ctx.name(t, col);
    ctx.add(
      "total-mismatch",
      t,
      col,
      `${where}: 合计行${field.label}为${stated},各行相加为${sum},相差${diff}`,
      `${where}: the totals row states ${stated} for ${field.labelEn}, the rows add up to ${sum} (off by ${diff})`
    );
  }
}

function duplicates(ctx: CheckContext, rows: ParsedRow[]): void {
  for (const field of ctx.schema.fields) {
    if (!field.unique || !(field.key in ctx.detection.columns)) continue;
    const col = ctx.detection.columns[field.key];
    const first = new Map<string, number>();
    for (const r of rows) {
      const value = ctx.grid[r.row]?.[col];
      const name = compactText(value).toLowerCase();
      if (name === "") continue;
      const seen = first.get(name);
      if (seen === undefined) {
        first.set(name, r.row);
        continue;
      }
      const where = ctx.name(r.row, col);
      const firstAt = ctx.name(seen, col);
      ctx.add(
        "duplicate-name",
        r.row,
        col,
        `${where}: ${field.label}'${String(value)}'与${firstAt}重复`,
        `${where}: ${field.labelEn} '${String(value)}' repeats ${firstAt}`
      );
    }
  }
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function magnitudes(ctx: CheckContext, rows: ParsedRow[], field: LedgerField): void {
  const col = ctx.detection.columns[field.key];
  const values = numbersOf(rows, field.key);
  for (const { row, n } of values) {
    const where = () => ctx.name(row, col);
    if (field.minPlausible !== undefined && n > 0 && n < field.minPlausible) {
      ctx.add(
        "implausible-small",
        row,
        col,
        `${where()}: ${field.label}${n}元过小(少于${field.minPlausible}元),请核对`,
        `${where()}: ${field.labelEn} ${n} is implausibly small (under ${field.minPlausible})`
      );
    }
    if (field.type === "count" && n > MAX_COUNT) {
      ctx.add(
        "implausible-large",
        row,
        col,
        `${where()}: ${field.label}${n}超过一百万,请核对`,
        `${where()}: ${field.labelEn} ${n} is over a million`
      );
    }
  }
  const positive = values.filter((v) => v.n > 0);
  if (positive.length < SLIP_MIN_VALUES || (field.type !== "count" && field.type !== "money"))
    return;
  const mid = median(positive.map((v) => v.n));
  for (const { row, n } of positive) {
    // 元 typed for 万元 shows as a value a thousand times the column's median, and the reverse as a thousandth.
    const high = n >= SLIP_FACTOR * mid;
    const low = field.type === "money" && n * SLIP_FACTOR <= mid;
    if (!high && !low) continue;
    const where = ctx.name(row, col);
    ctx.add(
      "unit-slip",
      row,
      col,
      `${where}: ${field.label}${n}与本列中位数${mid}相差千倍以上,疑似单位错误(元/万元)`,
      `${where}: ${field.labelEn} ${n} is a thousand times off the column median ${mid}: a unit slip?`
    );
  }
}

export function columnChecks(ctx: CheckContext, rows: ParsedRow[]): void {
  rowSums(ctx, rows);
  totalsRow(ctx, rows);
  duplicates(ctx, rows);
  for (const field of ctx.schema.fields) {
    if (isNumericField(field) && field.key in ctx.detection.columns) magnitudes(ctx, rows, field);
  }
}
