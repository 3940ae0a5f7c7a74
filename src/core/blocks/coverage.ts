/**
 * 组织覆盖 results block: 组建率, 入会率, 建会单位数 and 覆盖职工数 as live UNION.* formulas over the
 * ledger ranges the user picked.
 */
import { valueError } from "../errors";
import type { SheetPlan } from "../sheetPlan";
import { numberLiteral, rangeArgument } from "./formulaText";
import { FORMAT, type FigureRow, figureBlock } from "./layout";

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

export function coverageBlock(input: CoverageBlockInput): SheetPlan {
  const est = rangeArgument(input.established, "是否建会");
  const emp =
    input.employees === undefined ? undefined : rangeArgument(input.employees, "职工人数");
  const mem = input.members === undefined ? undefined : rangeArgument(input.members, "会员人数");
  const min = input.minEmployees;
  if (min !== undefined && (!Number.isInteger(min) || min < 0))
    throw valueError(`职工人数下限: 应为非负整数(${min})`);
  if (min !== undefined && emp === undefined)
    throw valueError("设定职工人数下限时须同时给出职工人数区域");
  if (mem !== undefined && emp === undefined) throw valueError("计算入会率须同时给出职工人数区域");

  const rows: FigureRow[] = [];
  rows.push(
    min !== undefined
      ? {
          label: "组建率",
          formula: `=UNION.ORGRATE(${est},${emp},${numberLiteral(min)})`,
          numberFormat: FORMAT.rate,
          note: `职工${min}人及以上单位中已建会单位 ÷ 已填是否建会的单位`,
        }
      : {
          label: "组建率",
          formula: `=UNION.ORGRATE(${est})`,
          numberFormat: FORMAT.rate,
          note: "已建会单位 ÷ 已填是否建会的单位(空白不计)",
        }
  );
  if (mem !== undefined && emp !== undefined) {
    rows.push({
      label: "入会率",
      formula: `=UNION.MEMBERRATE(${mem},${emp})`,
      numberFormat: FORMAT.rate,
      note: "会员人数之和 ÷ 职工人数之和",
    });
  }
  if (emp !== undefined) {
    rows.push(
      {
        label: "建会单位数",
        formula: `=INDEX(UNION.COVERAGE(${est},${emp}),1,1)`,
        numberFormat: FORMAT.count,
        note: "是否建会为“是”的单位数",
      },
      {
        label: "覆盖职工数",
        formula: `=INDEX(UNION.COVERAGE(${est},${emp}),1,2)`,
        numberFormat: FORMAT.count,
        note: "已建会单位的职工人数之和",
      }
    );
  }
  return figureBlock(rows);
}
