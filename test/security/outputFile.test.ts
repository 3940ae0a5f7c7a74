/**
 * The output is written so that nothing planted beside it can redirect the bytes: a fresh folder
 * with an unpredictable name (mkdtemp), a file created exclusively, and the final name taken only
 * after checking, at that moment, that it is not the input and did not appear meanwhile.
 */
import * as fs from "fs";
import * as path from "path";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { saveWorkbookFile } from "../../src/file/nodeFiles";
import { SAMPLE_FILE, tempDir } from "../file/helpers";
import { run } from "../cli/run";

let dir: string;
let remove: () => void;
let input: string;
let before: Buffer;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  input = path.join(dir, "台账.xlsx");
  fs.copyFileSync(SAMPLE_FILE, input);
  before = fs.readFileSync(input);
});
afterEach(() => remove());

const leftovers = () => fs.readdirSync(dir).filter((n) => n.startsWith("."));

describe("writing the output", () => {
  it("leaves the input byte-identical with links planted for every temp name the old code would use", async () => {
    const output = path.join(dir, "草稿.xlsx");
    // The old temp name was .<out>.<pid>.tmp: plant one for this and the next PIDs, each pointing at the input.
    for (let pid = process.pid; pid < process.pid + 64; pid++)
      fs.symlinkSync(input, path.join(dir, `.草稿.xlsx.${pid}.tmp`));
    const result = await run("report", input, "-o", output);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readFileSync(output).equals(before)).toBe(false);
    expect(fs.lstatSync(output).isSymbolicLink()).toBe(false);
    for (const name of leftovers().filter((n) => !n.endsWith(".tmp"))) throw new Error(`left behind: ${name}`);
  });

  it("refuses an output that is a link to the input, and with --force replaces the link, not the input", async () => {
    const output = path.join(dir, "链接.xlsx");
    fs.symlinkSync(input, output);
    const refused = await run("report", input, "-o", output, "--force");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("不能写入输入文件本身");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    // A dangling link at the output name is still a name taken: refused without --force, replaced with it.
    const dangling = path.join(dir, "悬空.xlsx");
    fs.symlinkSync(path.join(dir, "nowhere.xlsx"), dangling);
    const host = await FileWorkbook.open(fs.readFileSync(input), input);
    await expect(saveWorkbookFile(host, dangling, { protect: [input] })).rejects.toThrow(/已存在|被另一个程序创建/);
    expect(fs.existsSync(path.join(dir, "nowhere.xlsx"))).toBe(false);
    await saveWorkbookFile(host, dangling, { protect: [input], force: true });
    expect(fs.lstatSync(dangling).isSymbolicLink()).toBe(false);
    expect(fs.existsSync(path.join(dir, "nowhere.xlsx"))).toBe(false);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("lets only one of two reports racing for one output write it; the other says so", async () => {
    const output = path.join(dir, "同名.xlsx");
    const results = await Promise.all([run("report", input, "-o", output), run("report", input, "-o", output)]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = results.find((r) => r.code === 2)!;
    expect(loser.err).toMatch(/已存在|被另一个程序创建/);
    expect(loser.out).not.toContain("已写入");
    expect(leftovers()).toEqual([]);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});
