/**
 * A zip entry that declares a small size and inflates far beyond it: refused while inflating, once
 * the count passes the cap, never inflated in full (the old guard read only the declared sizes).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { checkInflation } from "../../src/file/inflationCap";
import { zipEntries } from "../../src/file/zipEntries";
import { sampleBytes, tempDir } from "../file/helpers";
import { run } from "../cli/run";

const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** A workbook-shaped zip with one entry of `inflated` zero bytes whose headers claim 100 bytes. */
async function understatedBomb(inflated: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(inflated, 0x20));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  // Lie about the size in both the local header (+22) and the central directory (+24).
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const sig = bytes.readUInt32LE(at);
    if (sig === LOCAL_HEADER && bytes.readUInt32LE(at + 22) === inflated) bytes.writeUInt32LE(100, at + 22);
    if (sig === CENTRAL_ENTRY && bytes.readUInt32LE(at + 24) === inflated) bytes.writeUInt32LE(100, at + 24);
  }
  return bytes;
}

describe("an understated zip bomb", () => {
  it("is refused having inflated no more than the cap (and one chunk)", async () => {
    const bomb = await understatedBomb(40 * 2 ** 20);
    expect(zipEntries(bomb).reduce((n, e) => n + e.size, 0)).toBeLessThan(1000);
    const cap = 4 * 2 ** 20;
    const refusal = await checkInflation(bomb, "bomb.xlsx", cap).catch((e: Error) => e);
    expect(refusal).toMatchObject({ problem: "too-large" });
    const inflated = Number(/inflating ([\d,]+) bytes/.exec((refusal as Error).message)![1].replace(/,/g, ""));
    expect(inflated).toBeGreaterThan(cap);
    expect(inflated).toBeLessThanOrEqual(cap + 64 * 1024);
  });

  it("lets a real workbook through, counting what it truly unpacks to", async () => {
    const bytes = sampleBytes();
    const declared = zipEntries(bytes).reduce((n, e) => n + e.size, 0);
    expect(await checkInflation(bytes, "sample.xlsx")).toBe(declared);
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
