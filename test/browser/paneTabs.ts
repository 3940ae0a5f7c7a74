import type { Page } from "playwright-core";

/** The pane's tabs in order, as each language names them. */
export const TABS = {
  "zh-CN": ["组织覆盖", "经费计算", "互助保障", "台账", "数据核对", "报告", "汇总"],
  "en-US": ["Coverage", "Funds", "Mutual insurance", "Ledgers", "Checks", "Report", "Roll-up"],
} as const;

/** Shows a page by its tab, or through 更多页面 (More pages) when its tab does not fit the row. */
export async function showPage(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /更多页面|More pages/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor({ timeout: 20000 });
  // The page's chunk has loaded (a skeleton stands in until then).
  await page.waitForFunction(() => document.querySelector("[data-page-loading]") === null, undefined, { timeout: 20000 });
}
