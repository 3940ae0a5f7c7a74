/** The commands run in process (no ts-node start-up per case): what they write, say and exit with. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { LEDGER_SCHEMAS } from "../../src/core/ledgers/schemas";
import { composeReport } from "../../src/core/report/composeReport";
import { reportFormulas } from "../../src/core/report/draftReport";
import { SETTINGS } from "../../src/core/settingsKeys";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { scaledWorkbook } from "../../scripts/bench/scaledWorkbook";
import { reopen, SAMPLE_FILE, tempDir } from "../file/helpers";
import { run } from "./run";
import { variantWorkbook } from "./variants";

let dir: string;
let remove: () => void;
let sample: string;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  sample = path.join(dir, "示例街道.xlsx");
  fs.copyFileSync(SAMPLE_FILE, sample);
});
afterEach(() => remove());

const at = (...parts: string[]) => path.join(dir, ...parts);
const book = async (file: string) => reopen(new Uint8Array(fs.readFileSync(file)));

describe("union-stats report", () => {
  it("writes the draft beside the input under a new name each time, and leaves the input alone", async () => {
    const before = fs.readFileSync(sample);
    const first = await run("report", sample, "--year", "2024", "--street", "示例街道");
    expect(first).toMatchObject({ code: 0, err: "" });
    const output = at("示例街道-报告草稿.xlsx");
    expect(first.out).toContain(`已写入 ${output}：工作表“报告草稿”（正文）、“报告数据”（数据）、“核对事项”（核对事项），2024年`);
    expect(first.out).not.toContain("Wrote"); // one language: Chinese unless the locale or --lang says English
    expect(first.out).toContain("互助保障!H55：合计行合计为8168，各行相加为8160，相差8");
    const draft = composeReport(buildSampleWorkbook(), { year: 2024, street: "示例街道" });
    const formulas = reportFormulas(draft);
    expect(first.out).toContain(`${formulas} 个公式。`);
    expect(first.out).toContain("数据核对发现 1 处需要核实（其中 1 处错误），草稿已写入");

    const second = await run("report", sample, "--year", "2024");
    expect(second.code).toBe(0);
    const secondOutput = at("示例街道-报告草稿 (2).xlsx");
    expect(second.out).toContain(secondOutput);
    expect((await book(secondOutput)).worksheets.map((w) => w.name)).toContain("报告草稿");
    expect(fs.readFileSync(sample).equals(before)).toBe(true);

    const onOutput = await run("report", output, "-o", at("再次.xlsx"));
    expect(onOutput.out).toContain('工作表“报告草稿 (2)”');
    const names = (await book(at("再次.xlsx"))).worksheets.map((w) => w.name);
    expect(names.slice(-6)).toEqual(["报告数据", "核对事项", "报告草稿", "报告数据 (2)", "核对事项 (2)", "报告草稿 (2)"]);
  });

  it("speaks one language: English with --lang en-US or an English locale, Chinese otherwise", async () => {
    const english = await run("report", sample, "-o", at("en.xlsx"), "--year", "2024", "--lang", "en-US");
    expect(english.out).toContain("Ledgers found: 组织台账 (Grassroots union organisations)");
    expect(english.out).not.toMatch(/识别到|已写入/);
    process.env.LC_ALL = "en_US.UTF-8";
    try {
      expect((await run("report", sample, "-o", at("en2.xlsx"), "--year", "2024")).out).toContain("Wrote ");
    } finally {
      process.env.LC_ALL = "zh_CN.UTF-8";
    }
    const chinese = await run("report", sample, "-o", at("zh.xlsx"), "--year", "2023");
    expect(chinese.out).not.toMatch(/Ledgers found|Wrote/);
    expect(chinese.err).toContain("报告年份为2023年，但台账写的是2024年");
  });

  it("writes the Word file beside the output with --docx, or where --docx names it", async () => {
    const result = await run("report", sample, "-o", at("word.xlsx"), "--year", "2024", "--docx");
    expect(result.code).toBe(0);
    expect(fs.existsSync(at("word.docx"))).toBe(true);
    expect((await run("report", sample, "-o", at("w2.xlsx"), "--docx", at("公文.docx"))).code).toBe(0);
    expect(fs.readFileSync(at("公文.docx")).subarray(0, 2).toString()).toBe("PK");
    expect((await run("report", sample, "-o", at("w3.xlsx"), "--docx", at("公文.docx"))).code).toBe(2);
  });

  it("refuses the input as output, and an existing -o file unless --force", async () => {
    const sameInput = await run("report", sample, "-o", sample);
    expect(sameInput.code).toBe(2);
    expect(sameInput.err).toMatch(/^不能写入输入文件本身：?[^\n]*$/);
    fs.writeFileSync(at("已有.xlsx"), "keep me");
    const exists = await run("report", sample, "-o", at("已有.xlsx"));
    expect(exists.code).toBe(2);
    expect(exists.err).toContain("--force");
    expect(fs.readFileSync(at("已有.xlsx"), "utf8")).toBe("keep me");
    expect((await run("report", sample, "-o", at("已有.xlsx"), "--force")).code).toBe(0);
    expect(await run("report", sample, "-o", at("结果.csv"))).toMatchObject({ code: 2, err: expect.stringContaining("应以 .xlsx 结尾") });
    expect((await book(at("已有.xlsx"))).getWorksheet("报告草稿")).toBeDefined();
  });

  it("takes year and street from the workbook's settings, else from what the ledgers say", async () => {
    const host = await FileWorkbook.open(fs.readFileSync(sample), "s.xlsx");
    await host.setSetting(SETTINGS.year, 2023);
    await host.setSetting(SETTINGS.street, "和平街道");
    fs.writeFileSync(at("设置.xlsx"), await host.toBuffer());
    await run("report", at("设置.xlsx"), "-o", at("a.xlsx"));
    expect((await book(at("a.xlsx"))).getWorksheet("报告草稿")!.getCell("A1").value).toBe("和平街道总工会2023年工作总结（草稿）");
    await run("report", sample, "-o", at("b.xlsx"));
    expect((await book(at("b.xlsx"))).getWorksheet("报告草稿")!.getCell("A1").value).toBe("东湖街道总工会2024年工作总结（草稿）");
    const bad = await run("report", sample, "--year", "24");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/年份无效[\s\S]*用法：union-stats report/);
  });

  it("reads a workbook with other header words and reports its figures", async () => {
    fs.writeFileSync(at("建会统计.xlsx"), await variantWorkbook());
    const result = await run("report", at("建会统计.xlsx"), "--year", "2024");
    expect(result.code).toBe(0);
    expect(result.out).toContain("识别到的台账：2024年统计（基层工会组织台账）");
    const ws = (await book(at("建会统计-报告草稿.xlsx"))).getWorksheet("报告数据")!;
    const figures = new Map<string, unknown>();
    ws.eachRow((row) => figures.set(String(row.getCell(1).value), (row.getCell(2).value as ExcelJS.CellFormulaValue | null)?.result));
    expect([figures.get("纳入统计单位数（家）"), figures.get("已建会单位数（家）"), figures.get("组建率"), figures.get("已建会单位职工人数（人）"), figures.get("职工入会率")]).toEqual([4, 2, 0.5, 200, 0.88]);
  });

  it("stops with exit 2 when no ledger is found", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("随便").addRows([["会议记录"], ["今天开会"]]);
    await workbook.xlsx.writeFile(at("无台账.xlsx"));
    const result = await run("report", at("无台账.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/没有找到台账/);
    expect(result.err).not.toContain("No ledgers found");
    expect(fs.existsSync(at("无台账-报告草稿.xlsx"))).toBe(false);
  });
});

describe("union-stats check", () => {
  it("lists the sample's 8168 vs 8160 slip with sheet and cell, and exits 1", async () => {
    const text = await run("check", sample);
    expect(text.code).toBe(1);
    expect(text.out).toContain("检查的台账：\n  组织台账 → 基层工会组织台账");
    expect(text.out).toContain("[错误] 互助保障!H55：合计行合计为8168，各行相加为8160，相差8");
    expect(text.out).toContain("共 1 处需要核实（错误 1，提示 0）。");
    // One language: no English words beside the Chinese (the sheet names are the workbook's own).
    expect(text.out).not.toMatch(/Ledgers checked|error|warning|finding|Grassroots| \/ /);
    const json = await run("check", sample, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual([expect.objectContaining({ sheet: "互助保障", cell: "H55", code: "total-mismatch", severity: "error" })]);
  });

  it("speaks English alone with --lang en-US or an English locale", async () => {
    const english = await run("check", sample, "--lang", "en-US");
    expect(english.code).toBe(1);
    expect(english.out).toContain("Ledgers checked:\n  组织台账 → Grassroots union organisations");
    expect(english.out).toMatch(/\[error\] 互助保障!H55: .*8168.*8160/);
    expect(english.out).toContain("1 finding to check (1 error, 0 warnings).");
    expect(english.out).not.toMatch(/检查的台账|错误|提示|需要核实|合计行|基层工会组织台账/);
    process.env.LC_ALL = "en_US.UTF-8";
    try {
      const byLocale = await run("check", sample);
      expect(byLocale.out).toContain("Ledgers checked:");
      expect(byLocale.out).not.toContain("检查的台账");
      // --lang wins over the locale.
      expect((await run("check", sample, "--lang", "zh-CN")).out).toContain("检查的台账：");
    } finally {
      process.env.LC_ALL = "zh_CN.UTF-8";
    }
    expect((await run("check", sample, "--lang", "fr-FR")).code).toBe(2);
  });

  it("exits 0 on a clean workbook, and 1 on another office's totals slip", async () => {
    fs.writeFileSync(at("干净.xlsx"), await variantWorkbook());
    expect(await run("check", at("干净.xlsx"))).toMatchObject({ code: 0, out: expect.stringContaining("未发现问题") });
    fs.writeFileSync(at("不符.xlsx"), await variantWorkbook({ totalMembers: 170 }));
    const slip = await run("check", at("不符.xlsx"), "--json");
    expect(slip.code).toBe(1);
    expect(JSON.parse(slip.out)).toEqual([expect.objectContaining({ sheet: "2024年统计", cell: "E8" })]);
  });

  it("exits 2 with a message naming the file for each unreadable input", async () => {
    const truncated = fs.readFileSync(SAMPLE_FILE).subarray(0, 5000);
    const files: Record<string, Buffer | null> = {
      "没有这个文件.xlsx": null,
      "文本.xlsx": Buffer.from("单位名称,职工人数\n甲,30\n"),
      "加密.xlsx": Buffer.concat([Buffer.from("D0CF11E0A1B11AE1", "hex"), Buffer.alloc(512), Buffer.from("EncryptedPackage", "utf16le")]),
      "截断.xlsx": truncated,
    };
    const expected = [/^找不到文件/, /不是 Excel 工作簿/, /设置了打开密码/, /已损坏/];
    for (const [i, [name, bytes]] of Object.entries(files).entries()) {
      if (bytes) fs.writeFileSync(at(name), bytes);
      const result = await run("check", at(name));
      expect([name, result.code]).toEqual([name, 2]);
      expect(result.err).toMatch(expected[i]);
      expect(result.err).toContain(at(name));
    }
  });
});

describe("a large workbook", () => {
  it("gets progress lines on stderr while stdout keeps the results", async () => {
    const host = FileWorkbook.create();
    for (const sheet of scaledWorkbook(5_000)) {
      const cells = sheet.grid.flatMap((row, r) => row.flatMap((value, col) => (value === null || value === undefined ? [] : [{ row: r, col, value }])));
      await host.addSheetWithPlan(sheet.name, { cells, merges: sheet.merges });
    }
    fs.writeFileSync(at("大.xlsx"), await host.toBuffer());
    const report = await run("report", at("大.xlsx"), "--year", "2024");
    expect(report.code).toBe(0);
    expect(report.err).toMatch(/^读取 5,\d{3} 行（\d+ 个工作表）…\n写入 .*大-报告草稿\.xlsx…$/);
    const check = await run("check", at("大.xlsx"), "--json");
    expect(check.err).toMatch(/^读取 5,\d{3} 行（\d+ 个工作表）…$/);
    const english = await run("check", at("大.xlsx"), "--json", "--lang", "en-US");
    expect(english.err).toMatch(/^Read 5,\d{3} rows in \d+ sheets…$/);
    expect(Array.isArray(JSON.parse(check.out))).toBe(true);
  });
});

describe("union-stats template", () => {
  it("writes every standard ledger, empty or with the sample's rows, and check finds them clean", async () => {
    const empty = await run("template", "-o", at("模板.xlsx"));
    expect(empty.code).toBe(0);
    const blank = await book(at("模板.xlsx"));
    expect(blank.worksheets.map((w) => w.name)).toEqual(LEDGER_SCHEMAS.map((s) => s.title));
    const orgs = blank.getWorksheet(LEDGER_SCHEMAS[0].title)!;
    expect(orgs.getRow(1).values).toEqual([undefined, ...LEDGER_SCHEMAS[0].fields.map((f) => f.label)]);
    expect(orgs.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    expect((await run("template", "--sample", "-o", at("示例.xlsx"))).code).toBe(0);
    const filled = await book(at("示例.xlsx"));
    expect(filled.getWorksheet(LEDGER_SCHEMAS[0].title)!.actualRowCount).toBe(221);
    expect(await run("check", at("示例.xlsx"))).toMatchObject({ code: 0 });
    expect((await run("template", "-o", at("示例.xlsx"))).code).toBe(2);
  });
});

describe("usage", () => {
  it("prints help per command, and usage with exit 2 for an unknown or missing command, in one language", async () => {
    for (const command of ["report", "check", "template", "rollup"]) {
      const help = await run(command, "--help");
      expect(help.code).toBe(0);
      expect(help.out).toContain(`用法：union-stats ${command}`);
      expect(help.out).not.toMatch(/Usage|show this help/);
    }
    const english = await run("report", "--help", "--lang", "en-US");
    expect(english.out).toContain("Usage: union-stats report");
    expect(english.out).not.toMatch(/用法|显示本说明/);
    expect(await run("--help")).toMatchObject({ code: 0, out: expect.stringContaining("用法：union-stats <命令>") });
    const unknown = await run("frob");
    expect(unknown).toMatchObject({ code: 2, err: expect.stringMatching(/^未知命令：frob\n\n工会统计助手 UnionStats 命令行\n\n用法/) });
    expect(unknown.err).not.toMatch(/Unknown|Usage/);
    expect((await run("frob", "--lang", "en-US")).err).toMatch(/^Unknown command: frob\n\nUnionStats \(工会统计助手\) command line\n\nUsage/);
    process.env.LC_ALL = "en_US.UTF-8";
    try {
      const inEnglish = await run("frob");
      expect(inEnglish.err).toMatch(/^Unknown command: frob[\s\S]*Usage: union-stats <command>/);
      expect(inEnglish.err).not.toMatch(/未知命令|用法/);
    } finally {
      process.env.LC_ALL = "zh_CN.UTF-8";
    }
    expect(await run()).toMatchObject({ code: 2, err: expect.stringContaining("用法：union-stats <命令>") });
    expect(await run("check")).toMatchObject({ code: 2, err: expect.stringMatching(/请给出一个输入工作簿[\s\S]*用法：union-stats check/) });
    expect(await run("report", "--frob")).toMatchObject({ code: 2, err: expect.stringContaining("未知选项：--frob") });
  });
});

