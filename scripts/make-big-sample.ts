/**
 * Writes the sample street union grown to many organisations (10,000 by default), for timing
 * `union-stats report` and `check` on a large workbook. The file is not committed: make it when needed.
 *
 *   npx ts-node scripts/make-big-sample.ts [organisations=10000] [out=test-output/big-sample-10000.xlsx]
 */
import * as path from "path";
import type { PlanCell, SheetPlan } from "../src/core/sheetPlan";
import type { WorkbookSheet } from "../src/core/workbook";
import { FileWorkbook } from "../src/file/fileWorkbook";
import { saveWorkbookFile } from "../src/file/nodeFiles";
import { scaledWorkbook } from "./bench/scaledWorkbook";

/** A sheet's grid as a plan of literal cells, so the file host's renderer writes it. */
function planOf(sheet: WorkbookSheet): SheetPlan {
  const cells: PlanCell[] = [];
  sheet.grid.forEach((row, r) =>
    row.forEach((value, col) => {
      if (value !== null && value !== undefined) cells.push({ row: r, col, value });
    }),
  );
  return { cells, merges: sheet.merges };
}

async function main(): Promise<void> {
  const organisations = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? path.join("test-output", `big-sample-${organisations}.xlsx`);
  const host = FileWorkbook.create();
  for (const sheet of scaledWorkbook(organisations)) await host.addSheetWithPlan(sheet.name, planOf(sheet));
  await host.selectRange(`'${host.workbook.worksheets[0].name}'!A1`);
  await saveWorkbookFile(host, out, { force: true });
  console.log(`wrote ${out} (${organisations.toLocaleString("en")} organisations)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
