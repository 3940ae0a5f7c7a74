/**
 * Checks only an activity register (活动台账) needs: attendance with no sessions (the draft would say
 * "培训职工640人次" of no course at all), money on a type that costs nothing (a meeting, an article),
 * and a date outside the year being reported on.
 */
import { type ActivityType, ACTIVITY_TYPES, activityTypeOf } from "./activityTypes";
import type { CheckContext, ParsedRow } from "./cellChecks";
import { dateYear } from "./cells";

export interface ActivityCheckOptions {
  /** The report year; without it dates are not checked. */
  year?: number;
  /** The types with those the policy sheet adds. */
  activityTypes?: readonly ActivityType[];
}

function attendanceWithoutSessions(ctx: CheckContext, r: ParsedRow): void {
  const cols = ctx.detection.columns;
  if (!("sessions" in cols) || !("attendance" in cols)) return;
  const attendance = r.values.attendance;
  const sessions = r.values.sessions;
  if (typeof attendance !== "number" || attendance <= 0) return;
  // A sessions cell that cannot be read was named already; only a blank or a zero is this finding.
  const raw = ctx.grid[r.row]?.[cols.sessions];
  if (sessions === null && raw !== null && raw !== undefined && String(raw).trim() !== "") return;
  if (typeof sessions === "number" && sessions > 0) return;
  const where = ctx.name(r.row, cols.sessions);
  const from = ctx.name(r.row, cols.attendance);
  ctx.add(
    "attendance-without-sessions",
    r.row,
    cols.sessions,
    `${where}: 场次${sessions === 0 ? "为0" : "为空"}，但${from}填有参加人次${attendance}，请补填场次（期）`,
    `${where}: no sessions, but ${from} gives ${attendance} attendances`
  );
}

function moneyOnFreeType(ctx: CheckContext, r: ParsedRow, types: readonly ActivityType[]): void {
  const cols = ctx.detection.columns;
  if (!("amount" in cols) || !("activityType" in cols)) return;
  const amount = r.values.amount;
  if (typeof amount !== "number" || amount <= 0) return;
  const type = activityTypeOf(ctx.grid[r.row]?.[cols.activityType], types);
  if (!type?.free) return;
  const where = ctx.name(r.row, cols.amount);
  const typeAt = ctx.name(r.row, cols.activityType);
  ctx.add(
    "money-on-free-activity",
    r.row,
    cols.amount,
    `${where}: 金额${amount}元，但${typeAt}的活动类型“${type.type}”不涉及资金，请核对类型或金额`,
    `${where}: an amount of ${amount} on a ${type.type} activity (${typeAt}), a type that costs nothing`
  );
}

function dateOutsideYear(ctx: CheckContext, r: ParsedRow, year: number): void {
  const col = ctx.detection.columns.date;
  if (col === undefined) return;
  const named = dateYear(ctx.grid[r.row]?.[col]);
  if (named === null || named === year) return;
  const where = ctx.name(r.row, col);
  ctx.add(
    "date-outside-year",
    r.row,
    col,
    `${where}: 日期在${named}年，不在报告年度${year}年内，请核对`,
    `${where}: the date is in ${named}, outside the report year ${year}`
  );
}

export function activityChecks(
  ctx: CheckContext,
  rows: readonly ParsedRow[],
  options: ActivityCheckOptions
): void {
  if (ctx.schema.id !== "activities") return;
  const types = options.activityTypes ?? ACTIVITY_TYPES;
  for (const r of rows) {
    attendanceWithoutSessions(ctx, r);
    moneyOnFreeType(ctx, r, types);
    if (options.year !== undefined) dateOutsideYear(ctx, r, options.year);
  }
}
