/** `union-stats report --previous <last.xlsx>`: 同比 from last year's workbook, which is read and never written. */
import * as fs from "fs";
import * as path from "path";
import { reopen, SAMPLE_FILE, tempDir } from "../file/helpers";
import { run } from "./run";

const LAST_YEAR_FILE = path.join(path.dirname(SAMPLE_FILE), "street-union-sample-last-year.xlsx");

let dir: string;
let remove: () => void;
let sample: string;
let lastYear: string;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  sample = path.join(dir, "东湖街道2024.xlsx");
  lastYear = path.join(dir, "东湖街道2023.xlsx");
  fs.copyFileSync(SAMPLE_FILE, sample);
  fs.copyFileSync(LAST_YEAR_FILE, lastYear);
});
afterEach(() => remove());

const at = (...parts: string[]) => path.join(dir, ...parts);
const cellsOf = async (file: string, sheet: string) => {
  const ws = (await reopen(new Uint8Array(fs.readFileSync(file)))).getWorksheet(sheet)!;
  const values: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) =>
      values.push(String((cell.value as { result?: unknown })?.result ?? cell.value))
    )
  );
  return values;
};

describe("union-stats report --previous", () => {
  it("states 同比 with last year's figures in a 上年数 column, and leaves last year's file byte-identical", async () => {
    const before = fs.readFileSync(lastYear);
    const result = await run("report", sample, "--previous", lastYear, "-o", at("out.xlsx"));
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toMatch(/同比：\d+项指标的上年数取自“东湖街道2023\.xlsx”/);
    const data = await cellsOf(at("out.xlsx"), "报告数据");
    expect(data).toContain("上年数");
    expect(data.join("")).toContain("上年数取自上年工作簿“东湖街道2023.xlsx”（2023年）");
    const narrative = (await cellsOf(at("out.xlsx"), "报告草稿")).join("\n");
    expect(narrative).toContain(
      "212家，较上年增加16家，增长8.2%，组建率达96.4%，较上年提高2.1个百分点，保持在90%以上"
    );
    expect(narrative).toContain("全年举办职工培训9期，较上年增加3期，增长50.0%");
    expect(fs.readFileSync(lastYear).equals(before)).toBe(true);
  });

  it("never writes over last year's workbook", async () => {
    const before = fs.readFileSync(lastYear);
    const result = await run("report", sample, "--previous", lastYear, "-o", lastYear, "--force");
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(fs.readFileSync(lastYear).equals(before)).toBe(true);
  });

  it("a file that cannot be read is one sentence, and the report goes on without 同比", async () => {
    const missing = await run("report", sample, "--previous", at("没有.xlsx"), "-o", at("a.xlsx"));
    expect(missing.code).toBe(0);
    expect(missing.err).toBe(
      `注意：上年工作簿无法读取（找不到文件:${at("没有.xlsx")}），本报告未作同比。`
    );
    expect((await cellsOf(at("a.xlsx"), "报告草稿")).join("")).not.toMatch(/较上年|与上年持平/);

    fs.writeFileSync(at("笔记.xlsx"), "不是工作簿");
    const notBook = await run(
      "report",
      sample,
      "--previous",
      at("笔记.xlsx"),
      "-o",
      at("b.xlsx"),
      "--lang",
      "en-US"
    );
    expect(notBook.code).toBe(0);
    expect(notBook.err).toMatch(
      /^Note: Last year's workbook could not be read \(.*笔记\.xlsx.*\); the report has no year-over-year figures\.$/
    );
    expect(notBook.err).not.toMatch(/\n|at .*\.ts/);
  });

  it("a workbook without ledgers, or this year's own, is a notice and no 同比", async () => {
    const own = await run("report", sample, "--previous", sample, "-o", at("c.xlsx"));
    expect(own.code).toBe(0);
    expect(own.err).toBe(
      "注意：上年工作簿“东湖街道2024.xlsx”的台账写的是2024年，与本报告年份相同，未作同比。"
    );
    expect(own.out).not.toContain("同比：");
  });

  it("is in the usage text, in both languages", async () => {
    expect((await run("report", "--help")).out).toContain("--previous <文件>     上年工作簿");
    expect((await run("report", "--help", "--lang", "en-US")).out).toContain(
      "--previous <file>     last year's workbook"
    );
  });
});
