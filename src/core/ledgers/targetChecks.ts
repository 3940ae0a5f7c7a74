/**
 * A 年度任务 result that the ledgers contradict: "签订集体合同…实际完成196家" while 组织台账 flags 202
 * units as signed. A finding at the task's cell naming the ledger's cells and both figures; the
 * draft states the ledger's figure (taskCounterparts), so its prose never says both.
 */
import { exactSum, roundHalfUp } from "../money";
import { type LedgerViews, taskCounterpart } from "../report/taskCounterparts";
import { cellName } from "./cells";
import { type Finding, finding } from "./findings";

export function targetFindings(views: LedgerViews): Finding[] {
  const targets = views.targets;
  if (!targets || !targets.has("indicator") || !targets.has("actual")) return [];
  const out: Finding[] = [];
  for (const record of targets.records) {
    const { indicator, actual, unit } = record.values;
    if (typeof indicator !== "string" || typeof actual !== "number") continue;
    const name = indicator.trim();
    const unitText = typeof unit === "string" ? unit.trim() : "";
    const counterpart = taskCounterpart(name, unitText, views);
    if (!counterpart) continue;
    const counted = counterpart.measure.value;
    // A task in 万元 is stated to the hundredth: 263.04 agrees with 2,630,359.96 yuan.
    if (roundHalfUp(actual, 2) === counted) continue;
    const gap = exactSum([actual, -counted]).abs().toNumber();
    const where = cellName(record.row, targets.column("actual"));
    out.push(
      finding(
        "target-ledger-mismatch",
        record.row,
        targets.column("actual"),
        `${where}: 年度任务“${name}”完成数为${actual}${unitText}，但${counterpart.where}中${counterpart.what}为${counted}${unitText}（相差${gap}${unitText}），草稿按台账数表述，请核对`,
        `${where}: the task "${name}" states ${actual} done, but ${counterpart.where} gives ${counted} (off by ${gap}); the draft states the ledger's figure`,
        targets.sheet
      )
    );
  }
  return out;
}
