/**
 * Task-pane entry: waits for office.js when it is on the page, then renders the pane into #container
 * with Office's theme and display language (the pane's FluentProvider follows its language switch). Host detection lives in ./host.
 */
import { createRoot } from "react-dom/client";
import { reportStatus } from "../commands/reportStatus";
import type { WorkbookHost } from "../core/workbook";
import { ExcelWorkbook } from "../excel/excelWorkbook";
import { pickLocale } from "../i18n/locale";
import { App } from "./App";
import type { EtApplication } from "../wps/etModel";
import { WpsWorkbook } from "../wps/wpsWorkbook";
import { detectHost, type HostKind, wpsApplication } from "./host";
import { pickTheme } from "./theme";

/** The workbook behind the pane: WPS's ET model inside WPS, else Office.js (file mode replaces it later). */
function workbookFor(host: HostKind): WorkbookHost {
  return host === "wps" ? new WpsWorkbook(wpsApplication() as EtApplication) : new ExcelWorkbook();
}

function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const host = detectHost();
  const context = host === "excel" ? Office.context : undefined;
  const locale = pickLocale(context?.displayLanguage ?? navigator.language);
  createRoot(container).render(
    <App
      host={host}
      workbook={workbookFor(host)}
      locale={locale}
      ribbonStatus={reportStatus}
      theme={pickTheme(context?.officeTheme)}
    />
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => start());
} else {
  start();
}
