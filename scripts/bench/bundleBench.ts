/**
 * Production bundle sizes, raw and gzipped: the pane, the functions, the commands and the file-mode
 * chunks. The build is made here, so the sizes are those of the code as it stands.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { table } from "./timing";

const DIST = path.join(__dirname, "../../dist");
const ENTRIES = ["runtime.js", "taskpane.js", "functions.js", "commands.js"];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function build(): number {
  const start = process.hrtime.bigint();
  const webpack = path.join(__dirname, "../../node_modules/webpack/bin/webpack.js");
  execFileSync(process.execPath, [webpack, "--mode", "production"], { cwd: path.join(__dirname, "../.."), stdio: "ignore" });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function benchBundles(): string {
  const seconds = build();
  // Every other script is a dynamic import: the pages after the first, the report engine, the
  // Office.js adapter, ledger detection, Fluent's menus and dialog, English, file mode with ExcelJS…
  // (shared chunks have a number for a name).
  const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !ENTRIES.includes(f));
  const rows = [...ENTRIES, ...lazy].map((file) => {
    const bytes = fs.readFileSync(path.join(DIST, file));
    const role = ENTRIES.includes(file) ? "before the first paint" : "on demand";
    return [file, role, kb(bytes.length), kb(zlib.gzipSync(bytes, { level: 9 }).length)];
  });
  return `${table(["file", "when", "raw KB", "gzipped KB"], rows)}\n\nProduction build (\`webpack --mode production\`): ${seconds.toFixed(1)} s.`;
}
