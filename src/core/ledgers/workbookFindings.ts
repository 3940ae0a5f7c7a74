/**
 * Every finding of a workbook, in one place for the command line's check and the report draft:
 * each ledger's checks (an activity register's dates against the report year, its types with those
 * of the 政策参数 sheet), 年度任务 results against the ledgers, then the cells left out of a sheet's
 * grid because they lie far away.
 */
import type { ActivityCheckOptions } from "./activityChecks";
import { checkLedger } from "./checks";
import type { Detection } from "./detect";
import type { Finding } from "./findings";
import { farCellFindings } from "./sheetExtent";
import { ledgerViews } from "../report/ledgerView";
import { policyActivityTypes } from "../report/policyActivityTypes";
import { workbookFacts } from "../report/workbookFacts";
import { targetFindings } from "./targetChecks";
import type { WorkbookSheet } from "../workbook";

export function workbookFindings(
  sheets: readonly WorkbookSheet[],
  detections: readonly Detection[],
  options: ActivityCheckOptions = {}
): Finding[] {
  // Without a year from the caller, dates are checked against the year the ledgers name, if any.
  const year = options.year ?? workbookFacts(sheets).year?.value;
  const views = ledgerViews(sheets, detections);
  const checks = {
    ...options,
    activityTypes: options.activityTypes ?? policyActivityTypes(views.policy),
    ...(year !== undefined ? { year } : {}),
  };
  const ledgers = detections.flatMap((d) => {
    const sheet = sheets.find((s) => s.name === d.sheetName);
    return sheet ? checkLedger(sheet.grid, d, { ...checks, sheet: sheet.name }) : [];
  });
  const far = sheets.flatMap((s) =>
    farCellFindings(s.name, s.farCells ?? [], s.farCellCount ?? s.farCells?.length ?? 0)
  );
  // A 年度任务 result the ledgers contradict is found across sheets.
  const targets = targetFindings(views);
  return [...ledgers, ...targets, ...far];
}
