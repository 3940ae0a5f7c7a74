/**
 * The district roll-up at scale: 50 street workbooks of 2,000 units each, rolled up by
 * `union-stats rollup`, against ExcelJS alone reading the same 50 files in the same run (the floor:
 * a roll-up must at least read every file). Both in this process, and both again as commands with
 * GNU time for peak memory, which should follow the largest file, not the sum: the roll-up of the
 * first 10 of the files is measured too, and the live heap (after a full collection) once 10 and
 * once 50 streets are read and summarised.
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
/** The first 10 of the same files, for memory against the number of files. */
const FEW = 10;
const FEW_FOLDER = path.join(ROOT, "test-output", `rollup-bench-${FEW}x${UNITS}`);

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
          typeof v !== "string"
            ? v
            : names && c === 1 && typeof row[0] === "number"
              ? `街${i}${v}`
              : v.split("东湖街道").join(`第${i}街道`)
        );
        ws.getRow(r + 1).values = values.map((v) =>
          v === undefined ? null : v
        ) as ExcelJS.CellValue[];
      });
    }
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  }
  return files;
}

function fewStreets(files: readonly string[]): void {
  fs.mkdirSync(FEW_FOLDER, { recursive: true });
  for (const file of files.slice(0, FEW)) {
    const copy = path.join(FEW_FOLDER, path.basename(file));
    if (!fs.existsSync(copy)) fs.copyFileSync(file, copy);
  }
}

/**
 * The live heap after a full collection once each 10 streets are read and summarised as `rollup`
 * reads and summarises them (lib/, compiled): what stays is the summaries, not the files.
 */
function liveHeap(): number[] {
  const script = `const fs=require("fs"),p=require("path"),{readStreamed}=require(p.join(process.argv[1],"lib/cli/streamedRead.js")),{summariseWorkbook}=require(p.join(process.argv[1],"lib/core/rollup/index.js"));(async()=>{const d=process.argv[2],out=[],kept=[];for(const n of fs.readdirSync(d).filter(n=>n.endsWith(".xlsx"))){const{sheets,saved}=await readStreamed(fs.readFileSync(p.join(d,n)),n);kept.push(summariseWorkbook({file:n,sheets,saved},2024));if(kept.length%10===0){global.gc();out.push(process.memoryUsage().heapUsed)}}console.log(out.join(" "))})()`;
  const result = spawnSync(process.execPath, ["--expose-gc", "-e", script, ROOT, FOLDER], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`live heap failed: ${result.stderr}`);
  return result.stdout
    .trim()
    .split(" ")
    .map((b) => Number(b) / 2 ** 20);
}

async function readAll(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
  }
}

/** Wall and CPU seconds of a run. CPU time moves far less than wall time with the machine's load. */
async function seconds(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return {
    wall: Number(process.hrtime.bigint() - start) / 1e9,
    cpu: (used.user + used.system) / 1e6,
  };
}

/** A command's wall time, CPU time (user + system) and peak resident memory (GNU time). */
function measure(args: string[]): { wall: number; cpu: number; mb: number } {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, system, kb] = last.split(" ").map(Number);
  if (!kb) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return { wall, cpu: user + system, mb: Math.round(kb / 1024) };
}

export async function benchRollup(): Promise<string> {
  const files = await writeStreets();
  const mb = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 2 ** 20;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "union-stats-rollup-"));
  const output = path.join(out, "区汇总.xlsx");
  const quiet = { out: () => undefined, err: () => undefined };
  // The roll-up's modules are compiled (ts-node) before timing: the read's ExcelJS is loaded already too.
  await import("../../src/cli/rollup");
  // In this process, alternately: the read alone, the roll-up (read, summarise, write), the read,
  // the roll-up. Each is taken at its best of 2, so neither is timed only with its code cold.
  let code = -1;
  const rollupOnce = () =>
    seconds(async () => {
      code = await main(
        ["rollup", FOLDER, "-o", output, "--force", "--json", "--year", "2024"],
        quiet
      );
      if (code !== 0 && code !== 1) throw new Error(`rollup exited ${code}`);
    });
  const read1 = await seconds(() => readAll(files));
  const rollup1 = await rollupOnce();
  const read2 = await seconds(() => readAll(files));
  const rollup2 = await rollupOnce();
  const wall = Math.min(read1.wall, read2.wall);
  const cpu = Math.min(read1.cpu, read2.cpu);
  const rollup = {
    wall: Math.min(rollup1.wall, rollup2.wall),
    cpu: Math.min(rollup1.cpu, rollup2.cpu),
  };
  let heap: number[] = [];
  const rows: string[][] = [
    [
      "ExcelJS alone reads the 50 files (in process, best of 2)",
      wall.toFixed(1),
      cpu.toFixed(1),
      "—",
      "1.00",
      "1.00",
    ],
    [
      "union-stats rollup, read + summarise + write (in process, best of 2)",
      rollup.wall.toFixed(1),
      rollup.cpu.toFixed(1),
      "—",
      (rollup.wall / wall).toFixed(2),
      (rollup.cpu / cpu).toFixed(2),
    ],
  ];
  if (fs.existsSync("/usr/bin/time")) {
    // The command as installed runs lib/ (compiled): built now, so bin/ does not fall back to ts-node.
    spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
    const script = `const E=require("exceljs"),fs=require("fs");(async()=>{for(const f of fs.readdirSync(process.argv[1]).filter(n=>n.endsWith(".xlsx")))await new E.Workbook().xlsx.load(fs.readFileSync(require("path").join(process.argv[1],f)));})()`;
    const read = measure(["-e", script, FOLDER]);
    const rollupOf = (folder: string) =>
      measure([
        path.join(ROOT, "bin/union-stats.js"),
        "rollup",
        folder,
        "-o",
        output,
        "--force",
        "--json",
        "--year",
        "2024",
      ]);
    const roll = rollupOf(FOLDER);
    fewStreets(files);
    const few = rollupOf(FEW_FOLDER);
    heap = liveHeap();
    const start = measure([path.join(ROOT, "bin/union-stats.js"), "--help"]);
    rows.push(
      [
        "node: ExcelJS alone reads the 50 files (command)",
        read.wall.toFixed(1),
        read.cpu.toFixed(1),
        String(read.mb),
        "1.00",
        "1.00",
      ],
      [
        "node bin/union-stats.js rollup (command)",
        roll.wall.toFixed(1),
        roll.cpu.toFixed(1),
        String(roll.mb),
        (roll.wall / read.wall).toFixed(2),
        (roll.cpu / read.cpu).toFixed(2),
      ],
      [
        `the same command on the first ${FEW} files`,
        few.wall.toFixed(1),
        few.cpu.toFixed(1),
        String(few.mb),
        "—",
        "—",
      ],
      [
        "node bin/union-stats.js --help (start-up alone)",
        start.wall.toFixed(1),
        start.cpu.toFixed(1),
        String(start.mb),
        "—",
        "—",
      ]
    );
  }
  fs.rmSync(out, { recursive: true, force: true });
  return [
    `${STREETS} street workbooks of ${UNITS.toLocaleString("en")} units each (${mb.toFixed(1)} MB in all, largest ${(Math.max(...files.map((f) => fs.statSync(f).size)) / 2 ** 20).toFixed(2)} MB), in \`${path.relative(ROOT, FOLDER)}\`. Files are streamed one at a time and released, so peak memory follows the largest file, not the sum.`,
    "",
    table(["run", "wall s", "CPU s", "peak MB", "× read (wall)", "× read (CPU)"], rows),
    ...(heap.length
      ? [
          "",
          `Live heap after a full collection, every 10 streets read and summarised (MB): ${heap.map((h) => h.toFixed(1)).join(", ")}.`,
        ]
      : []),
  ].join("\n");
}
