/**
 * The figures a roll-up carries from each street to the district: the key figures of a street's own
 * report (same keys, same definitions), summed over streets, and the rates computed again from the
 * sums (a district rate is never an average of street rates).
 */
import type { FigureFormat } from "../report/section";

export interface RollupFigure {
  /** The key of the same figure in a street's report. */
  key: string;
  /** The column header in 分街道汇总, unit in brackets. */
  label: string;
  format: Exclude<FigureFormat, "rate">;
}

export interface RollupRate {
  key: string;
  label: string;
  num: string;
  den: string;
}

export const ROLLUP_FIGURES: readonly RollupFigure[] = [
  { key: "orgUnits", label: "纳入统计单位数（家）", format: "count" },
  { key: "orgFlagged", label: "已填是否建会单位数（家）", format: "count" },
  { key: "orgCovered", label: "已建会单位数（家）", format: "count" },
  { key: "employees", label: "已建会单位职工人数（人）", format: "count" },
  { key: "members", label: "已建会单位会员人数（人）", format: "count" },
  { key: "femaleEmployees", label: "已建会单位女职工（人）", format: "count" },
  { key: "femaleMembers", label: "已建会单位女会员（人）", format: "count" },
  { key: "migrantEmployees", label: "已建会单位农民工（人）", format: "count" },
  { key: "migrantMembers", label: "已建会单位农民工会员（人）", format: "count" },
  { key: "visitPeople", label: "慰问人次", format: "count" },
  { key: "visitAmount", label: "慰问金额（元）", format: "money" },
  { key: "enrolTotal", label: "互助保障参保人数（人）", format: "count" },
  { key: "allocated", label: "计提经费（元）", format: "money" },
];

export const ROLLUP_RATES: readonly RollupRate[] = [
  { key: "orgRate", label: "组建率", num: "orgCovered", den: "orgFlagged" },
  { key: "memberRate", label: "职工入会率", num: "members", den: "employees" },
  { key: "femaleMemberRate", label: "女职工入会率", num: "femaleMembers", den: "femaleEmployees" },
  {
    key: "migrantMemberRate",
    label: "农民工入会率",
    num: "migrantMembers",
    den: "migrantEmployees",
  },
];

/** A street's figures by key; a figure its workbook has no ledger for is absent (not 0). */
export type FigureValues = Partial<Record<string, number>>;

/** num ÷ den, 0 when den is 0 or missing: as the live formula IF(den=0,0,num/den) gives. */
export function rateOf(values: FigureValues, rate: RollupRate): number {
  const den = values[rate.den] ?? 0;
  return den === 0 ? 0 : (values[rate.num] ?? 0) / den;
}
