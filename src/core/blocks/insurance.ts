/**
 * 互助保障 results block: enrolments per category, their total, the premiums, the difference from
 * a stated total (8168 vs 8160) and completion of the enrolment task.
 */
import { totalMinusParts } from "../checks";
import { valueError } from "../errors";
import { premiumTotal } from "../insurance";
import { exactSum } from "../money";
import { quota } from "../rates";
import { quotaText } from "../text";
import type { SheetPlan } from "../sheetPlan";
import { offsetCell, offsetRange, parseCell } from "./a1";
import { figureArgument, numberArray, stringLiteral } from "./formulaText";
import { computed, FORMAT, type FigureRow, figureBlock } from "./layout";

export interface InsuranceCategory {
  /** 在职, 退休, 安康, 特种…: written as a value. */
  name: string;
  /** People enrolled: a number, or the address of the cell holding it. */
  count: number | string;
  /** Premium per person per year, in yuan. */
  price: number;
}

export interface InsuranceBlockInput {
  /** Top-left cell the block will be written at; in-block references are made from it. */
  anchor: string;
  categories: readonly InsuranceCategory[];
  /** The total the report states (a number or a cell address), checked against the sum of the parts. */
  statedTotal?: number | string;
  /** The enrolment task set by the district union (a number or a cell address). */
  target?: number | string;
  /** Unit word of the completion phrase; 人 when omitted. */
  unit?: string;
}

/** What the cells given as addresses hold now, as read (a number given as such needs none). */
export interface InsuranceValues {
  /** One per category, in order: the count its cell holds. */
  counts?: ReadonlyArray<number | undefined>;
  statedTotal?: number;
  target?: number;
}

function figureCell(
  figure: number | string,
  field: string,
  read: number | undefined
): { value?: number; formula?: string; result?: number } {
  if (typeof figure === "number") {
    if (!Number.isFinite(figure) || figure < 0)
      throw valueError(`${field}: 应为非负数字（${figure}）`);
    return { value: figure };
  }
  return { formula: `=${figureArgument(figure, field)}`, result: read };
}

/** A figure's value now: the number given, or the one read for its cell. */
const valueNow = (figure: number | string | undefined, read: number | undefined) =>
  typeof figure === "number" ? figure : read;

export function insuranceBlock(
  input: InsuranceBlockInput,
  values: InsuranceValues = {}
): SheetPlan {
  parseCell(input.anchor);
  const n = input.categories.length;
  if (n === 0) throw valueError("参保类别: 至少需要一类");
  input.categories.forEach((c) => {
    if (!Number.isFinite(c.price) || c.price < 0)
      throw valueError(`${c.name}单价: 应为非负数字（${c.price}）`);
  });

  // Rows: 0 header, 1…n categories, n+1 参保合计, n+2 保费合计, then stated total and its check, then the task.
  const counts = offsetRange(input.anchor, 1, 1, n, 1);
  // The figures now, by the core functions the formulas call: saved with them as their values.
  const countsNow = input.categories.map((c, i) => valueNow(c.count, values.counts?.[i]));
  const known = countsNow.every((c) => c !== undefined);
  const column = countsNow.map((c) => [c ?? null]);
  const total = known ? computed(() => exactSum(countsNow as number[]).toNumber()) : undefined;
  const statedNow = valueNow(input.statedTotal, values.statedTotal);
  const targetNow = valueNow(input.target, values.target);
  const withTarget = <T>(figure: (total: number, target: number) => T) =>
    total === undefined || targetNow === undefined
      ? undefined
      : computed(() => figure(total, targetNow));

  const rows: FigureRow[] = input.categories.map((c, i) => ({
    label: c.name,
    ...figureCell(c.count, `${c.name}人数`, countsNow[i]),
    numberFormat: FORMAT.count,
    note: `参保人数,单价${c.price}元/人`,
  }));
  const totalRow = rows.length + 1;
  rows.push(
    {
      label: "参保合计",
      formula: `=SUM(${counts})`,
      result: total,
      numberFormat: FORMAT.count,
      note: "各类别参保人数之和",
    },
    {
      label: "保费合计",
      formula: `=UNION.PREMIUM(${counts},${numberArray(input.categories.map((c) => c.price))})`,
      result: known
        ? computed(() =>
            premiumTotal(
              column,
              input.categories.map((c) => [c.price])
            )
          )
        : undefined,
      numberFormat: FORMAT.money,
      note: "Σ 各类别人数 × 单价(元)",
    }
  );
  const totalCell = offsetCell(input.anchor, totalRow, 1);
  if (input.statedTotal !== undefined) {
    const statedCell = offsetCell(input.anchor, rows.length + 1, 1);
    rows.push(
      {
        label: "填报合计",
        ...figureCell(input.statedTotal, "填报合计", statedNow),
        numberFormat: FORMAT.count,
        note: "报表所填的合计数",
      },
      {
        label: "合计差额",
        formula: `=UNION.CHECKSUM(${statedCell},${counts})`,
        result:
          known && statedNow !== undefined
            ? computed(() => totalMinusParts(statedNow, column))
            : undefined,
        numberFormat: FORMAT.count,
        note: "填报合计 − 分项之和(应为0)",
      }
    );
  }
  if (input.target !== undefined) {
    const targetCell = offsetCell(input.anchor, rows.length + 1, 1);
    const unit = stringLiteral(input.unit ?? "人");
    rows.push(
      {
        label: "任务数",
        ...figureCell(input.target, "任务数", targetNow),
        numberFormat: FORMAT.count,
        note: "区总工会下达的参保任务",
      },
      {
        label: "完成率",
        formula: `=UNION.QUOTA(${totalCell},${targetCell})`,
        result: withTarget(quota),
        numberFormat: FORMAT.rate,
        note: "参保合计 ÷ 任务数",
      },
      {
        label: "完成情况",
        formula: `=UNION.QUOTATEXT(${totalCell},${targetCell},${unit})`,
        result: withTarget((sum, task) => quotaText(sum, task, input.unit ?? "人")),
        note: "报告用语",
      }
    );
  }
  return figureBlock(rows);
}
