/* global Office, Excel, console */
/**
 * Ribbon command handlers (manifest.xml: ExecuteFunction buttons). They run in the shared runtime, in
 * the same page as the task pane and the custom functions, and have no UI of their own: a handler
 * must call event.completed() on every path, or Excel keeps the button busy.
 * Handlers stay thin: the work belongs to src/excel, which they call.
 *
 * How a handler reports to the user: it opens the task pane (Office.addin.showAsTaskpane, which the
 * shared runtime provides) and records progress and the outcome, failure included, in the
 * reportStatus store, which the pane shows. Excel has no notification-message API for add-ins
 * (Office's NotificationMessages are Outlook's), and a dialog would be a second page to load for one
 * line of text. Failures also go to the console, for whoever debugs; the user reads them in the pane.
 */
import type { ExcelRun } from "../excel/excelWorkbook";
import type { PlanExtra } from "../excel/addSheetWithPlan";
import type { ReportOutcome, ReportStep } from "../excel/generateReport";
import { reportStatus, type ReportStatus, type ReportStatusStore } from "./reportStatus";

const STEP_MESSAGES: Record<ReportStep, string> = {
  reading: "正在读取工作簿中的台账…",
  composing: "正在生成报告草稿…",
  writing: "正在写入新的工作表…",
};

const EXTRA_NAMES: Record<PlanExtra, string> = {
  charts: "图表",
  tables: "表格",
  validations: "下拉列表",
  freeze: "冻结窗格",
  page: "页面设置",
};

/** What the user is told when the draft is written. */
export function doneMessage(outcome: ReportOutcome): string {
  let text =
    `已生成工作表"${outcome.sheetName}"(${outcome.year}年):${outcome.formulas} 个公式,` +
    `数据核对发现 ${outcome.findings} 处需要核实。`;
  if (outcome.skipped.length > 0)
    text += `此版本的 Excel 不支持${outcome.skipped.map((e) => EXTRA_NAMES[e]).join("、")},已略过。`;
  return text;
}

function errorOf(error: unknown): { message: string; code?: string } {
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  const text = typeof message === "string" && message !== "" ? message : String(error);
  return typeof code === "string" ? { message: text, code } : { message: text };
}

export interface ReportDraftOptions {
  /** Default: Excel.run. */
  run?: ExcelRun;
  /** Default: the page's reportStatus. */
  store?: ReportStatusStore;
}

/**
 * Drafts the report on a fresh sheet and records every step and the outcome in the store; resolves
 * with the final status, never rejects (a failure is recorded as "failed" with Excel's message).
 * While a run is under way another call returns its status instead of starting a second draft.
 * The pane may call this too.
 */
export async function runReportDraft(options: ReportDraftOptions = {}): Promise<ReportStatus> {
  const store = options.store ?? reportStatus;
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  if (store.get().state === "running") return store.get();
  const progress = (step: ReportStep) => {
    if (store.get().step !== step)
      store.set({ state: "running", step, message: STEP_MESSAGES[step] });
  };
  progress("reading");
  try {
    // The report engine loads on the first click, not with the page: the pane's first paint needs none of it.
    const { generateReport } = await import(
      /* webpackChunkName: "report-engine" */ "../excel/generateReport"
    );
    const outcome = await run((context) => generateReport(context, { onProgress: progress }));
    store.set({ state: "done", message: doneMessage(outcome), outcome });
  } catch (error) {
    console.error("生成报告草稿失败 / could not draft the report:", error);
    const failure = errorOf(error);
    store.set({ state: "failed", message: `生成报告草稿失败:${failure.message}`, error: failure });
  }
  return store.get();
}

/** Opens the pane, where the run's progress and outcome show; if it cannot open, says so in the console. */
async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.error("无法打开任务窗格 / could not open the task pane:", error);
  }
}

/** "一键生成报告草稿": the year's report draft on a new sheet (报告草稿, 报告草稿 (2) …). */
export async function generateReportDraft(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const drafting = runReportDraft(); // "running" is recorded at once, before the pane mounts
    await showPane();
    await drafting;
  } finally {
    event.completed();
  }
}

// Associated when this module loads, not inside Office.onReady: a first ribbon click that starts the runtime
// reaches only handlers already associated, and waiting for onReady loses it (OfficeDev/office-js#5176, with
// FunctionFile = the task pane page as here). Office.actions exists as soon as office.js has loaded
// (https://learn.microsoft.com/javascript/api/office/office.actions#office-office-actions-associate-member(1);
// "Configure your Office Add-in to use a shared runtime",
// https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
// office.js is loaded by taskpane.html; outside Office (a plain browser, office.js unreachable, tests without
// a mock) there is nothing to associate with.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("generateReportDraft", generateReportDraft);
}
