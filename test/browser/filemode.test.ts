import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readPackage } from "../file/chartPackage";
import { OUTPUT, outsideHosts, servedPane, watchNetwork } from "./chromium";
import { understatedBomb } from "../security/understatedBomb";

/**
 * File mode as a person uses it: the built pane in Debian's chromium, outside Office, opens the sample
 * workbook, drafts the report, and downloads a workbook that holds the 报告草稿 sheet. ExcelJS arrives
 * only then, in its own chunk; nothing is fetched beyond 127.0.0.1.
 */
const SAMPLE = path.join(__dirname, "../../assets/samples/street-union-sample.xlsx");

const pane = servedPane();

describe("file mode in a browser", () => {
  it("opens the sample .xlsx, drafts the report and downloads a workbook with 报告草稿", async () => {
    const context = await pane.browser().newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const requested = await watchNetwork(page);
    await page.goto(`${pane.url()}taskpane.html`);
    await page.getByText("请在 Excel 中打开", { exact: false }).first().waitFor({ timeout: 20000 });
    const scriptsBefore = requested.filter((u) => u.endsWith(".js")).length;
    expect(requested.some((u) => /filemode/.test(u))).toBe(false); // not loaded until a file is opened

    // A zip bomb whose directory understates its size is refused by the built chunk's inflation count.
    const bomb = await understatedBomb(130 * 2 ** 20);
    await page.getByTestId("workbook-file").setInputFiles({ name: "bomb.xlsx", mimeType: "application/octet-stream", buffer: bomb });
    await page.getByRole("main").getByText("bomb.xlsx 解压后超过 128 MB", { exact: false }).waitFor({ timeout: 30000 });

    await page.getByTestId("workbook-file").setInputFiles(SAMPLE);
    await page.getByRole("heading", { name: "文件模式：street-union-sample.xlsx" }).waitFor({ timeout: 30000 });
    expect(requested.filter((u) => u.endsWith(".js")).length).toBeGreaterThan(scriptsBefore);

    await showPage(page, "报告");
    const panel = page.getByRole("tabpanel");
    await panel.getByLabel("街道名称").fill("示例街道");
    await panel.getByLabel("年度").fill("2024");
    await panel.getByRole("button", { name: "一键生成报告草稿" }).click();
    await panel.getByText("报告草稿已生成").first().waitFor({ timeout: 30000 });
    await expectText(panel.getByRole("region", { name: "报告草稿预览" }), "参保人数达到8160人");

    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, "filemode-report.png"), fullPage: false });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
    expect(download.suggestedFilename()).toBe("street-union-sample-报告草稿.xlsx");
    const saved = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(saved);

    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(saved);
    const report = reopened.getWorksheet("报告草稿");
    expect(report).toBeDefined();
    const texts: string[] = [];
    report!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.result ?? cell.text ?? ""))));
    expect(texts.join("\n")).toContain("示例街道");
    expect(reopened.getWorksheet("互助保障")).toBeDefined();
    // The report's charts are in the download as native charts (added by the file-mode chunk).
    const charts = (await readPackage(new Uint8Array(fs.readFileSync(saved)))).charts;
    expect(charts.get("报告数据")!.map((c) => c.kind)).toEqual(["pie", "pie", "pie"]);

    // The ledgers found in the file, with the first one's columns to confirm.
    await showPage(page, "台账");
    await page.getByRole("tabpanel").getByRole("button", { name: "识别台账" }).click();
    await page.getByRole("tabpanel").getByText("找到 8 个台账", { exact: false }).first().waitFor({ timeout: 30000 });
    await page.getByRole("tabpanel").getByRole("radio", { name: "互助保障" }).click();
    await page.screenshot({ path: path.join(OUTPUT, "filemode-ledgers.png"), fullPage: true });

    expect(errors).toEqual([]);
    expect(outsideHosts(requested)).toEqual([]);
    await context.close();
  }, 180000);
});

/** Shows a page by its tab, or through 更多页面 when its tab does not fit the row. */
async function showPage(page: import("playwright-core").Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /更多页面/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor({ timeout: 20000 });
}

async function expectText(locator: import("playwright-core").Locator, text: string): Promise<void> {
  expect(await locator.textContent()).toContain(text);
}
