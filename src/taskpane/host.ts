/* global Office */
/**
 * The one place that asks "where is the pane running?": inside Excel (office.js, host Excel), inside
 * WPS 表格 (WPS gives its pages a global `Application`, the ET object model, with a workbook API), or
 * in a plain browser. office.js may be absent (tests, a page opened directly, the WPS build) or present
 * but outside Office (its host is then null).
 */
export type HostKind = "excel" | "wps" | "browser";

type OfficeLike = {
  context?: { host?: unknown };
  HostType?: { Excel?: unknown };
};

/** The global Office when office.js is on the page. */
function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

/** WPS's `window.Application` when the page runs inside WPS. */
export function wpsApplication(scope: object = globalThis): unknown {
  return (scope as { Application?: unknown }).Application;
}

/** An ET application: WPS 表格's, with workbooks and task panes (not WPS 文字's or a stray global). */
function isWpsSpreadsheet(app: unknown): boolean {
  if (typeof app !== "object" || app === null) return false;
  try {
    const candidate = app as { CreateTaskPane?: unknown; Workbooks?: unknown };
    return typeof candidate.CreateTaskPane === "function" && candidate.Workbooks !== undefined;
  } catch {
    return false; // a COM object may throw on a member it lacks
  }
}

export function detectHost(
  office: OfficeLike | undefined = officeGlobal(),
  app: unknown = wpsApplication()
): HostKind {
  try {
    const excel = office?.HostType?.Excel;
    if (excel !== undefined && office?.context?.host === excel) return "excel";
  } catch {
    // Office.context can throw before office.js has initialised: not Excel, so look further.
  }
  return isWpsSpreadsheet(app) ? "wps" : "browser";
}
