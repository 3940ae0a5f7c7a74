/**
 * Writes the tallest ledger a sheet can hold: 1,048,576 rows × 3 columns (单位名称, 职工人数, 是否建会),
 * about 12 MB, the workbook the issue-15 red team measured `report` with. Streamed by ExcelJS's
 * writer, so making it needs little memory. Not committed: make it when needed.
 *
 *   npx ts-node scripts/make-tall-sample.ts [rows=1048576] [out=test-output/tall-sample.xlsx]
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 1_048_576);
  const out = process.argv[3] ?? path.join("test-output", "tall-sample.xlsx");
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true });
  const ws = book.addWorksheet("组织台账");
  ws.addRow(["单位名称", "职工人数", "是否建会"]).commit();
  for (let i = 1; i < rows; i++)
    ws.addRow([`第${i}号企业`, 10 + (i % 490), i % 3 === 0 ? "否" : "是"]).commit();
  ws.commit();
  await book.commit();
  console.log(
    `wrote ${out} (${rows.toLocaleString("en")} rows, ${fs.statSync(out).size.toLocaleString("en")} bytes)`
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
