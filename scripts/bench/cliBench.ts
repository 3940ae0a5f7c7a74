/**
 * `union-stats report` and `check` as a user runs them: wall time and peak memory (GNU time's
 * maximum resident set size) on the sample workbook and on 10,000 organisations.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { table } from "./timing";

const ROOT = path.join(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/samples/street-union-sample.xlsx");
const BIG = path.join(ROOT, "test-output/big-sample-10000.xlsx");

function measure(args: string[]): [string, string] {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, path.join(ROOT, "bin/union-stats.js"), ...args], { cwd: ROOT, encoding: "utf8" });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ");
  if (!kb) throw new Error(`union-stats ${args.join(" ")} failed: ${result.stderr}`);
  return [seconds, (Number(kb) / 1024).toFixed(0)];
}

export function benchCli(): string {
  if (!fs.existsSync("/usr/bin/time")) return "GNU time (/usr/bin/time) is missing: apt-get install time.";
  if (!fs.existsSync(BIG)) execFileSync(process.execPath, [path.join(ROOT, "node_modules/ts-node/dist/bin.js"), "scripts/make-big-sample.ts"], { cwd: ROOT, stdio: "ignore" });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "union-stats-bench-"));
  const rows: string[][] = [];
  for (const [name, file] of [
    ["sample (220 organisations)", SAMPLE],
    ["10,000 organisations", BIG],
  ]) {
    rows.push([name, "report", ...measure(["report", file, "-o", path.join(out, "out.xlsx"), "--force"])]);
    rows.push([name, "check", ...measure(["check", file])]);
  }
  rows.push(["—", "--help (start-up alone)", ...measure(["--help"])]);
  fs.rmSync(out, { recursive: true, force: true });
  return table(["workbook", "command", "wall s", "peak MB"], rows);
}
