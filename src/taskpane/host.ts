/* global Office */
/**
 * The one place that asks "are we inside Excel or in a plain browser?". office.js may be absent
 * (tests, a page opened directly) or present but outside Office (its host is then null).
 */
export type HostKind = "excel" | "browser";

type OfficeLike = {
  context?: { host?: unknown };
  HostType?: { Excel?: unknown };
};

/** The global Office when office.js is on the page. */
function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

export function detectHost(office: OfficeLike | undefined = officeGlobal()): HostKind {
  try {
    const excel = office?.HostType?.Excel;
    return excel !== undefined && office?.context?.host === excel ? "excel" : "browser";
  } catch {
    return "browser"; // Office.context can throw before office.js has initialised
  }
}
