import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

/**
 * Budgets on the production build (npm test builds it first): sizes are stable, so they are checked
 * here; times go in the benchmark report. Also: the built add-in names no outside address but
 * Microsoft's office.js CDN, and the pane page sets a Content-Security-Policy.
 */
const DIST = path.join(__dirname, "../../dist");
const KB = 1024;

function gzipped(file: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "taskpane.js"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
});

/** The scripts taskpane.html names (office.js from the CDN aside): all load and run before the pane's first tab shows. */
function firstPaintScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

describe("bundle budgets", () => {
  // Every script the page loads before the first tab shows: the webpack runtime, the custom functions,
  // the ribbon commands and the pane with its first tab (the other pages, the report engine, the
  // Office.js adapter, ledger detection, Fluent's menus and dialog load on demand). The browser test
  // checks that the page fetches no other script before the first tab is visible.
  it("keeps every script loaded before the first paint within 150 KB gzipped", () => {
    const scripts = firstPaintScripts();
    expect(scripts).toEqual(["runtime.js", "functions.js", "commands.js", "taskpane.js"]);
    const total = scripts.reduce((n, file) => n + gzipped(file), 0);
    expect(total).toBeLessThanOrEqual(150 * KB);
  });

  it("keeps the custom functions within 30 KB gzipped", () => {
    expect(gzipped("functions.js") + gzipped("runtime.js")).toBeLessThanOrEqual(30 * KB);
  });
});

describe("no network", () => {
  const ALLOWED = [/^https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?$/];
  // Addresses that are names, not places the add-in goes: XML namespaces, and licence texts.
  // The file-mode chunk (ExcelJS) writes the XML namespaces every .xlsx declares, and quotes its sources' homes.
  const NAMES = [
    /^http:\/\/www\.w3\.org\//,
    /^https?:\/\/schemas\.(microsoft|openxmlformats)\.(com|org)\//,
    /^http:\/\/purl\.org\/dc\//,
    /^https?:\/\/(react|reactjs)\.dev\/errors\//,
    /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
    /^https:\/\/github\.com\/(exceljs|zloirock|crypto-browserify|indutny|uuidjs)\//,
    /^https:\/\/stuk\.github\.io\/jszip\//,
    // The Word export's chunk (docx): the strict OOXML namespace, and a forum page its list-level error message cites.
    /^http:\/\/purl\.oclc\.org\/ooxml\//,
    /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\//,
  ];

  it("names no absolute http(s) address in the built code but the office.js CDN", () => {
    const files = fs.readdirSync(DIST).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(DIST, file), "utf8");
      for (const m of text.matchAll(/https?:\/\/[^\s"'`)<>;\\]+/g)) {
        const url = m[0];
        if (ALLOWED.some((re) => re.test(url)) || NAMES.some((re) => re.test(url))) continue;
        found.push(`${file}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("sets a Content-Security-Policy on the pane that allows no other origin", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    // The minified page drops optional attribute quotes.
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  });
});
