import type { Grid } from "../../core/grid";
import { coverage, memberRate, orgRate } from "../../core/rates";
import { rateText } from "../../core/text";
import { EMPTY, type Figure, figureOf } from "../shared/figure";
import { formatCount, messageOf } from "../shared/numbers";

export interface CoverageValues {
  established?: Grid;
  employees?: Grid;
  members?: Grid;
  minEmployees?: number;
}

export interface CoverageFigures {
  orgRate: Figure;
  memberRate: Figure;
  organisations: Figure;
  employees: Figure;
}

/** 组建率, 入会率, 建会单位数 and 覆盖职工数 over the values read, by core's rules (blank flags skipped). */
export function coverageFigures({
  established,
  employees,
  members,
  minEmployees,
}: CoverageValues): CoverageFigures {
  let organisations: Figure = EMPTY;
  let staff: Figure = EMPTY;
  if (established && employees) {
    try {
      const c = coverage(established, employees);
      organisations = { kind: "value", text: formatCount(c.organisations) };
      staff = { kind: "value", text: formatCount(c.employees) };
    } catch (error) {
      organisations = staff = { kind: "error", message: messageOf(error) };
    }
  }
  return {
    orgRate: established
      ? figureOf(() => rateText(orgRate(established, employees, minEmployees)))
      : EMPTY,
    memberRate:
      members && employees ? figureOf(() => rateText(memberRate(members, employees))) : EMPTY,
    organisations,
    employees: staff,
  };
}
