import { divZeroError, valueError } from "./errors";
import { readFlag } from "./flags";
import { whereText } from "./position";
import { eachCell, eachPair, readCount, readNumber, required } from "./read";

/** part ÷ whole, unrounded (the cell's % format shows it). */
export function rate(part: unknown, whole: unknown): number {
  const p = required(readNumber, part, "分子");
  const w = required(readNumber, whole, "分母");
  if (w === 0) throw divZeroError("分母为0,无法计算比率");
  return p / w;
}

/** Each organisation's 是否建会 flag beside its 职工人数, both read (either may be blank: null). */
function eachOrganisation(
  established: unknown,
  employees: unknown,
  visit: (flag: boolean | null, staff: number | null) => void
): void {
  eachPair(
    established,
    employees,
    "是否建会",
    "职工人数",
    (flagValue, staffValue, flagAt, staffAt) =>
      visit(readFlag(flagValue, flagAt), readCount(staffValue, staffAt))
  );
}

/**
 * 组建率: organisations flagged yes ÷ organisations flagged at all (blank flags are not recorded
 * and skipped). With employees and a threshold, only rows with employees ≥ threshold count, as when
 * the district counts only enterprises of 25+ staff.
 */
export function orgRate(established: unknown, employees?: unknown, minEmployees?: unknown): number {
  const threshold = minEmployees == null ? null : required(readCount, minEmployees, "职工人数下限");
  let covered = 0;
  let counted = 0;
  if (threshold === null) {
    eachCell(established, "是否建会", (value, at) => {
      const flag = readFlag(value, at);
      if (flag === null) return;
      counted++;
      if (flag) covered++;
    });
  } else {
    if (employees == null) throw valueError("设定职工人数下限时须同时给出职工人数区域");
    eachOrganisation(established, employees, (flag, staff) => {
      if (flag === null || staff === null || staff < threshold) return;
      counted++;
      if (flag) covered++;
    });
  }
  if (counted === 0) throw divZeroError("没有可计算的单位(是否建会全为空)");
  return covered / counted;
}

/** Σ part ÷ Σ whole over rows where both are present; a part larger than its whole is #VALUE!. */
function sumRatio(parts: unknown, wholes: unknown, partLabel: string, wholeLabel: string): number {
  let partSum = 0;
  let wholeSum = 0;
  eachPair(parts, wholes, partLabel, wholeLabel, (partValue, wholeValue, partAt, wholeAt) => {
    const part = readCount(partValue, partAt);
    const whole = readCount(wholeValue, wholeAt);
    if (part === null || whole === null) return;
    if (part > whole)
      throw valueError(
        `${whereText(partAt)}: ${partLabel}（${part}）大于${wholeLabel}（${whole}）`
      );
    partSum += part;
    wholeSum += whole;
  });
  if (wholeSum === 0) throw divZeroError(`${wholeLabel}合计为0,无法计算比率`);
  return partSum / wholeSum;
}

/** 入会率 = Σ members ÷ Σ employees. */
export function memberRate(members: unknown, employees: unknown): number {
  return sumRatio(members, employees, "会员人数", "职工人数");
}

/** 参保率 = Σ enrolled ÷ Σ eligible. */
export function enrolRate(enrolled: unknown, eligible: unknown): number {
  return sumRatio(enrolled, eligible, "参保人数", "应参保人数");
}

/** Organisations covered by a union and the employees they hold. */
export function coverage(
  established: unknown,
  employees: unknown
): { organisations: number; employees: number } {
  let organisations = 0;
  let staff = 0;
  eachOrganisation(established, employees, (flag, count) => {
    if (!flag) return;
    organisations++;
    staff += count ?? 0;
  });
  return { organisations, employees: staff };
}

/** 完成率 = actual ÷ target (may exceed 1). */
export function quota(actual: unknown, target: unknown): number {
  const a = required(readNumber, actual, "完成数");
  const t = required(readNumber, target, "任务数");
  if (a < 0) throw valueError(`完成数: 不能为负数（${a}）`);
  if (t < 0) throw valueError(`任务数: 不能为负数（${t}）`);
  if (t === 0) throw divZeroError("任务数为0,无法计算完成率");
  return a / t;
}
