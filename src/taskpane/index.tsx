/**
 * Task-pane entry: waits for office.js when it is on the page, then renders the pane into #container
 * with Office's theme and display language (the pane's FluentProvider follows its language switch). Host detection lives in ./host.
 */
import { createRoot } from "react-dom/client";
import { reportStatus } from "../commands/reportStatus";
import type { WorkbookHost } from "../core/workbook";
import { pickLocale } from "../i18n/locale";
import { loadStrings } from "../i18n/strings";
import { App } from "./App";
import type { EtApplication } from "../wps/etModel";
import { DeferredWorkbook } from "./deferredWorkbook";
import { detectHost, type HostKind, wpsApplication } from "./host";
import { loadTheme } from "./theme";

/**
 * The workbook behind the pane: WPS's ET model inside WPS (its adapter loaded only there), else
 * Office.js (file mode replaces it later).
 */
async function workbookFor(host: HostKind): Promise<WorkbookHost> {
  if (host !== "wps")
    return new DeferredWorkbook(async () => {
      const { ExcelWorkbook } = await import(
        /* webpackChunkName: "excel-adapter" */ "../excel/excelWorkbook"
      );
      return new ExcelWorkbook();
    });
  const { WpsWorkbook } = await import(/* webpackChunkName: "wps" */ "../wps/wpsWorkbook");
  return new WpsWorkbook(wpsApplication() as EtApplication);
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const host = detectHost();
  const workbook = await workbookFor(host);
  const context = host === "excel" ? Office.context : undefined;
  const theme = await loadTheme(context?.officeTheme);
  const locale = pickLocale(context?.displayLanguage ?? navigator.language);
  await loadStrings(locale);
  createRoot(container).render(
    <App
      host={host}
      workbook={workbook}
      locale={locale}
      ribbonStatus={reportStatus}
      theme={theme}
    />
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => start());
} else {
  void start();
}
