/**
 * Time to the pane's first tab in Debian's chromium, as a ratio to an empty Fluent page (React, a
 * FluentProvider and one line of text) built and served the same way in the same run: the issue's
 * target is at most 1.5×. Also with the CPU slowed 4× (Chrome's throttling), as on an office PC.
 * Built here (`webpack --mode production`, and the baseline page into a temporary folder).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { launchChromium } from "../../test/browser/chromium";
import { serveFolder } from "../../test/browser/staticServer";
import { fmtMs, table } from "./timing";

const ROOT = path.join(__dirname, "../..");
const WEBPACK = path.join(ROOT, "node_modules/webpack/bin/webpack.js");
const RUNS = 5;

function buildBaseline(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "empty-fluent-"));
  const config = path.join(out, "webpack.config.js");
  fs.writeFileSync(
    config,
    `module.exports = { mode: "production", entry: ${JSON.stringify(path.join(__dirname, "emptyFluent/index.tsx"))},
      output: { path: ${JSON.stringify(out)}, filename: "page.js" }, resolve: { extensions: [".ts", ".tsx", ".js"], modules: [${JSON.stringify(path.join(ROOT, "node_modules"))}] },
      module: { rules: [{ test: /\\.tsx?$/, use: { loader: ${JSON.stringify(require.resolve("ts-loader"))}, options: { transpileOnly: true, configFile: ${JSON.stringify(path.join(ROOT, "tsconfig.json"))} } } }] } };`
  );
  execFileSync(process.execPath, [WEBPACK, "--config", config], { cwd: ROOT, stdio: "ignore" });
  fs.writeFileSync(path.join(out, "index.html"), '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><script defer src="page.js"></script></head><body><div id="container"></div></body></html>');
  return out;
}

/** Milliseconds from navigation start until `selector` is visible, best of RUNS fresh pages. */
async function timeToVisible(url: string, selector: string, slowdown: number): Promise<number> {
  const browser = await launchChromium();
  let best = Infinity;
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: "zh-CN" });
      const page = await context.newPage();
      // office.js from the CDN is not part of what is measured: the page is served without it.
      await page.route("https://**/*", (route) => route.abort());
      if (slowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
      }
      await page.goto(url, { waitUntil: "commit" });
      await page.waitForSelector(selector, { state: "visible", timeout: 60000 });
      const ms = await page.evaluate(() => performance.now());
      best = Math.min(best, ms);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return best;
}

export async function benchPane(): Promise<string> {
  execFileSync(process.execPath, [WEBPACK, "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  const baselineDir = buildBaseline();
  const pane = await serveFolder(path.join(ROOT, "dist"));
  const empty = await serveFolder(baselineDir);
  try {
    const rows: Array<Array<string | number>> = [];
    for (const slowdown of [1, 4]) {
      const base = await timeToVisible(`${empty.url}index.html`, '[role="heading"]', slowdown);
      const tab = await timeToVisible(`${pane.url}taskpane.html`, '[role="tab"][aria-selected="true"]', slowdown);
      rows.push([slowdown === 1 ? "as is" : "CPU slowed 4×", fmtMs(base), fmtMs(tab), `${(tab / base).toFixed(2)}×`]);
    }
    return table(["chromium", "empty Fluent page, ms", "pane's first tab, ms", "× empty page (target ≤ 1.5×)"], rows) + `\n\nBest of ${RUNS} fresh pages each, from navigation start (performance.now()) to the element being visible.`;
  } finally {
    await pane.close();
    await empty.close();
    fs.rmSync(baselineDir, { recursive: true, force: true });
  }
}
