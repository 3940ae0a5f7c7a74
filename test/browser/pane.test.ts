import * as fs from "fs";
import * as path from "path";
import { OUTPUT, outsideHosts, servedPane, watchNetwork } from "./chromium";

/**
 * What a person sees: the built pane opened in Debian's chromium outside Office renders in Chinese,
 * says it must run inside Excel, and reaches no address beyond 127.0.0.1 (office.js, the one
 * outside script the page names, is answered from the npm package).
 */
const pane = servedPane();

describe("the task pane in a browser", () => {
  it("renders in Chinese outside Office, says to open it in Excel, and stays on 127.0.0.1", async () => {
    const page = await pane.browser().newPage({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const requested = await watchNetwork(page);
    await page.goto(`${pane.url()}taskpane.html`);
    await page.getByText("工会统计助手").first().waitFor({ timeout: 20000 });
    await page.getByText("请在 Excel 中打开", { exact: false }).first().waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "组织覆盖" }).waitFor();
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, "taskpane.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(outsideHosts(requested)).toEqual([]);
    expect(requested.some((u) => u.endsWith("/taskpane.js"))).toBe(true);
  });
});
