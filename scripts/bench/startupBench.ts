/**
 * `union-stats --help` start-up against `node -e 0` on the same machine, in the same run: the compiled
 * command line (lib/, what the bin runs and the tarball installs) and, for comparison, the sources
 * compiled at start by ts-node (what bin/union-stats.js did before the CLI was compiled at build time).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { fmtMs, table, timeBest } from "./timing";

const ROOT = path.join(__dirname, "../..");

const TS_NODE_START = `require("ts-node").register({ project: "tsconfig.json", transpileOnly: true, compilerOptions: { module: "commonjs", moduleResolution: "node" } });
require("./src/cli/main").main(["--help"]);`;

function spawnMs(args: string[]): number {
  return timeBest(() => execFileSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" }), 5);
}

export function benchStartup(): string {
  execFileSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, stdio: "ignore" });
  const baseline = spawnMs(["-e", "0"]);
  const rows = [
    ["node -e 0 (baseline)", baseline],
    [
      "union-stats --help (compiled lib/, bin/union-stats.js)",
      spawnMs(["bin/union-stats.js", "--help"]),
    ],
    ["union-stats --help through ts-node (before)", spawnMs(["-e", TS_NODE_START])],
  ].map(([name, ms]) => [
    name as string,
    fmtMs(ms as number),
    `${((ms as number) / baseline).toFixed(2)}×`,
  ]);
  return table(["start-up", "best of 5, ms", "× node -e 0"], rows);
}
