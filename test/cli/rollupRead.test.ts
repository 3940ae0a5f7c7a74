/**
 * `union-stats rollup` streams each input (src/cli/streamedRead.ts); the pane's 汇总 page, in a
 * browser without Node streams, opens it with the file host. Both must hand the roll-up the same
 * street: the same grids, merges and settings, so the same summary, for a street's workbook and for
 * a district's (a city's input). Hostile files among good ones stay findings naming the file.
 */
import * as fs from "fs";
import * as path from "path";
import {
  readRollupInput,
  rollUp,
  summariseWorkbook,
  writeDistrict,
  type RollupInput,
} from "../../src/core/rollup";
import type { WorkbookSheet } from "../../src/core/workbook";
import { readStreamed } from "../../src/cli/streamedRead";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { understatedBomb } from "../security/understatedBomb";
import { tempDir } from "../file/helpers";
import { run } from "./run";

const STREETS = path.join(__dirname, "..", "..", "assets", "samples", "streets");
const streetFiles = fs.readdirSync(STREETS).sort();

const byPlace = (a: { row: number; col: number }, b: { row: number; col: number }) =>
  a.row - b.row || a.col - b.col;
/** A sheet with its merges in one order: the two readers meet them in different orders. */
const comparable = (s: WorkbookSheet) => ({ ...s, merges: [...(s.merges ?? [])].sort(byPlace) });

async function bothReads(bytes: Uint8Array, file: string): Promise<[RollupInput, RollupInput]> {
  const streamed = await readStreamed(bytes, file);
  const inMemory = await readRollupInput(await FileWorkbook.open(bytes, file), file);
  return [{ file, sheets: streamed.sheets, saved: streamed.saved }, inMemory];
}

function expectSameInput([streamed, inMemory]: [RollupInput, RollupInput], year?: number): void {
  expect(streamed.sheets.map(comparable)).toEqual(inMemory.sheets.map(comparable));
  expect(streamed.saved).toEqual(inMemory.saved);
  expect(summariseWorkbook(streamed, year)).toEqual(summariseWorkbook(inMemory, year));
}

describe("the roll-up's streamed read", () => {
  it("gives each sample street, and a district workbook, exactly as the file host reads it", async () => {
    const summaries = [];
    for (const name of streetFiles) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(STREETS, name)));
      const reads = await bothReads(bytes, name);
      expect(reads[0].sheets.some((s) => (s.merges ?? []).length > 0)).toBe(true);
      expectSameInput(reads, 2024);
      expectSameInput(reads);
      summaries.push({ summary: summariseWorkbook(reads[0], 2024) });
    }
    // A district workbook, as a city rolls it up: its 分街道汇总 with live totals, its saved year and name.
    const rollup = rollUp(summaries, [], { year: 2024, fallbackYear: 2024, district: "示例区" });
    const district = FileWorkbook.create("示例区.xlsx");
    await writeDistrict(district, rollup);
    const reads = await bothReads(await district.toBuffer(), "示例区.xlsx");
    expect(reads[0].saved).toMatchObject({ year: 2024, street: "示例区" });
    expectSameInput(reads);
    expect(summariseWorkbook(reads[0], undefined)).toMatchObject({
      level: "district",
      name: "示例区",
      year: 2024,
      values: rollup.totals,
    });
  });

  it("rolls up the good files when one is a zip bomb, naming it, and leaves every input as it was", async () => {
    const { dir, remove } = tempDir();
    try {
      for (const name of streetFiles)
        fs.copyFileSync(path.join(STREETS, name), path.join(dir, name));
      fs.writeFileSync(path.join(dir, "炸弹.xlsx"), await understatedBomb(130 * 2 ** 20));
      const before = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f)));
      const result = await run(
        "rollup",
        dir,
        "-o",
        path.join(dir, "..", `${path.basename(dir)}-区.xlsx`),
        "--json",
        "--year",
        "2024"
      );
      expect(result.code).toBe(1);
      const findings = JSON.parse(result.out) as Array<{
        file: string;
        kind: string;
        message: string;
      }>;
      expect(findings.filter((f) => f.kind === "unreadable-file")).toEqual([
        expect.objectContaining({ file: "炸弹.xlsx", message: expect.stringContaining("128 MB") }),
      ]);
      const table = (
        await FileWorkbook.open(
          fs.readFileSync(path.join(dir, "..", `${path.basename(dir)}-区.xlsx`))
        )
      ).workbook.getWorksheet("分街道汇总")!;
      expect([3, 4, 5].map((r) => table.getCell(`A${r}`).value)).toEqual([
        "东湖街道",
        "南湖街道",
        "西湖街道",
      ]);
      expect(fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f)))).toEqual(before);
    } finally {
      fs.rmSync(path.join(dir, "..", `${path.basename(dir)}-区.xlsx`), { force: true });
      remove();
    }
  });
});
