/**
 * The real command, started the way a user starts it (node bin/union-stats.js: the compiled lib/, or the
 * sources through ts-node when lib/ is older than them), from another folder; then the packed tarball,
 * installed globally into an empty folder as an office's IT would install it. One file, so that
 * `npm pack` (which rebuilds lib/) never runs while another test starts the command.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { composeReport } from "../../src/core/report/composeReport";
import { reopen, SAMPLE_FILE, tempDir } from "../file/helpers";

const BIN = path.join(__dirname, "..", "..", "bin", "union-stats.js");

function unionStats(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The file's cells as a formula engine takes them: formulas as "=…", values as values. */
function engineSheets(book: ExcelJS.Workbook): Record<string, unknown[][]> {
  const sheets: Record<string, unknown[][]> = {};
  for (const ws of book.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        while (rows.length < r) rows.push([]);
        const formula = v && typeof v === "object" && "formula" in v ? v.formula : undefined;
        rows[r - 1][c - 1] = formula
          ? `=${formula}`
          : v instanceof Date
            ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
            : v;
      })
    );
    sheets[ws.name] = rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v)));
  }
  return sheets;
}

describe("node bin/union-stats.js", () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => ({ dir, remove } = tempDir()));
  afterAll(() => remove());

  it("report: writes the draft whose saved values are core's figures and what a formula engine computes; the input is unchanged", async () => {
    const input = path.join(dir, "sample.xlsx");
    fs.copyFileSync(SAMPLE_FILE, input);
    const before = fs.readFileSync(input);
    const result = unionStats(
      dir,
      "report",
      "sample.xlsx",
      "-o",
      "out/报告.xlsx",
      "--year",
      "2024",
      "--street",
      "示例街道"
    );
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const output = path.join(dir, "out", "报告.xlsx");
    expect(result.out).toContain(`已写入 ${output}`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const book = await reopen(new Uint8Array(fs.readFileSync(output)));
    const ws = book.getWorksheet("报告草稿")!;
    const data = book.getWorksheet("报告数据")!;
    const draft = composeReport(buildSampleWorkbook(), { year: 2024, street: "示例街道" });
    // ExcelJS writes a result of 0 as no saved value.
    for (const f of draft.figures)
      expect([f.key, data.getCell(f.row + 1, 2).value]).toEqual([
        f.key,
        { formula: f.formula.slice(1), ...(f.value === 0 ? {} : { result: f.value }) },
      ]);
    for (const p of draft.paragraphs)
      expect((ws.getCell(p.row + 1, 1).value as ExcelJS.CellFormulaValue).result).toBe(p.text);

    const engine = HyperFormula.buildFromSheets(engineSheets(book) as Record<string, never>, {
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
    });
    const sheet = engine.getSheetId("报告草稿")!;
    const figures = engine.getSheetId("报告数据")!;
    for (const f of draft.figures)
      expect([f.key, engine.getCellValue({ sheet: figures, row: f.row, col: 1 })]).toEqual([
        f.key,
        expect.closeTo(f.value, 9),
      ]);
    for (const p of draft.paragraphs)
      expect(engine.getCellValue({ sheet, row: p.row, col: 0 })).toBe(p.text);
  });

  it("check: prints the 8168 vs 8160 slip and exits 1; an unreadable file exits 2", () => {
    const check = unionStats(dir, "check", SAMPLE_FILE);
    expect(check.code).toBe(1);
    expect(check.out).toContain("互助保障!H55：合计行合计为8168，各行相加为8160，相差8");
    fs.writeFileSync(path.join(dir, "notes.xlsx"), "这不是工作簿");
    const bad = unionStats(dir, "check", "notes.xlsx");
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err).toContain("notes.xlsx 不是 Excel 工作簿（.xlsx）");
  });
});

/** The environment of a user's shell: none of the variables npm sets for the script running this test. */
function userEnv(): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_registry", "npm_config_cache", "npm_config_userconfig"]);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_/i.test(key) || keep.has(key.toLowerCase())
    )
  );
}

/** Every package folder under node_modules, at any depth. */
function installedPackages(modules: string): string[] {
  if (!fs.existsSync(modules)) return [];
  const names: string[] = [];
  for (const entry of fs.readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const folders = entry.name.startsWith("@")
      ? fs.readdirSync(path.join(modules, entry.name)).map((n) => `${entry.name}/${n}`)
      : [entry.name];
    for (const name of folders)
      names.push(name, ...installedPackages(path.join(modules, name, "node_modules")));
  }
  return names;
}

describe("npm pack, then npm install -g from the tarball into an empty folder", () => {
  const ROOT = path.join(__dirname, "..", "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  let dir: string;
  let remove: () => void;
  let tarball: string;
  let prefix: string;
  beforeAll(() => {
    ({ dir, remove } = tempDir());
    // npm pack runs prepack, which compiles the command line into lib/.
    execFileSync("npm", ["pack", "--pack-destination", dir], {
      cwd: ROOT,
      env: userEnv(),
      stdio: "pipe",
    });
    tarball = path.join(dir, `union-stats-${version}.tgz`);
    prefix = path.join(dir, "global");
    fs.mkdirSync(path.join(dir, "work"));
    // Only the tarball and the npm registry (through the local cache when it has the package).
    execFileSync(
      "npm",
      ["install", "-g", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", tarball],
      {
        cwd: path.join(dir, "work"),
        env: userEnv(),
        stdio: "pipe",
        timeout: 280_000,
      }
    );
  }, 300_000);
  afterAll(() => remove());

  function installed(...args: string[]) {
    const result = spawnSync(path.join(prefix, "bin", "union-stats"), args, {
      cwd: path.join(dir, "work"),
      encoding: "utf8",
      env: userEnv(),
      timeout: 60_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  it("the tarball holds the compiled command line and no TypeScript sources", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(files).toEqual(
      expect.arrayContaining([
        "package/bin/union-stats.js",
        "package/lib/cli/main.js",
        "package/lib/cli/check.js",
        "package/package.json",
      ])
    );
    expect(files.filter((f) => f.endsWith(".ts") || f.startsWith("package/src/"))).toEqual([]);
  });

  it("installs runtime dependencies only: no typescript and no ts-node", () => {
    const packages = installedPackages(path.join(prefix, "lib", "node_modules"));
    expect(packages).toEqual(expect.arrayContaining(["union-stats", "exceljs"]));
    expect(
      packages.filter((name) => ["typescript", "ts-node", "jest", "webpack"].includes(name))
    ).toEqual([]);
  });

  it("union-stats check on the sample prints the 8168 vs 8160 slip and exits 1", () => {
    fs.copyFileSync(SAMPLE_FILE, path.join(dir, "work", "sample.xlsx"));
    const check = installed("check", "sample.xlsx");
    expect(check.err).toBe("");
    expect(check.code).toBe(1);
    expect(check.out).toContain("互助保障!H55：合计行合计为8168，各行相加为8160，相差8");
  });

  it("union-stats template and report write their workbooks there too", async () => {
    const template = installed("template", "-o", "模板.xlsx");
    expect([template.code, template.err]).toEqual([0, ""]);
    const book = await reopen(new Uint8Array(fs.readFileSync(path.join(dir, "work", "模板.xlsx"))));
    expect(book.worksheets.length).toBeGreaterThan(1);
    fs.copyFileSync(SAMPLE_FILE, path.join(dir, "work", "in.xlsx"));
    const report = installed("report", "in.xlsx", "-o", "报告.xlsx", "--year", "2024");
    expect([report.code, report.err]).toEqual([0, ""]);
    const draft = await reopen(
      new Uint8Array(fs.readFileSync(path.join(dir, "work", "报告.xlsx")))
    );
    expect(draft.getWorksheet("报告草稿")).toBeDefined();
  });
});
