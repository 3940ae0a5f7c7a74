/**
 * What the native charts cost the file host: writing the report's workbook with its charts added
 * to the package (unzip, add parts, zip again) against ExcelJS's write alone, in the same run, as a
 * ratio; and the bytes the charts add.
 */
import * as fs from "fs";
import * as path from "path";
import { draftReport } from "../../src/core/report/draftReport";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { fmtMs, table } from "./timing";

const ROOT = path.join(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/samples/street-union-sample.xlsx");

async function best(run: () => Promise<unknown>, repeats = 3): Promise<number> {
  await run(); // warm-up
  let fastest = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await run();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

export async function benchCharts(): Promise<string> {
  const host = await FileWorkbook.open(fs.readFileSync(SAMPLE), "street-union-sample.xlsx");
  await draftReport(host, { year: 2024, street: "示例街道" });
  const plain = await best(() => host.workbook.xlsx.writeBuffer());
  const charted = await best(() => host.toBuffer());
  const plainBytes = (await host.workbook.xlsx.writeBuffer()).byteLength;
  const chartedBytes = (await host.toBuffer()).byteLength;
  return table(
    ["sample report (3 charts)", "ExcelJS alone", "with the charts", "ratio"],
    [
      ["write, ms (best of 3)", fmtMs(plain), fmtMs(charted), (charted / plain).toFixed(2)],
      ["bytes", plainBytes, chartedBytes, (chartedBytes / plainBytes).toFixed(2)],
    ]
  );
}
