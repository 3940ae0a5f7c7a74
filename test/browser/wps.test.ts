/**
 * The WPS edition as WPS would load it, in Debian's chromium with a fake `window.Application` (test/wps/fakeEt.ts,
 * compiled for the page) holding the sample street union's workbook:
 * - the hidden page (dist-wps/index.html) defines every callback ribbon.xml names and registers the 16 UNION.*
 *   functions; its 一键生成报告草稿 writes the same 报告草稿 the command line writes for the same workbook;
 * - the pane (dist-wps/taskpane.html) loads without office.js, renders the WPS host (no file-mode bar) and finds
 *   the workbook's ledgers through it.
 * Nothing is fetched beyond 127.0.0.1.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { DOMParser } from "@xmldom/xmldom";
import { reopen, sampleBytes, SAMPLE_FILE, tempDir } from "../file/helpers";
import { dumpExcelJS, dumpFake, fakeFromExcelJS } from "../wps/excelJsFake";
import { FakeWpsRoot } from "../wps/fakeRoot";
import type { FakeSnapshot } from "../wps/fakeEt";
import { fakeWpsScript } from "./fakeWps";
import { CHROMIUM, launchChromium, OUTPUT, outsideHosts, watchNetwork } from "./chromium";
import { serveFolder } from "./staticServer";

const ROOT = path.join(__dirname, "../..");
const DIST_WPS = path.join(ROOT, "dist-wps");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let script: string;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei (.ci/run does)`
    );
  if (!fs.existsSync(path.join(DIST_WPS, "index.html")))
    throw new Error("dist-wps/ is missing: run `npm run build:wps` first (npm test does)");
  script = fakeWpsScript(fakeFromExcelJS(await reopen(sampleBytes())).snapshot());
  server = await serveFolder(DIST_WPS);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the WPS edition in chromium with a fake window.Application", () => {
  it("the ribbon's 一键生成报告草稿 writes the same 报告草稿 as `union-stats report`", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const requested = await watchNetwork(page);
    await page.addInitScript(script);
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(
      () => typeof (window as unknown as { OnAction?: unknown }).OnAction === "function"
    );

    // Every callback ribbon.xml names is defined by the loaded script.
    const ribbon = new DOMParser().parseFromString(
      fs.readFileSync(path.join(DIST_WPS, "ribbon.xml"), "utf8"),
      "text/xml"
    );
    const names = new Set<string>([ribbon.documentElement!.getAttribute("onLoad")!]);
    for (const button of Array.from(ribbon.getElementsByTagName("button")))
      for (const attr of ["onAction", "getImage"])
        if (button.getAttribute(attr)) names.add(button.getAttribute(attr)!);
    const defined = await page.evaluate(
      (list) =>
        list.filter((n) => typeof (window as unknown as Record<string, unknown>)[n] === "function"),
      [...names]
    );
    expect(defined.sort()).toEqual([...names].sort());
    expect(
      await page.evaluate(
        () => (window as unknown as { __registered: string[] }).__registered.length
      )
    ).toBe(16);

    await page.evaluate(() =>
      (window as unknown as { OnAction(c: { Id: string }): void }).OnAction({ Id: "btnReport" })
    );
    await page.waitForFunction(
      () => (window as unknown as { __said: string[] }).__said.length > 0,
      undefined,
      { timeout: 60000 }
    );
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said[0]).toMatch(/^已生成工作表“报告草稿”/);
    const after = (await page.evaluate(() =>
      (window as unknown as { Application: { snapshot(): unknown } }).Application.snapshot()
    )) as FakeSnapshot;
    const wps = new FakeWpsRoot();
    wps.load(after);
    const written = dumpFake(wps.workbook!.sheet("报告草稿"));
    expect(wps.ActiveSheet?.Name).toBe("报告草稿");

    // The command line over the same file, defaults alike (the saved or current year, the saved street).
    const { dir, remove } = tempDir();
    try {
      const out = path.join(dir, "out.xlsx");
      execFileSync(
        "node",
        [path.join(ROOT, "bin/union-stats.js"), "report", SAMPLE_FILE, "-o", out],
        { cwd: ROOT, stdio: "pipe" }
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      // Every sheet the report added (the draft and the sheets it draws on), compared cell by cell.
      const original = new Set((await reopen(sampleBytes())).worksheets.map((w) => w.name));
      const added = book.worksheets.filter((w) => !original.has(w.name));
      expect(added.map((w) => w.name)).toContain("报告草稿");
      expect(added.map((w) => w.name).sort()).toEqual(
        wps
          .workbook!.sheets.map((s) => s.Name)
          .filter((n) => !original.has(n) && n !== "UnionStats设置")
          .sort()
      );
      for (const sheet of added) {
        const expected = dumpExcelJS(sheet);
        expect({ sheet: sheet.name, ...dumpFake(wps.workbook!.sheet(sheet.name)) }).toEqual({
          sheet: sheet.name,
          ...expected,
        });
      }
      expect(Object.keys(written.cells).length).toBeGreaterThan(20);
    } finally {
      remove();
    }
    expect(errors).toEqual([]);
    expect(outsideHosts(requested)).toEqual([]);
    await page.close();
  });

  it("the pane loads without office.js, uses the WPS host and finds the ledgers through it", async () => {
    const context = await browser.newContext({
      viewport: { width: 420, height: 900 },
      locale: "zh-CN",
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const requested = await watchNetwork(page);
    await page.addInitScript(script);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("tab", { name: "台账" }).waitFor({ timeout: 30000 });
    expect(await page.getByText("请在 Excel 中打开", { exact: false }).count()).toBe(0); // no file-mode bar: cells are live
    await page.getByRole("tab", { name: "台账" }).click();
    await page.getByRole("tabpanel").getByRole("button", { name: "识别台账" }).click();
    await page
      .getByRole("tabpanel")
      .getByText("找到 8 个台账", { exact: false })
      .waitFor({ timeout: 30000 });
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, "wps-pane.png") });
    expect(requested.some((u) => u.includes("office.js"))).toBe(false);
    expect(errors).toEqual([]);
    expect(outsideHosts(requested)).toEqual([]);
    await context.close();
  });
});
