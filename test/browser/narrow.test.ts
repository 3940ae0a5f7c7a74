import * as fs from "fs";
import * as path from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { reopen, sampleBytes } from "../file/helpers";
import { fakeFromExcelJS } from "../wps/excelJsFake";
import { CHROMIUM, launchChromium, OUTPUT } from "./chromium";
import { fakeWpsScript } from "./fakeWps";
import { showPage, TABS } from "./paneTabs";
import { serveFolder } from "./staticServer";

/**
 * The pane at Excel's widths, 320 and 350 px, over a workbook it can read and select in: the WPS
 * edition's pane (the same pane Excel shows, with 使用所选区域) in chromium with the fake
 * window.Application holding the sample street union. Screenshots go to test-output/.
 */
const DIST_WPS = path.join(__dirname, "../../dist-wps");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let script: string;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei (.ci/run does)`
    );
  if (!fs.existsSync(path.join(DIST_WPS, "taskpane.html")))
    throw new Error("dist-wps/ is missing: run `npm run build:wps` first (npm test does)");
  script = fakeWpsScript(fakeFromExcelJS(await reopen(sampleBytes())).snapshot());
  server = await serveFolder(DIST_WPS);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page scrolls sideways: something is wider than the pane. */
function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth
  );
}

/** How many lines an element's text takes (a label broken mid-word takes two). */
function textLines(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
  });
}

async function box(
  locator: Locator
): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not on screen");
  return b;
}

describe.each([320, 350])("the pane at %i px", (width) => {
  it("keeps the tabs on one row, the range buttons on one line, the ledger names readable, and never scrolls sideways", async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(script);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("tab", { name: "组织覆盖" }).waitFor({ timeout: 30000 });

    // The tabs on one row, with 更多页面 for those that do not fit.
    const tabs = page.getByRole("tablist");
    const shown = await tabs.getByRole("tab").filter({ visible: true }).all();
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const tops = await Promise.all(shown.map(async (tab) => Math.round((await box(tab)).y)));
    expect(new Set(tops).size).toBe(1);
    expect((await box(tabs)).height).toBeLessThan(2 * (await box(shown[0])).height);
    // Each tab shown whole (none cut at the row's edge), and 更多页面 holds exactly the others, in order.
    const row = await box(tabs.locator(".."));
    const rowRight = row.x + row.width;
    for (const tab of shown) {
      const b = await box(tab);
      expect(Math.round(b.x + b.width)).toBeLessThanOrEqual(Math.round(rowRight));
    }
    const visible = await Promise.all(
      TABS["zh-CN"].map((name) => tabs.getByRole("tab", { name, exact: true }).isVisible())
    );
    const rest = TABS["zh-CN"].filter((_, i) => !visible[i]);
    expect(rest.length).toBe(TABS["zh-CN"].length - shown.length);
    if (rest.length) {
      await page.getByRole("button", { name: `更多页面 (${rest.length})` }).click();
      expect(await page.getByRole("menuitem").allTextContents()).toEqual(rest);
      await page.keyboard.press("Escape");
    }

    // 组织覆盖: once a range field is used the ledgers are read and 从台账填入 joins 使用所选区域, on one line under the box.
    const panel = page.getByRole("tabpanel");
    await panel.getByLabel("是否建会", { exact: true }).click();
    await panel.getByRole("button", { name: "从台账填入是否建会" }).waitFor({ timeout: 30000 });
    for (const field of ["是否建会", "职工人数", "会员人数"]) {
      const selection = panel.getByRole("button", { name: `使用所选区域作为${field}` });
      const picker = panel.getByRole("button", { name: `从台账填入${field}` });
      const input = await box(panel.getByLabel(field, { exact: true }).locator(".."));
      const button = await box(selection);
      expect(await textLines(selection)).toBe(1);
      expect(button.height).toBeLessThanOrEqual(input.height);
      expect(Math.round((await box(picker)).y)).toBe(Math.round(button.y));
      expect(button.x + button.width).toBeLessThanOrEqual(width);
    }
    expect(await overflowsSideways(page)).toBe(false);
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({
      path: path.join(OUTPUT, `pane-${width}-coverage.png`),
      fullPage: true,
    });

    // Every page fits the width.
    for (const tab of TABS["zh-CN"]) {
      await showPage(page, tab);
      expect({ tab, sideways: await overflowsSideways(page) }).toEqual({ tab, sideways: false });
    }

    // 台账: each sheet name on one line, over what was found in it (not two characters to a line).
    await showPage(page, "台账");
    await panel.getByRole("button", { name: "识别台账" }).click();
    await panel.getByText("找到 8 个台账", { exact: false }).first().waitFor({ timeout: 30000 });
    const names = await panel
      .getByRole("radiogroup", { name: "识别台账" })
      .getByRole("radio")
      .all();
    expect(names).toHaveLength(8);
    for (const radio of names) {
      const label = radio.locator("xpath=..").locator("label");
      expect({ name: await label.textContent(), lines: await textLines(label) }).toEqual({
        name: await label.textContent(),
        lines: 1,
      });
    }
    expect(await overflowsSideways(page)).toBe(false);
    await page.screenshot({ path: path.join(OUTPUT, `pane-${width}-ledgers.png`), fullPage: true });

    expect(errors).toEqual([]);
    await context.close();
  }, 180000);

  it("moves among the tabs by keyboard, focus visible, and is one stop in the Tab order", async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    await page.addInitScript(script);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("tab", { name: "组织覆盖" }).waitFor({ timeout: 30000 });
    // The menu's own button, not the disabled stand-in shown while its chunk loads.
    const more = page.locator('button[aria-label^="更多页面"]:enabled');
    await more.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.id);

    // From the language switch, Tab reaches the selected tab, with Fluent's focus ring whole: the 2 px
    // strips just above and below the tab change when it takes focus (the row clipped them once).
    const english = page.getByRole("button", { name: "English" });
    const tabBox = await box(page.locator("#tab-coverage"));
    const strips = () =>
      Promise.all(
        [tabBox.y - 2, tabBox.y + tabBox.height].map((y) =>
          page.screenshot({ clip: { x: tabBox.x, y, width: tabBox.width, height: 2 } })
        )
      );
    await english.focus();
    const unfocused = await strips();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("tab-coverage");
    const ring = await strips();
    expect(ring.map((strip, i) => strip.equals(unfocused[i]))).toEqual([false, false]);

    // The arrows move focus, Enter opens the page; End, Home and the ends wrap round the tabs on screen.
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("tab-funds");
    await page.keyboard.press("Enter");
    await expect(page.locator("#tab-funds").getAttribute("aria-selected")).resolves.toBe("true");
    await page.locator("#panel-funds").getByRole("textbox").first().waitFor();
    const onScreen = await page
      .getByRole("tab")
      .filter({ visible: true })
      .evaluateAll((tabs) => tabs.map((t) => t.id));
    await page.keyboard.press("End");
    expect(await focused()).toBe(onScreen[onScreen.length - 1]);
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("tab-coverage");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe(onScreen[onScreen.length - 1]);
    await page.keyboard.press("Home");
    expect(await focused()).toBe("tab-coverage");

    // Tab leaves the row, whichever tab has focus, for 更多页面; Shift+Tab comes back to the selected tab.
    await page.keyboard.press("Tab");
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("tab-funds");
    await context.close();
  }, 60000);

  it("cuts no tab at the row's edge even in its first frame, and names a Chinese UI font", async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    await page.addInitScript(script);
    // Before every frame until the tab row is there: the tabs shown then, and those cut at its edge.
    await page.addInitScript(() => {
      const watch = () => {
        const list = document.querySelector('[role="tablist"]');
        const row = list?.parentElement?.getBoundingClientRect();
        if (!list || !row || row.width === 0) return requestAnimationFrame(watch);
        const tabs = Array.from(list.querySelectorAll('[role="tab"]'), (tab) => ({
          name: tab.textContent,
          box: tab.getBoundingClientRect(),
        })).filter((t) => t.box.width > 0);
        (window as unknown as { firstFrame: unknown }).firstFrame = {
          shown: tabs.length,
          cut: tabs.filter((t) => t.box.right > row.right + 0.5).map((t) => t.name),
        };
      };
      requestAnimationFrame(watch);
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("tab", { name: "组织覆盖" }).waitFor({ timeout: 30000 });
    const first = await page.evaluate(
      () => (window as unknown as { firstFrame: unknown }).firstFrame
    );
    expect(first).toEqual({ shown: expect.any(Number), cut: [] });
    expect((first as { shown: number }).shown).toBeGreaterThanOrEqual(2);

    // Fluent's Latin face first, then Chinese UI fonts by name, before the generic family.
    const fonts = await page.locator("h1").evaluate((h1) => getComputedStyle(h1).fontFamily);
    expect(fonts).toMatch(/^"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", .*sans-serif$/);
    await context.close();
  }, 60000);
});
