/**
 * Every finding of a workbook, in one place for the command line's check and the report draft:
 * each ledger's checks, then the cells left out of a sheet's grid because they lie far away.
 */
import { checkLedger } from "./checks";
import type { Detection } from "./detect";
import type { Finding } from "./findings";
import { farCellFindings } from "./sheetExtent";
import type { WorkbookSheet } from "../workbook";

export function workbookFindings(
  sheets: readonly WorkbookSheet[],
  detections: readonly Detection[]
): Finding[] {
  const ledgers = detections.flatMap((d) => {
    const sheet = sheets.find((s) => s.name === d.sheetName);
    return sheet ? checkLedger(sheet.grid, d, { sheet: sheet.name }) : [];
  });
  const far = sheets.flatMap((s) =>
    farCellFindings(s.name, s.farCells ?? [], s.farCellCount ?? s.farCells?.length ?? 0)
  );
  return [...ledgers, ...far];
}
