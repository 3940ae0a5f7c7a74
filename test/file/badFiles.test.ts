/** Every kind of file that is not a readable .xlsx gets its own message, naming the file, in both languages. */
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { WorkbookFileError } from "../../src/file/fileErrors";
import { zipEntryNames } from "../../src/file/zipEntries";
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
    const names = zipEntryNames(renamed);
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
