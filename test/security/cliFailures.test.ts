/**
 * What the command line prints when the user (or a hostile workbook) makes something go wrong: one
 * sentence in the user's language naming the path and what to do, never a stack unless --debug, and
 * never a terminal escape taken from a cell.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { detectBest } from "../../src/core/ledgers/detect";
import { valueError } from "../../src/core/errors";
import { SETTINGS } from "../../src/core/settingsKeys";
import { cliLanguage } from "../../src/cli/lang";
import { sheetLabel } from "../../src/cli/sheetLabel";
import { terminalSafe } from "../../src/cli/terminalText";
import * as streamed from "../../src/file/streamSheets";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { writeFailure } from "../../src/file/nodeFiles";
import { bytesOf, reopen, SAMPLE_FILE, sampleBytes, tempDir } from "../file/helpers";
import { run } from "../cli/run";

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir()));
afterEach(() => {
  jest.restoreAllMocks();
  remove();
});
const at = (...parts: string[]) => path.join(dir, ...parts);

/** One sentence: one line, Chinese (the tests' locale is not English), no stack, no English twin. */
function expectOneSentence(err: string, ...mentions: string[]): void {
  expect(err.trim().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at |Error:|Failed/);
  expect(err).toMatch(/[\u4e00-\u9fff]/);
  for (const m of mentions) expect(err).toContain(m);
}

describe("control characters from cells", () => {
  it("are printed as visible escapes by check and report, so a fake all-clear cannot be drawn", async () => {
    const wb = await reopen(sampleBytes());
    const sheets = await (await FileWorkbook.open(sampleBytes())).readSheets();
    const orgs = detectBest(sheets).find((d) => d.schemaId === "organisations")!;
    const ws = wb.getWorksheet(orgs.sheetName!)!;
    // Control characters travel in .xlsx as _xHHHH_ escapes, which readers turn back into the character.
    const fake = "_x001B_[2J_x001B_[H_x001B_[32m台账数据核对未发现问题。_x001B_[0m\u009b2J\u202e";
    ws.getCell(orgs.dataRows.start + 1, orgs.columns.employees + 1).value = fake;
    const file = at("escape.xlsx");
    fs.writeFileSync(file, await bytesOf(wb));
    const check = await run("check", file);
    expect(check.code).toBe(1);
    const report = await run("report", file, "-o", at("out.xlsx"));
    for (const text of [check.out, check.err, report.out, report.err]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect(check.out).toContain("\\x1B[2J\\x1B[H\\x1B[32m台账数据核对未发现问题。\\x1B[0m\\x9B2J\\u202E");
    expect(terminalSafe("a\tb\nc\r")).toBe("a\tb\nc\\x0D");
  });
});

describe("failures the user can cause", () => {
  it("output under a file, a folder as output with --force, a name too long: one sentence each", async () => {
    fs.writeFileSync(at("file.txt"), "x");
    const under = await run("report", SAMPLE_FILE, "-o", at("file.txt", "out.xlsx"));
    expect(under.code).toBe(2);
    expectOneSentence(under.err, at("file.txt", "out.xlsx"), "-o");

    fs.mkdirSync(at("folder.xlsx"));
    const folder = await run("report", SAMPLE_FILE, "-o", at("folder.xlsx"), "--force");
    expect(folder.code).toBe(2);
    expectOneSentence(folder.err, at("folder.xlsx"), "文件夹");

    // 250 bytes is a legal name: the temp file no longer makes it longer.
    const legal = at(`${"x".repeat(245)}.xlsx`);
    expect((await run("report", SAMPLE_FILE, "-o", legal)).code).toBe(0);
    const long = await run("report", SAMPLE_FILE, "-o", at(`${"长".repeat(100)}.xlsx`));
    expect(long.code).toBe(2);
    expectOneSentence(long.err, "太长");
    expect(fs.readdirSync(dir).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("a folder that cannot be written (EACCES, EPERM, EROFS): names the folder and says to use -o", async () => {
    // The tests run as root, whom file modes do not stop: sysfs refuses everyone a new file.
    const result = await run("report", SAMPLE_FILE, "-o", "/sys/kernel/out.xlsx");
    expect(result.code).toBe(2);
    expectOneSentence(result.err, "/sys/kernel", "-o");
    for (const code of ["EACCES", "EPERM", "EROFS"])
      expect(writeFailure({ code }, at("x.xlsx")).zh).toBe(`没有权限写入文件夹 ${dir}，请用 -o 指定一个可以写入的位置。`);
    expect(writeFailure({ code: "ENOSPC" }, at("x.xlsx")).zh).toContain(at("x.xlsx"));
  });

  it("a fault of the tool (TypeError, CalcError): one sentence asking for --debug; --debug adds the stack", async () => {
    // check and report both stream their sheets.
    jest.spyOn(streamed, "streamSheets").mockRejectedValue(new TypeError("cells is not iterable"));
    const plain = await run("check", SAMPLE_FILE);
    expect(plain.code).toBe(2);
    expectOneSentence(plain.err, "--debug", "cells is not iterable");
    const debug = await run("check", SAMPLE_FILE, "--debug");
    expect(debug.code).toBe(2);
    expect(debug.err).toMatch(/\n\s+at /);
    jest.spyOn(streamed, "streamSheets").mockRejectedValue(valueError("区域超出工作表范围"));
    const calc = await run("report", SAMPLE_FILE, "-o", at("calc.xlsx"));
    expect(calc.code).toBe(2);
    expectOneSentence(calc.err, "--debug", "区域超出工作表范围");
  });

  it("invalid settings JSON is a notice, and the report is still written", async () => {
    const wb = await reopen(sampleBytes());
    const settings = wb.addWorksheet("UnionStats设置", { state: "veryHidden" });
    settings.getCell("A1").value = SETTINGS.ledgers;
    settings.getCell("B1").value = "[{bad json";
    fs.writeFileSync(at("bad.xlsx"), await bytesOf(wb));
    const result = await run("report", at("bad.xlsx"), "-o", at("out.xlsx"));
    expect(result.code).toBe(0);
    expect(result.err).toContain("无法读取");
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("speaks English only when the locale is English", () => {
    expect(cliLanguage({ LANG: "C.UTF-8" })).toBe("zh-CN");
    expect(cliLanguage({})).toBe("zh-CN");
    expect(cliLanguage({ LANG: "en_US.UTF-8" })).toBe("en-US");
    expect(cliLanguage({ LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
  });
});

describe("messages that once misled", () => {
  it("a 3 GB file is too large, not damaged; a Word file is a Word file; a FIFO is not a folder", async () => {
    const big = at("big.xlsx");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 3 * 2 ** 30); // sparse: no disk used
    const tooBig = await run("check", big);
    expect(tooBig.code).toBe(2);
    expectOneSentence(tooBig.err, big, "太大");
    expect(tooBig.err).not.toContain("损坏");

    const doc = Buffer.concat([Buffer.from("D0CF11E0A1B11AE1", "hex"), Buffer.alloc(512), Buffer.from("WordDocument", "utf16le")]);
    fs.writeFileSync(at("doc.xlsx"), doc);
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    fs.writeFileSync(at("docx.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    for (const name of ["doc.xlsx", "docx.xlsx"]) {
      const word = await run("check", at(name));
      expect(word.code).toBe(2);
      expectOneSentence(word.err, at(name), "Word 文档");
      expect(word.err).not.toMatch(/加密|\.xls\b/);
    }

    execFileSync("mkfifo", [at("fifo.xlsx")]);
    const fifo = await run("check", at("fifo.xlsx"));
    expect(fifo.code).toBe(2);
    expectOneSentence(fifo.err, at("fifo.xlsx"), "不是普通文件");
    expect(fifo.err).not.toContain("文件夹");
    const folder = await run("check", dir);
    expectOneSentence(folder.err, dir, "是文件夹");
  });

  it("a sheet named like a cell is quoted in findings, as Excel would", async () => {
    const wb = await reopen(sampleBytes());
    wb.getWorksheet("互助保障")!.name = "A1";
    fs.writeFileSync(at("a1.xlsx"), await bytesOf(wb));
    const result = await run("check", at("a1.xlsx"));
    expect(result.out).toContain("'A1'!H55");
    expect(["A1", "R2C3", "TRUE", "2024", "台账 2024", "it's"].map(sheetLabel)).toEqual(["'A1'", "'R2C3'", "'TRUE'", "'2024'", "'台账 2024'", "'it''s'"]);
    expect(sheetLabel("互助保障")).toBe("互助保障");
  });

  it("a year stored in the workbook follows the one report-year rule", async () => {
    for (const year of [99999, { y: 1 }, "2024年"]) {
      const host = await FileWorkbook.open(sampleBytes(), "s.xlsx");
      await host.setSetting(SETTINGS.year, year);
      fs.writeFileSync(at("y.xlsx"), await host.toBuffer());
      const result = await run("report", at("y.xlsx"), "-o", at("y-out.xlsx"), "--force");
      expect(result.code).toBe(0);
      expect(result.out).not.toMatch(/99999年|object Object/);
      // An unusable saved year is not used: the year the sample's ledgers name is.
      expect(result.out).toContain("2024年");
    }
  });
});
