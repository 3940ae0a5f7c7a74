/**
 * `npm run bench`: prints the benchmark tables and writes them, with the machine's description, to
 * docs/benchmarks.md. Plain Node timing (best of a few runs), no test runner in the way.
 * `npm run bench -- functions bundles` runs only the sections named (by their first word) and
 * leaves docs/benchmarks.md alone.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { benchFunctions } from "./functionsBench";
import { benchBundles } from "./bundleBench";
import { benchCharts } from "./chartsBench";
import { benchCli } from "./cliBench";
import { benchLedgers } from "./ledgerBench";
import { benchPane } from "./paneBench";
import { benchRender } from "./renderBench";
import { benchRollup } from "./rollupBench";
import { benchStartup } from "./startupBench";

const sections: Array<[string, () => string | Promise<string>]> = [
  ["Custom functions", benchFunctions],
  ["Ledgers: detection, checks, report", benchLedgers],
  ["Report rendering through Office.js (on the test fake)", benchRender],
  ["Production bundles", benchBundles],
  ["Pane first tab in chromium", benchPane],
  ["union-stats on .xlsx files", benchCli],
  ["Charts in the file host's package", benchCharts],
  ["Rollup of 50 street workbooks", benchRollup],
  ["Start-up of union-stats", benchStartup],
];

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  // Times on a shared machine move with its load: say what it was.
  const load = os.loadavg()[0].toFixed(1);
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${load} at the start`;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).map((word) => word.toLowerCase());
  const chosen = sections.filter(([title]) => only.length === 0 || only.some((word) => title.toLowerCase().includes(word)));
  if (chosen.length === 0) throw new Error(`no section matches ${only.join(", ")}: ${sections.map(([t]) => t).join("; ")}`);
  const out = [`# Benchmarks`, "", `Measured with \`npm run bench\` on ${machine()}.`, ""];
  for (const [title, run] of chosen) {
    process.stderr.write(`${title}…\n`);
    const body = await run();
    console.log(`\n## ${title}\n\n${body}`);
    out.push(`## ${title}`, "", body, "");
  }
  if (only.length > 0) return;
  const file = path.join(__dirname, "../../docs/benchmarks.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out.join("\n"));
  process.stderr.write(`written to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
