import { buildSampleWorkbook } from "../../src/core/ledgers";
import { FakeWorkbook } from "./fakeWorkbook";

/** A fake workbook holding the sample street union's seven ledgers (laid out as printed forms). */
export function sampleWorkbook(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  workbook.sheets = buildSampleWorkbook().map((s) => ({ name: s.name, grid: s.grid, merges: s.merges }));
  return workbook;
}
