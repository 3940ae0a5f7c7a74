/**
 * 组织覆盖 results block: 组建率, 入会率, 建会单位数 and 覆盖职工数 as live UNION.* formulas over the
 * ledger ranges the user picked.
 */
import { valueError } from "../errors";
import type { Grid } from "../grid";
import { coverage, memberRate, orgRate } from "../rates";
import type { SheetPlan } from "../sheetPlan";
import { numberLiteral, rangeArgument } from "./formulaText";
import { computed, FORMAT, type FigureRow, figureBlock } from "./layout";

export interface CoverageBlockInput {
  /** 是否建会 flags, as the host spelled the range ("'台账 2024'!G2:G221"). */
  established: string;
  /** 职工人数 beside the flags. */
  employees?: string;
  /** 会员人数 beside the flags (needs employees). */
  members?: string;
  /** Count only organisations with at least this many employees (needs employees). */
  minEmployees?: number;
}

/** What the ranges hold now, as read: the figures are computed from them and saved with the formulas. */
export interface CoverageValues {
  established: Grid;
  employees?: Grid;
  members?: Grid;
}

export function coverageBlock(input: CoverageBlockInput, values?: CoverageValues): SheetPlan {
  const est = rangeArgument(input.established, "是否建会");
  const emp =
    input.employees === undefined ? undefined : rangeArgument(input.employees, "职工人数");
  const mem = input.members === undefined ? undefined : rangeArgument(input.members, "会员人数");
  const min = input.minEmployees;
  if (min !== undefined && (!Number.isInteger(min) || min < 0))
    throw valueError(`职工人数下限: 应为非负整数（${min}）`);
  if (min !== undefined && emp === undefined)
    throw valueError("设定职工人数下限时须同时给出职工人数区域");
  if (mem !== undefined && emp === undefined) throw valueError("计算入会率须同时给出职工人数区域");

  // The core functions the UNION.* formulas call, over the values read.
  const now = (figure: (v: CoverageValues) => number) =>
    values ? computed(() => figure(values)) : undefined;
  const counted = (pick: 0 | 1) =>
    now((v) => {
      const c = coverage(v.established, v.employees);
      return pick === 0 ? c.organisations : c.employees;
    });

  const rows: FigureRow[] = [];
  rows.push(
    min !== undefined
      ? {
          label: "组建率",
          formula: `=UNION.ORGRATE(${est},${emp},${numberLiteral(min)})`,
          result: now((v) => orgRate(v.established, v.employees, min)),
          numberFormat: FORMAT.rate,
          note: `职工${min}人及以上单位中已建会单位 ÷ 已填是否建会的单位`,
        }
      : {
          label: "组建率",
          formula: `=UNION.ORGRATE(${est})`,
          result: now((v) => orgRate(v.established)),
          numberFormat: FORMAT.rate,
          note: "已建会单位 ÷ 已填是否建会的单位(空白不计)",
        }
  );
  if (mem !== undefined && emp !== undefined) {
    rows.push({
      label: "入会率",
      formula: `=UNION.MEMBERRATE(${mem},${emp})`,
      result: now((v) => memberRate(v.members, v.employees)),
      numberFormat: FORMAT.rate,
      note: "会员人数之和 ÷ 职工人数之和",
    });
  }
  if (emp !== undefined) {
    rows.push(
      {
        label: "建会单位数",
        formula: `=INDEX(UNION.COVERAGE(${est},${emp}),1,1)`,
        result: counted(0),
        numberFormat: FORMAT.count,
        note: "是否建会为“是”的单位数",
      },
      {
        label: "覆盖职工数",
        formula: `=INDEX(UNION.COVERAGE(${est},${emp}),1,2)`,
        result: counted(1),
        numberFormat: FORMAT.count,
        note: "已建会单位的职工人数之和",
      }
    );
  }
  return figureBlock(rows);
}
