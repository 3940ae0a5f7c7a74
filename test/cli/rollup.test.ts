/** `union-stats rollup` run in process: exit codes, --json, folders, the output never an input, inputs unchanged. */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { Grid } from "../../src/core/grid";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { reopen, tempDir } from "../file/helpers";
import { run } from "./run";

const STREETS = path.join(__dirname, "..", "..", "assets", "samples", "streets");

let dir: string;
let remove: () => void;
let streets: string;
beforeAll(() => {
  ({ dir, remove } = tempDir());
  streets = path.join(dir, "街道");
  fs.mkdirSync(streets);
  for (const f of fs.readdirSync(STREETS))
    fs.copyFileSync(path.join(STREETS, f), path.join(streets, f));
});
afterAll(() => remove());

const at = (...parts: string[]) => path.join(dir, ...parts);
const bytesOfFolder = () =>
  fs.readdirSync(streets).map((f) => fs.readFileSync(path.join(streets, f)));

/** A small street workbook with nothing to check: an organisations ledger of two units. */
async function cleanStreet(file: string, street: string, year: number): Promise<void> {
  const grid: Grid = [
    [`${street}基层工会组织台账（${year}年）`],
    ["序号", "单位名称", "职工人数", "会员人数", "是否建会"],
    [1, `${street}甲公司`, 100, 90, "是"],
    [2, `${street}乙公司`, 40, 0, "否"],
  ];
  const host = FileWorkbook.create(file);
  await host.addSheetWithPlan("组织台账", {
    cells: grid.flatMap((row, r) =>
      row.map((value, col) => ({ row: r, col, value: value as string | number }))
    ),
  });
  fs.writeFileSync(file, await host.toBuffer());
}

describe("union-stats rollup", () => {
  it("rolls a folder up into a new district workbook, lists the findings, exits 1, and leaves the inputs alone", async () => {
    const before = bytesOfFolder();
    const result = await run(
      "rollup",
      streets,
      "-o",
      at("区汇总.xlsx"),
      "--year",
      "2024",
      "--district",
      "示例区"
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain("(1/3) 东湖街道-2024.xlsx");
    expect(result.out).toContain("2024年，3个街道（分街道汇总、报告数据、报告草稿、核对事项）");
    expect(result.out).toContain("单位重复统计 [西湖街道-2024.xlsx]组织台账!B5：“");
    expect(result.out).toContain("[南湖街道-2024.xlsx]互助保障!H55：");
    expect(result.out).toContain("[错误] 合计行与各行之和不符 [南湖街道-2024.xlsx]互助保障!H55：");
    expect(result.out).not.toMatch(/Wrote|error|warning|finding| \/ /);
    const book = await reopen(new Uint8Array(fs.readFileSync(at("区汇总.xlsx"))));
    expect(book.worksheets.map((w) => w.name).filter((n) => !n.startsWith("_"))).toEqual(
      expect.arrayContaining(["分街道汇总", "报告数据", "报告草稿", "核对事项"])
    );
    const table = book.getWorksheet("分街道汇总")!;
    expect(table.getCell("A3").value).toBe("东湖街道");
    expect(table.getCell("B3").value).toBe("东湖街道-2024.xlsx");
    expect(table.getCell("A6").value).toBe("合计");
    expect(table.getCell("F6").value).toMatchObject({ formula: "SUM(F3:F5)", result: 636 });
    expect(bytesOfFolder()).toEqual(before);

    // One language: English alone with --lang en-US, the sheet and file names being the workbooks' own.
    const english = await run(
      "rollup",
      streets,
      "-o",
      at("district.xlsx"),
      "--year",
      "2024",
      "--lang",
      "en-US"
    );
    expect(english.code).toBe(1);
    expect(english.out).toContain("Wrote ");
    expect(english.out).toContain("year 2024, 3 streets; ");
    expect(english.out).toMatch(
      /\[error\] Totals row differs from the rows \[南湖街道-2024\.xlsx\]互助保障!H55/
    );
    expect(english.out).toMatch(/\[error\] Unit counted twice \[西湖街道-2024\.xlsx\]组织台账!B5/);
    expect(english.out).not.toMatch(/已写入|个街道|错误|提示|单位重复统计|合计与分项|核对事项 \d/);

    // An output inside an input folder is written once; run again, it is an input and is refused even with --force.
    const inside = await run("rollup", streets, "-o", path.join(streets, "汇总.xlsx"), "--json");
    expect(inside.code).toBe(1);
    const written = fs.readFileSync(path.join(streets, "汇总.xlsx"));
    const again = await run(
      "rollup",
      streets,
      "-o",
      path.join(streets, "汇总.xlsx"),
      "--force",
      "--json"
    );
    expect(again.code).toBe(2);
    expect(again.err).toContain("不能写入输入文件本身");
    expect(fs.readFileSync(path.join(streets, "汇总.xlsx")).equals(written)).toBe(true);
    fs.rmSync(path.join(streets, "汇总.xlsx"));

    // A city rolls up district workbooks: one row per district.
    const city = await run(
      "rollup",
      at("区汇总.xlsx"),
      "-o",
      at("市汇总.xlsx"),
      "--district",
      "示例市"
    );
    expect(city.out).toContain("2024年，1个区（分区汇总、报告数据、报告草稿、核对事项）");
    const cityTable = (
      await reopen(new Uint8Array(fs.readFileSync(at("市汇总.xlsx"))))
    ).getWorksheet("分区汇总")!;
    expect(cityTable.getCell("A3").value).toBe("示例区");
    expect(cityTable.getCell("F3").value).toBe(636);
  });

  it("--json prints the findings with file, sheet, cell, kind and message, and nothing on stderr", async () => {
    const result = await run(
      "rollup",
      streets,
      "-o",
      at("json.xlsx"),
      "--json",
      "--streets",
      at("名单.txt")
    );
    expect(result).toMatchObject({ code: 2, out: "" });
    expect(result.err).toContain("无法读取街道名单");
    fs.writeFileSync(at("名单.txt"), "1. 东湖街道\n2、西湖街道总工会\n北湖街道\n南湖街道\n");
    const listed = await run(
      "rollup",
      streets,
      "-o",
      at("json.xlsx"),
      "--json",
      "--streets",
      at("名单.txt")
    );
    expect(listed).toMatchObject({ code: 1, err: "" });
    const findings = JSON.parse(listed.out);
    expect(findings.find((f: { kind: string }) => f.kind === "missing-street")).toMatchObject({
      message: "名单中的“北湖街道”没有报送工作簿",
    });
    expect(findings.find((f: { kind: string }) => f.kind === "duplicate-unit")).toMatchObject({
      file: "西湖街道-2024.xlsx",
      sheet: "组织台账",
      cell: "B5",
    });
    expect(findings.filter((f: { kind: string }) => f.kind === "street-finding")).toHaveLength(3);
  });

  it("exits 0 when nothing needs checking, 1 with an unreadable file among good ones, 2 when nothing could be read", async () => {
    await cleanStreet(at("青山街道.xlsx"), "青山街道", 2024);
    await cleanStreet(at("绿水街道.xlsx"), "绿水街道", 2024);
    const clean = await run(
      "rollup",
      at("青山街道.xlsx"),
      at("绿水街道.xlsx"),
      "-o",
      at("干净.xlsx")
    );
    expect(clean.out).toContain("核对事项 0 处");
    expect(clean.code).toBe(0);

    fs.writeFileSync(at("坏.xlsx"), "not a workbook");
    const mixed = await run(
      "rollup",
      at("坏.xlsx"),
      at("青山街道.xlsx"),
      at("绿水街道.xlsx"),
      "-o",
      at("混合.xlsx"),
      "--json"
    );
    expect(mixed.code).toBe(1);
    expect(JSON.parse(mixed.out)).toEqual([
      expect.objectContaining({
        file: "坏.xlsx",
        kind: "unreadable-file",
        message: expect.stringContaining("坏.xlsx"),
      }),
    ]);

    const none = await run("rollup", at("坏.xlsx"), at("没有.xlsx"), "-o", at("空.xlsx"));
    expect(none.code).toBe(2);
    expect(none.err).toContain("没有可汇总的工作簿");
    expect(none.err).toContain("没有.xlsx");
    expect(fs.existsSync(at("空.xlsx"))).toBe(false);
  });

  it("names a street whose formulas have no saved results (read as blank), and still rolls it up", async () => {
    await cleanStreet(at("青山街道.xlsx"), "青山街道", 2024);
    const host = FileWorkbook.create("紫金街道.xlsx");
    await host.addSheetWithPlan("组织台账", {
      cells: [
        { row: 0, col: 0, value: "紫金街道基层工会组织台账（2024年）" },
        ...["序号", "单位名称", "职工人数", "会员人数", "是否建会"].map((value, col) => ({ row: 1, col, value })),
        ...[1, "紫金街道甲公司", 100, 90, "是"].map((value, col) => ({ row: 2, col, value })),
        // Written by a program that saves no result: Excel shows 40, a reader without a formula engine a blank.
        ...[2, "紫金街道乙公司"].map((value, col) => ({ row: 3, col, value })),
        { row: 3, col: 2, formula: "=20*2" },
        { row: 3, col: 3, value: 0 },
        { row: 3, col: 4, value: "否" },
      ],
    });
    fs.writeFileSync(at("紫金街道.xlsx"), await host.toBuffer());
    const result = await run(
      "rollup",
      at("青山街道.xlsx"),
      at("紫金街道.xlsx"),
      "-o",
      at("未保存结果.xlsx"),
      "--json"
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual([
      // The blank its own checks see, and why it is blank.
      expect.objectContaining({ file: "紫金街道.xlsx", cell: "C4", message: "C4：职工人数不能为空" }),
      expect.objectContaining({
        file: "紫金街道.xlsx",
        kind: "file-note",
        severity: "warning",
        message: "工作表“组织台账”有1个公式没有保存计算结果，按空白读取；请在 Excel 或 WPS 中打开并保存后再试。",
      }),
    ]);
    expect(fs.existsSync(at("未保存结果.xlsx"))).toBe(true);
  });

  it("refuses an input as the output, a missing -o, and an existing -o without --force", async () => {
    const input = path.join(streets, "东湖街道-2024.xlsx");
    const before = fs.readFileSync(input);
    const same = await run("rollup", streets, "-o", input, "--force");
    expect(same.code).toBe(2);
    expect(same.err).toContain("不能写入输入文件本身");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect((await run("rollup", streets)).err).toContain("请用 -o 指定");
    fs.writeFileSync(at("已有.xlsx"), "keep me");
    expect((await run("rollup", streets, "-o", at("已有.xlsx"))).code).toBe(2);
    expect(fs.readFileSync(at("已有.xlsx"), "utf8")).toBe("keep me");
  });

  it("--docx writes the district draft as a Word file beside the output, or where it names, never over a file", async () => {
    const before = bytesOfFolder();
    fs.mkdirSync(at("word"));
    const beside = await run(
      "rollup",
      streets,
      "-o",
      at("word", "区汇总.xlsx"),
      "--docx",
      "--year",
      "2024",
      "--district",
      "示例区"
    );
    expect(beside.code).toBe(1);
    expect(beside.out).toContain(`已写入 Word 文件 ${at("word", "区汇总.docx")}`);
    const zip = await JSZip.loadAsync(fs.readFileSync(at("word", "区汇总.docx")));
    const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain("示例区总工会2024年工作总结（草稿）");
    expect(text).toContain("全区3个街道纳入统计的单位共660家");
    expect(text).toContain("根据各街道报送的工作簿计算的结果");

    const named = await run(
      "rollup",
      streets,
      "-o",
      at("word", "b.xlsx"),
      "--docx",
      at("word", "区公文.docx"),
      "--json"
    );
    expect(named.code).toBe(1);
    expect(fs.readFileSync(at("word", "区公文.docx")).subarray(0, 2).toString()).toBe("PK");
    // An existing .docx is refused before anything is read, as -o is; a .docx given as an input is never written.
    const again = await run(
      "rollup",
      streets,
      "-o",
      at("word", "c.xlsx"),
      "--docx",
      at("word", "区公文.docx")
    );
    expect(again.code).toBe(2);
    expect(fs.existsSync(at("word", "c.xlsx"))).toBe(false);
    expect(bytesOfFolder()).toEqual(before);
  });
});
