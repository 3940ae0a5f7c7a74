/**
 * The district roll-up at scale: 50 street workbooks of 2,000 units each, rolled up by
 * `union-stats rollup`, against ExcelJS alone reading the same 50 files in the same run (the floor:
 * a roll-up must at least read every file). Both in this process, and both again as commands with
 * GNU time for peak memory, which should follow the largest file, not the sum.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { scaledWorkbook } from "./scaledWorkbook";
import { table } from "./timing";

const ROOT = path.join(__dirname, "../..");
const STREETS = 50;
const UNITS = 2_000;
const FOLDER = path.join(ROOT, "test-output", `rollup-bench-${STREETS}x${UNITS}`);

/** Street i: the sample grown to 2,000 units, renamed so no unit is in two streets. */
async function writeStreets(): Promise<string[]> {
  fs.mkdirSync(FOLDER, { recursive: true });
  const files: string[] = [];
  const base = scaledWorkbook(UNITS);
  for (let i = 1; i <= STREETS; i++) {
    const file = path.join(FOLDER, `第${i}街道.xlsx`);
    files.push(file);
    if (fs.existsSync(file)) continue;
    const workbook = new ExcelJS.Workbook();
    for (const sheet of base) {
      const ws = workbook.addWorksheet(sheet.name);
      const names = sheet.name === base[0].name;
      sheet.grid.forEach((row, r) => {
        const values = row.map((v, c) =>
          typeof v !== "string" ? v : names && c === 1 && typeof row[0] === "number" ? `街${i}${v}` : v.split("东湖街道").join(`第${i}街道`)
        );
        ws.getRow(r + 1).values = values.map((v) => (v === undefined ? null : v)) as ExcelJS.CellValue[];
      });
    }
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  }
  return files;
}

async function readAll(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
  }
}

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** A command's wall time and peak resident memory (GNU time). */
function measure(args: string[]): [string, string] {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], { cwd: ROOT, encoding: "utf8" });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [wall, kb] = last.split(" ");
  if (!kb) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return [wall, (Number(kb) / 1024).toFixed(0)];
}

export async function benchRollup(): Promise<string> {
  const files = await writeStreets();
  const mb = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 2 ** 20;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "union-stats-rollup-"));
  const output = path.join(out, "区汇总.xlsx");
  const quiet = { out: () => undefined, err: () => undefined };
  // In this process: the read alone, then the roll-up (read, summarise, write), then the read again.
  const read1 = await seconds(() => readAll(files));
  let code = -1;
  const rollup = await seconds(async () => {
    code = await main(["rollup", FOLDER, "-o", output, "--force", "--json", "--year", "2024"], quiet);
  });
  const read2 = await seconds(() => readAll(files));
  if (code !== 0 && code !== 1) throw new Error(`rollup exited ${code}`);
  const read = Math.min(read1, read2);
  const rows: string[][] = [
    ["ExcelJS alone reads the 50 files (in process, best of 2)", read.toFixed(1), "—", "1.00"],
    ["union-stats rollup, read + summarise + write (in process)", rollup.toFixed(1), "—", (rollup / read).toFixed(2)],
  ];
  if (fs.existsSync("/usr/bin/time")) {
    const script = `const E=require("exceljs"),fs=require("fs");(async()=>{for(const f of fs.readdirSync(process.argv[1]).filter(n=>n.endsWith(".xlsx")))await new E.Workbook().xlsx.load(fs.readFileSync(require("path").join(process.argv[1],f)));})()`;
    const [readWall, readMb] = measure(["-e", script, FOLDER]);
    const [rollWall, rollMb] = measure([path.join(ROOT, "bin/union-stats.js"), "rollup", FOLDER, "-o", output, "--force", "--json", "--year", "2024"]);
    const [startWall, startMb] = measure([path.join(ROOT, "bin/union-stats.js"), "--help"]);
    rows.push(
      ["node: ExcelJS alone reads the 50 files (command)", readWall, readMb, "—"],
      ["node bin/union-stats.js rollup (command, with ts-node start-up)", rollWall, rollMb, (Number(rollWall) / Number(readWall)).toFixed(2)],
      ["node bin/union-stats.js --help (start-up alone)", startWall, startMb, "—"]
    );
  }
  fs.rmSync(out, { recursive: true, force: true });
  return [
    `${STREETS} street workbooks of ${UNITS.toLocaleString("en")} units each (${mb.toFixed(1)} MB in all, largest ${(Math.max(...files.map((f) => fs.statSync(f).size)) / 2 ** 20).toFixed(2)} MB), in \`${path.relative(ROOT, FOLDER)}\`. Files are read one at a time and released, so peak memory follows the largest file, not the sum.`,
    "",
    table(["run", "wall s", "peak MB", "× ExcelJS read"], rows),
  ].join("\n");
}
