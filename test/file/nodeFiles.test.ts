/** Files on disk: clear errors for missing paths and folders; the input is never written over. */
import * as fs from "fs";
import * as path from "path";
import { OutputRefusedError, WorkbookFileError } from "../../src/file/fileErrors";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { openWorkbookFile, saveWorkbookFile } from "../../src/file/nodeFiles";
import { SAMPLE_FILE, tempDir } from "./helpers";

describe("workbook files on disk", () => {
  let dir: string;
  let remove: () => void;
  let input: string;
  beforeEach(() => {
    ({ dir, remove } = tempDir());
    input = path.join(dir, "台账.xlsx");
    fs.copyFileSync(SAMPLE_FILE, input);
  });
  afterEach(() => remove());

  it("says which path is missing, or is a folder", async () => {
    await expect(openWorkbookFile(path.join(dir, "没有.xlsx"))).rejects.toMatchObject({ problem: "missing", message: expect.stringContaining("没有.xlsx") });
    await expect(openWorkbookFile(dir)).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(openWorkbookFile(dir)).rejects.toMatchObject({ problem: "folder" });
  });

  it("refuses to write over the input, by any name, and over an existing file without force", async () => {
    const host = await openWorkbookFile(input);
    const before = fs.readFileSync(input);
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    for (const target of [input, path.join(dir, ".", "台账.xlsx"), link]) {
      await expect(saveWorkbookFile(host, target, { protect: [input], force: true })).rejects.toBeInstanceOf(OutputRefusedError);
    }
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const out = path.join(dir, "新建文件夹", "结果.xlsx");
    await saveWorkbookFile(host, out, { protect: [input] });
    await expect(saveWorkbookFile(host, out, { protect: [input] })).rejects.toThrow(/已存在[\s\S]*already exists/);
    await saveWorkbookFile(FileWorkbook.create(), out, { protect: [input], force: true });
    expect((await openWorkbookFile(out)).workbook.worksheets).toHaveLength(0);
    expect(fs.readdirSync(path.dirname(out))).toEqual(["结果.xlsx"]);
  });
});
