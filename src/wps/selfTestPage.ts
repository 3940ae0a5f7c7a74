/**
 * The self-test page (selftest.html), opened from the ribbon: one button, then one line per check.
 * Plain DOM, so the page loads fast and has nothing of the pane to go wrong.
 */
import type { EtApplication } from "./etModel";
import { runSelfTest } from "./selfTest";
import { WpsWorkbook } from "./wpsWorkbook";

function start(): void {
  const button = document.getElementById("run") as HTMLButtonElement | null;
  const list = document.getElementById("results");
  const summary = document.getElementById("summary");
  if (!button || !list || !summary) return;
  button.addEventListener("click", async () => {
    button.disabled = true;
    list.textContent = "";
    summary.textContent = "正在自检…";
    const app = (window as unknown as { Application?: EtApplication }).Application;
    if (!app) {
      summary.textContent = "此页面需在 WPS 表格中打开(没有找到 WPS 的 Application 对象)。";
      button.disabled = false;
      return;
    }
    const results = await runSelfTest(new WpsWorkbook(app));
    for (const r of results) {
      const item = document.createElement("li");
      item.className = r.passed ? "passed" : "failed";
      item.textContent = `${r.passed ? "通过" : "失败"}:${r.name}——${r.detail}`;
      list.appendChild(item);
    }
    const failed = results.filter((r) => !r.passed).length;
    summary.textContent =
      failed === 0
        ? `全部 ${results.length} 项通过。`
        : `${failed} 项失败,共 ${results.length} 项。`;
    button.disabled = false;
  });
}

start();
