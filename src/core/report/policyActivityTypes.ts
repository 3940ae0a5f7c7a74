/**
 * The activity types a workbook uses: the built-in ones, with those its 政策参数 sheet adds. The draft
 * and every check (command line and pane) read them the same way, so a type the office marks 免费 is
 * free everywhere.
 */
import { ACTIVITY_TYPES, type ActivityType, withPolicyTypes } from "../ledgers/activityTypes";
import type { LedgerView } from "./ledgerView";

export function policyActivityTypes(policy: LedgerView | undefined): ActivityType[] {
  if (!policy || !policy.has("parameter")) return [...ACTIVITY_TYPES];
  return withPolicyTypes(
    policy.records.map((r) => ({ parameter: r.values.parameter, note: r.values.note }))
  );
}
