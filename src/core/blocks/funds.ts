/**
 * 经费计算 results block: the allocation (计提经费), each level's share of it (经费分成, the
 * grassroots union taking the fen remainder) and a check that the shares add back to it. The shares
 * and the check refer to the block's own cells, so the builder is told where the block will go.
 */
import { valueError } from "../errors";
import { exactSum, roundHalfUp } from "../money";
import type { SheetPlan } from "../sheetPlan";
import { allocateFund, DEFAULT_FUND_RATE, splitFund } from "../funds";
import { totalMinusParts } from "../checks";
import { offsetCell, offsetRange, parseCell } from "./a1";
import {
  figureArgument,
  numberArray,
  numberLiteral,
  rangeArgument,
  ratioText,
} from "./formulaText";
import { computed, FORMAT, type FigureRow, figureBlock } from "./layout";

export interface FundLevel {
  /** The level's name (基层工会, 区总工会…), written as a value. */
  name: string;
  /** Its share as a fraction (0.6); the first level is the grassroots union. */
  ratio: number;
}

export interface FundBlockInput {
  /** Top-left cell the block will be written at ("Sheet1!H2"); in-block references are made from it. */
  anchor: string;
  /** 工资总额: a number, or a range address whose SUM is the payroll. */
  payroll: number | string;
  /** Allocation rate as a fraction; 2% when omitted. */
  rate?: number;
  levels: readonly FundLevel[];
  /** Payroll of organisations exempted from the allocation (a number or a range), taken off the base. */
  exempted?: number | string;
}

function payrollTerm(payroll: number | string, field: string): string {
  if (typeof payroll === "number") {
    if (payroll < 0) throw valueError(`${field}: 不能为负数（${payroll}）`);
    return numberLiteral(payroll);
  }
  return `SUM(${rangeArgument(payroll, field)})`;
}

function checkRatio(ratio: number, field: string): void {
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1)
    throw valueError(`${field}: 比例应在0到100%之间（${ratio}）`);
}

/** The sums of the ranges given as addresses, as read now (a number given as such needs none). */
export interface FundValues {
  payroll?: number;
  exempted?: number;
}

/** A term's value: the number itself, or the sum read for its range (undefined when not read). */
function termValue(
  term: number | string | undefined,
  read: number | undefined
): number | undefined {
  if (term === undefined) return 0;
  return typeof term === "number" ? term : read;
}

export function fundBlock(input: FundBlockInput, values: FundValues = {}): SheetPlan {
  parseCell(input.anchor);
  const rate = input.rate ?? DEFAULT_FUND_RATE;
  checkRatio(rate, "计提比例");
  if (input.levels.length === 0) throw valueError("分成比例: 至少需要一级");
  input.levels.forEach((l, i) => checkRatio(l.ratio, `第${i + 1}级`));
  const sum = exactSum(input.levels.map((l) => l.ratio));
  if (sum.minus(1).abs().greaterThan(1e-9))
    throw valueError(`比例之和须为100%（现为${sum.times(100).toString()}%）`);

  let base = payrollTerm(input.payroll, "工资总额");
  if (input.exempted !== undefined) {
    const off =
      typeof input.exempted === "number"
        ? numberLiteral(input.exempted)
        : `SUM(${figureArgument(input.exempted, "免缴单位工资总额")})`;
    base = `${base}-${off}`;
  }

  // A sum of fen amounts in binary floats can land a hair under the half fen (514371.75 adds up to
  // 514371.74999999994, whose 2% then rounds down): the payroll is rounded to the fen first, in the
  // formula and in the value saved with it, so both give what the statistician sees.
  const baseToFen =
    typeof input.payroll === "number" && input.exempted === undefined ? base : `ROUND(${base},2)`;

  // Rows: 0 header, 1 计提经费, 2…n+1 the levels, n+2 合计核对; results in column 1.
  const fundCell = offsetCell(input.anchor, 1, 1);
  const parts = offsetRange(input.anchor, 2, 1, input.levels.length, 1);
  const ratios = numberArray(input.levels.map((l) => l.ratio));

  // The figures now, by the core functions the formulas call: saved with them as their values.
  const payrollNow = termValue(input.payroll, values.payroll);
  const exemptedNow = termValue(input.exempted, values.exempted);
  const fund =
    payrollNow === undefined || exemptedNow === undefined
      ? undefined
      : computed(() => allocateFund(roundHalfUp(exactSum([payrollNow, -exemptedNow])), rate));
  const shares =
    fund === undefined
      ? undefined
      : computed(() =>
          splitFund(
            fund,
            input.levels.map((l) => l.ratio)
          )
        );
  const check =
    fund === undefined || shares === undefined
      ? undefined
      : computed(() =>
          totalMinusParts(
            fund,
            shares.map((s) => [s])
          )
        );

  const rows: FigureRow[] = [
    {
      label: "计提经费",
      formula: `=UNION.FUND(${baseToFen},${numberLiteral(rate)})`,
      result: fund,
      numberFormat: FORMAT.money,
      note: `工资总额${input.exempted !== undefined ? "(扣除免缴单位)" : ""} × ${ratioText(rate)}`,
    },
    ...input.levels.map((level, i): FigureRow => ({
      label: level.name,
      formula: `=INDEX(UNION.SPLIT(${fundCell},${ratios}),1,${i + 1})`,
      result: shares?.[i],
      numberFormat: FORMAT.money,
      note:
        i === 0
          ? `分成比例 ${ratioText(level.ratio)}(含尾差)`
          : `分成比例 ${ratioText(level.ratio)}`,
    })),
    {
      label: "合计核对",
      formula: `=UNION.CHECKSUM(${fundCell},${parts})`,
      result: check,
      numberFormat: FORMAT.money,
      note: "计提经费 − 各级分成之和(应为0)",
    },
  ];
  return figureBlock(rows);
}
