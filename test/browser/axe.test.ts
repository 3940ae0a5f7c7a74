import * as path from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { servedPane } from "./chromium";
import { showPage, TABS } from "./paneTabs";

/**
 * axe-core over every tab of the built pane in Debian's chromium at Excel's pane width, in both
 * languages, outside Excel and in file mode with the sample workbook (its ledgers recognised, checks
 * run and a report drafted, so the result content is scanned too). No rule is waived.
 */
const SAMPLE = path.join(__dirname, "../../assets/samples/street-union-sample.xlsx");

const pane = servedPane();

type Locale = keyof typeof TABS;

/** Every violation on the visible page (all rules, every impact), as "where: rule (impact): target" lines. */
async function violations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${where}: ${v.id} (${v.impact}): ${n.target.join(" ")}`)
  );
}

async function everyTab(page: Page, locale: Locale, mode: string): Promise<string[]> {
  const found: string[] = [];
  for (const tab of TABS[locale]) {
    await showPage(page, tab);
    found.push(...(await violations(page, `${mode} ${locale} ${tab}`)));
  }
  return found;
}

async function switchTo(page: Page, locale: Locale): Promise<void> {
  await page.getByRole("button", { name: locale === "zh-CN" ? "中文" : "English" }).click();
  await page.getByRole("tab", { name: TABS[locale][0] }).waitFor({ timeout: 20000 });
}

describe("axe over every tab", () => {
  it("finds no violation outside Excel and in file mode, in Chinese and English", async () => {
    const context = await pane
      .browser()
      .newContext({ viewport: { width: 350, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${pane.url()}taskpane.html`);
    await page.getByText("请在 Excel 中打开", { exact: false }).first().waitFor({ timeout: 20000 });

    const found: string[] = [];
    found.push(...(await everyTab(page, "zh-CN", "no file")));
    await switchTo(page, "en-US");
    found.push(...(await everyTab(page, "en-US", "no file")));
    await switchTo(page, "zh-CN");

    await page.getByTestId("workbook-file").setInputFiles(SAMPLE);
    await page
      .getByRole("heading", { name: "文件模式：street-union-sample.xlsx" })
      .waitFor({ timeout: 30000 });
    const panel = page.getByRole("tabpanel");
    await showPage(page, "台账");
    await panel.getByRole("button", { name: "识别台账" }).click();
    await panel.getByText("找到 8 个台账", { exact: false }).first().waitFor({ timeout: 30000 });
    await showPage(page, "数据核对");
    await panel.getByRole("button", { name: "开始核对" }).click();
    await panel
      .getByRole("heading", { name: /发现|未发现/ })
      .first()
      .waitFor({ timeout: 30000 });
    await showPage(page, "报告");
    await panel.getByRole("button", { name: "一键生成报告草稿" }).click();
    await panel.getByRole("region", { name: "报告草稿预览" }).waitFor({ timeout: 30000 });
    found.push(...(await everyTab(page, "zh-CN", "file")));
    await switchTo(page, "en-US");
    found.push(...(await everyTab(page, "en-US", "file")));

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 900000);
});
