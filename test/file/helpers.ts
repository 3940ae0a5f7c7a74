/** Shared by the file-host tests: the sample workbook's bytes, and reopening written bytes with plain ExcelJS. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

export const SAMPLE_FILE = path.join(__dirname, "..", "..", "assets", "samples", "street-union-sample.xlsx");

export function sampleBytes(): Uint8Array {
  return new Uint8Array(fs.readFileSync(SAMPLE_FILE));
}

export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A fresh folder under the system's temp folder, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "union-stats-"));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
