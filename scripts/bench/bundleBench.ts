/** Production bundle sizes, raw and gzipped: the pane, the functions, the commands and the file-mode chunks. */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { table } from "./timing";

const DIST = path.join(__dirname, "../../dist");
const ENTRIES = ["runtime.js", "taskpane.js", "functions.js", "commands.js"];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function benchBundles(): string {
  if (!fs.existsSync(path.join(DIST, "taskpane.js"))) return "dist/ is missing: run `npm run build` first.";
  // Every other script is loaded only in file mode (dynamic import).
  const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !ENTRIES.includes(f));
  const rows = [...ENTRIES, ...lazy].map((file) => {
    const bytes = fs.readFileSync(path.join(DIST, file));
    const role = ENTRIES.includes(file) ? "loaded with the pane" : "file mode only";
    return [file, role, kb(bytes.length), kb(zlib.gzipSync(bytes, { level: 9 }).length)];
  });
  return table(["file", "when", "raw KB", "gzipped KB"], rows);
}
