/**
 * A zip entry that declares a small size and inflates far beyond it: refused while inflating, once
 * the count passes the cap, never inflated in full (the old guard read only the declared sizes). The
 * guard runs where the file host opens bytes, so the pane's file mode in a browser has it too
 * (test/taskpane/filemode.test.tsx, test/browser/filemode.test.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { checkInflation } from "../../src/file/inflationCap";
import { zipEntries } from "../../src/file/zipEntries";
import { sampleBytes, tempDir } from "../file/helpers";
import { run } from "../cli/run";
import { understatedBomb } from "./understatedBomb";


describe("an understated zip bomb", () => {
  it("is refused having inflated no more than the cap (and one 16 KB chunk)", async () => {
    const bomb = await understatedBomb(40 * 2 ** 20);
    expect(zipEntries(bomb).reduce((n, e) => n + e.size, 0)).toBeLessThan(1000);
    const cap = 4 * 2 ** 20;
    let refusal: unknown;
    try {
      checkInflation(bomb, "bomb.xlsx", cap);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({ problem: "too-large" });
    const inflated = Number(/inflating ([\d,]+) bytes/.exec((refusal as Error).message)![1].replace(/,/g, ""));
    expect(inflated).toBeGreaterThan(cap);
    expect(inflated).toBeLessThanOrEqual(cap + 16 * 1024);
  });

  it("lets a real workbook through, counting what it truly unpacks to", () => {
    const bytes = sampleBytes();
    const declared = zipEntries(bytes).reduce((n, e) => n + e.size, 0);
    expect(checkInflation(bytes, "sample.xlsx")).toBe(declared);
  });

  it("a damaged deflate stream is a damaged file, not a crash", () => {
    const bytes = Buffer.from(sampleBytes());
    const sheet = zipEntries(bytes).find((e) => e.name === "xl/workbook.xml")!;
    const start = sheet.localOffset + 30 + bytes.readUInt16LE(sheet.localOffset + 26) + bytes.readUInt16LE(sheet.localOffset + 28);
    bytes.fill(0xff, start, start + Math.min(8, sheet.compressedSize));
    expect(() => checkInflation(bytes, "damaged.xlsx")).toThrow(expect.objectContaining({ problem: "corrupt" }));
  });

  it("is refused by the command line with the too-large message, past the 128 MB cap", async () => {
    const { dir, remove } = tempDir();
    try {
      const file = path.join(dir, "bomb.xlsx");
      fs.writeFileSync(file, await understatedBomb(130 * 2 ** 20));
      const result = await run("check", file);
      expect(result.code).toBe(2);
      expect(result.err).toContain("解压后超过 128 MB");
      expect(result.err.trim().split("\n")).toHaveLength(1);
    } finally {
      remove();
    }
  });
});
