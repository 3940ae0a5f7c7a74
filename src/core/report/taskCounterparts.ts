/**
 * What the ledgers give for a 年度任务 indicator that they count too: signed collective contracts
 * (组织台账), funds collected (经费收缴), insurance enrolments (互助保障) and new unions (组织台账's
 * 本年新建). The figure is computed as the report computes it and stated in the task's own unit (万元
 * or 元), so the draft can state it in the task's sentence and the checks can compare the two.
 */
import { exactSum, yuanToWan } from "../money";
import type { LedgerId } from "../ledgers/schemas";
import type { LedgerView } from "./ledgerView";
import { countYes, countYesBoth, type Measure, sumOf } from "./measures";
import { CATEGORIES } from "./sections/insurance";

export type LedgerViews = Partial<Record<LedgerId, LedgerView>>;

export interface TaskCounterpart {
  /** What the ledger counts, as a message names it: "签订集体合同的单位". */
  what: string;
  /** The figure, in the task's unit. */
  measure: Measure;
  /** Where it is counted, as a reader writes it: 组织台账!L5:L224. */
  where: string;
  /** Where the draft's source column says it comes from. */
  source: string;
}

/** Organisations flagged yes in `key`, among those with a union when the ledger says which. */
function unionsFlagged(orgs: LedgerView, key: string): Measure {
  return orgs.has("unionEstablished")
    ? countYesBoth(orgs, key, "unionEstablished")
    : countYes(orgs, key);
}

/** A sum in yuan stated in 万元 when the task counts in 万元 (to the hundredth, as the task does). */
function inUnit(yuan: Measure, unit: string): Measure {
  if (!/万/.test(unit)) return yuan;
  return {
    formula: `ROUND(${yuan.formula}/10000,2)`,
    value: yuanToWan(yuan.value),
  };
}

interface Kind {
  words: RegExp;
  find(views: LedgerViews, unit: string): TaskCounterpart | null;
}

const KINDS: Kind[] = [
  {
    words: /集体合同/,
    find: ({ organisations: orgs }) =>
      orgs?.has("collectiveContract")
        ? {
            what: "签订集体合同的单位",
            measure: unionsFlagged(orgs, "collectiveContract"),
            where: orgs.span("collectiveContract"),
            source: "基层工会组织台账 · 签订集体合同",
          }
        : null,
  },
  {
    words: /新建工会|新建.*工会|新组建|组建工会/,
    find: ({ organisations: orgs }) =>
      orgs?.has("newUnion")
        ? {
            what: "本年新建工会的单位",
            measure: unionsFlagged(orgs, "newUnion"),
            where: orgs.span("newUnion"),
            source: "基层工会组织台账 · 本年新建",
          }
        : null,
  },
  {
    words: /经费.*(收缴|计提|拨缴)|(收缴|计提|拨缴).*经费/,
    find: ({ funds }, unit) =>
      funds?.has("allocated")
        ? {
            what: "计提工会经费",
            measure: inUnit(sumOf(funds, "allocated", true), unit),
            where: funds.span("allocated"),
            source: "工会经费收缴台账 · 计提经费",
          }
        : null,
  },
  {
    words: /参保|互助保障/,
    find: ({ insurance }) => {
      const keys = CATEGORIES.map(([key]) => key).filter((key) => insurance?.has(key));
      if (!insurance || !keys.length) return null;
      // The sum of the categories, as the draft states it (a stated total is checked on its own).
      const parts = keys.map((key) => sumOf(insurance, key));
      return {
        what: "各类别参保人数之和",
        measure: {
          formula:
            parts.length === 1 ? parts[0].formula : `(${parts.map((p) => p.formula).join("+")})`,
          value: exactSum(parts.map((p) => p.value)).toNumber(),
        },
        where: insurance.span(...keys),
        source: "互助保障参保台账 · 各类别之和",
      };
    },
  },
];

/** The ledgers' figure for a task's indicator, or null when no ledger counts the same thing. */
export function taskCounterpart(
  indicator: string,
  unit: string,
  views: LedgerViews
): TaskCounterpart | null {
  const kind = KINDS.find((k) => k.words.test(indicator));
  return kind ? kind.find(views, unit) : null;
}
