import { totalMinusParts } from "../../core/checks";
import { premiumTotal } from "../../core/insurance";
import { exactSum } from "../../core/money";
import { quota } from "../../core/rates";
import { quotaProse, rateText } from "../../core/text";
import { EMPTY, type Figure, figureOf } from "../shared/figure";
import { formatCount, formatMoney, type NumberInput } from "../shared/numbers";
import type { CategoryInput } from "./categories";

export interface InsuranceFigures {
  total: Figure;
  premiums: Figure;
  completion: Figure;
  completionText: Figure;
  /** Stated total minus the sum of the parts, when a total is stated and they differ. */
  mismatch?: { stated: number; sum: number; diff: number };
}

const numberOf = (n: NumberInput) => (n.kind === "number" ? n.value : null);

/** 参保合计, 保费合计 (core's premiumTotal), the stated-total check and completion of the task. */
export function insuranceFigures(
  categories: readonly CategoryInput[],
  stated: NumberInput,
  target: NumberInput,
  unit: string
): InsuranceFigures {
  const none: InsuranceFigures = {
    total: EMPTY,
    premiums: EMPTY,
    completion: EMPTY,
    completionText: EMPTY,
  };
  const counts = categories.map((c) => numberOf(c.count));
  if (categories.some((c) => c.count.kind === "invalid") || counts.every((c) => c === null))
    return none;
  const given = counts.filter((c): c is number => c !== null);
  const total = exactSum(given).toNumber();
  const column = (values: Array<number | null>) => values.map((v) => [v]);
  const result: InsuranceFigures = {
    total: { kind: "value", text: formatCount(total) },
    premiums: categories.some((c) => c.price.kind === "invalid")
      ? EMPTY
      : figureOf(() =>
          formatMoney(
            premiumTotal(column(counts), column(categories.map((c) => numberOf(c.price))))
          )
        ),
    completion: EMPTY,
    completionText: EMPTY,
  };
  if (stated.kind === "number") {
    const diff = totalMinusParts(stated.value, column(counts));
    if (diff !== 0) result.mismatch = { stated: stated.value, sum: total, diff };
  }
  if (target.kind === "number") {
    result.completion = figureOf(() => rateText(quota(total, target.value)));
    result.completionText = figureOf(() => quotaProse(total, target.value, unit));
  }
  return result;
}
