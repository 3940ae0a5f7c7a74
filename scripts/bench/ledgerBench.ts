/** Ledger detection, checks and report composition over 1,000 / 10,000 / 100,000 organisations. */
import { checkLedger } from "../../src/core/ledgers/checks";
import { detectBest } from "../../src/core/ledgers/detect";
import { composeReport } from "../../src/core/report/composeReport";
import { reportFormulas } from "../../src/core/report/draftReport";
import { scaledWorkbook } from "./scaledWorkbook";
import { fmtMs, table, timeBest } from "./timing";

const SIZES = [1_000, 10_000, 100_000];

export function benchLedgers(): string {
  const rows: Array<Array<string | number>> = [];
  for (const n of SIZES) {
    const sheets = scaledWorkbook(n);
    const repeats = n >= 100_000 ? 1 : 3;
    let detections = detectBest(sheets);
    const detect = timeBest(() => (detections = detectBest(sheets)), repeats);
    const orgs = detections.find((d) => d.schemaId === "organisations")!;
    const grid = sheets.find((s) => s.name === orgs.sheetName)!.grid;
    let findings = 0;
    const check = timeBest(() => (findings = checkLedger(grid, orgs).length), repeats);
    let formulas = 0;
    const compose = timeBest(() => (formulas = reportFormulas(composeReport(sheets, { year: 2024, detections }))), repeats);
    rows.push([n.toLocaleString("en"), fmtMs(detect), fmtMs(check), findings, fmtMs(compose), formulas]);
  }
  return table(["organisations", "detect ms (all 7 sheets)", "check ms (organisations)", "findings", "compose report ms", "formulas"], rows);
}
