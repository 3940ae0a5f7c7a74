/** Every kind of file that is not a readable .xlsx gets its own message, naming the file, in both languages. */
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { WorkbookFileError } from "../../src/file/fileErrors";
import { zipEntries } from "../../src/file/zipEntries";
import { sampleBytes } from "./helpers";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
const bytes = (...parts: number[][]) => new Uint8Array(parts.flat());
const text = (s: string) => new TextEncoder().encode(s);

async function problemOf(data: Uint8Array, name = "台账.xlsx"): Promise<WorkbookFileError> {
  try {
    await FileWorkbook.open(data, name);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookFileError);
    const error = e as WorkbookFileError;
    expect(error.zh).toContain(name);
    expect(error.en).toContain(name);
    expect(error.message).toBe(`${error.zh}\n${error.en}`);
    return error;
  }
  throw new Error("opened");
}

describe("files that are not readable workbooks", () => {
  it("names each problem", async () => {
    const sample = sampleBytes();
    expect((await problemOf(new Uint8Array(0))).problem).toBe("empty");
    expect((await problemOf(text("单位名称,职工人数\n甲,30\n"))).problem).toBe("not-zip");
    expect((await problemOf(bytes(OLE, new Array(200).fill(0), utf16("EncryptedPackage")))).problem).toBe("encrypted");
    expect((await problemOf(bytes(OLE, new Array(200).fill(0), utf16("Workbook")))).problem).toBe("legacy-xls");
    expect((await problemOf(bytes(OLE, new Array(50).fill(7)))).problem).toBe("ole");
    expect((await problemOf(sample.subarray(0, Math.floor(sample.length / 2)))).problem).toBe("corrupt");
  });

  it("says how to fix an encrypted workbook and an old .xls", async () => {
    const encrypted = await problemOf(bytes(OLE, utf16("EncryptedPackage")));
    expect(encrypted.zh).toMatch(/密码/);
    expect(encrypted.en).toMatch(/password/);
    expect((await problemOf(bytes(OLE, utf16("Workbook")))).zh).toMatch(/另存为 \.xlsx/);
  });

  it("tells a zip that is not a workbook, and a damaged one whose directory survived", async () => {
    const sample = sampleBytes();
    // A zip whose only entry is renamed: its directory is whole, but there is no xl/workbook.xml.
    const renamed = sample.slice();
    const names = zipEntries(renamed).map((entry) => entry.name);
    expect(names).toContain("xl/workbook.xml");
    const at = Buffer.from(renamed).lastIndexOf("xl/workbook.xml");
    renamed.set(text("xl/workbook.xmX"), at);
    const broken = await problemOf(renamed);
    expect(broken.problem).toBe("not-workbook");
    // The middle of the file scrambled: the zip directory is intact, the content is not.
    const scrambled = sample.slice();
    scrambled.fill(0x55, 2000, 6000);
    expect(["corrupt", "unreadable"]).toContain((await problemOf(scrambled)).problem);
  });
});

/**
 * A zip of stored (uncompressed) entries, with the unpacked sizes in zip64 extra fields if asked,
 * as large archives carry them. Enough of a zip for its directory to be read; CRCs are left 0.
 */
function zipOf(entries: Record<string, string>, zip64: boolean): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  const u64 = (n: number) => [...u32(n), ...u32(Math.floor(n / 2 ** 32))];
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = [...text(name)];
    const data = [...text(content)];
    const size = zip64 ? 0xffffffff : data.length;
    const extra = zip64 ? [...u16(0x0001), ...u16(16), ...u64(data.length), ...u64(data.length)] : [];
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(45), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(size), ...u32(size));
    local.push(...u16(nameBytes.length), ...u16(extra.length), ...nameBytes, ...extra, ...data);
    central.push(...u32(0x02014b50), ...u16(45), ...u16(45), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(size), ...u32(size));
    central.push(...u16(nameBytes.length), ...u16(extra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset));
    central.push(...nameBytes, ...extra);
  }
  const count = Object.keys(entries).length;
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return new Uint8Array([...local, ...central, ...end]);
}

describe("the size a workbook unpacks to", () => {
  it("reads each entry's unpacked size from the zip's directory, zip64 records included", () => {
    for (const zip64 of [false, true]) {
      const zip = zipOf({ "xl/workbook.xml": "<x/>".repeat(25_000), "[Content_Types].xml": "<Types/>" }, zip64);
      expect(zipEntries(zip).map(({ name, size }) => ({ name, size }))).toEqual([
        { name: "xl/workbook.xml", size: 100_000 },
        { name: "[Content_Types].xml", size: 8 },
      ]);
    }
  });

  it("refuses a workbook that would unpack past 128 MB, before ExcelJS reads it", async () => {
    // The sample with its workbook part declared 2 GB unpacked, as a zip bomb declares it.
    const bomb = sampleBytes();
    const name = Buffer.from(bomb).lastIndexOf("xl/workbook.xml");
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(name - 46 + 24, 2 ** 31, true);
    const error = await problemOf(bomb);
    expect(error.problem).toBe("too-large");
    expect(error.zh).toContain("解压后超过 128 MB");
    expect(error.en).toContain("2049 MB unpacked");
    // The real sample is far below the limit.
    expect(zipEntries(sampleBytes()).reduce((sum, e) => sum + e.size, 0)).toBeLessThan(2 ** 20);
  });
});
