import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveFolder } from "./staticServer";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DIST = path.join(__dirname, "../../dist");
export const OUTPUT = path.join(__dirname, "../../test-output");
const OFFICE_JS = path.join(__dirname, "../../node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Fails with what to do, rather than skipping, when the build or the browser is missing. */
export function requirePrerequisites(): void {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei (.ci/run does)`);
}

/** Debian's chromium, headless, with nothing that phones home; `extraArgs` go on its command line. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

/**
 * Records every request the page makes. office.js from Microsoft's CDN (the one outside address
 * the page may name) is answered from the npm package; any other address beyond 127.0.0.1 is
 * aborted, and the test asserts the list of what was tried.
 */
export async function watchNetwork(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_JS, url.slice(OFFICE_CDN.length).split("?")[0]);
      if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404 });
    }
    if (new URL(url).hostname === "127.0.0.1" || url.startsWith("data:")) return route.continue();
    return route.abort();
  });
  return requested;
}

/** Hosts a request may go to: our server, and Microsoft's office.js CDN (served locally above). */
export function outsideHosts(requested: string[]): string[] {
  return requested.map((u) => new URL(u)).filter((u) => u.protocol !== "data:" && u.hostname !== "127.0.0.1" && u.href.startsWith(OFFICE_CDN) === false).map((u) => u.href);
}

/**
 * Serves dist/ on 127.0.0.1 and starts chromium for the tests of one file, closing both after them.
 * Returns getters: the values exist only once beforeAll has run.
 */
export function servedPane(): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  beforeAll(async () => {
    requirePrerequisites();
    server = await serveFolder(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url };
}
