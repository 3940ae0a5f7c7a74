/* global Office, console */
/**
 * Ribbon command handlers (manifest.xml: ExecuteFunction buttons). They run in the shared runtime, in the same
 * page as the task pane and the custom functions, and have no UI of their own: a handler must call
 * event.completed() on every path, or Excel keeps the button busy.
 * Handlers stay thin: the work belongs to src/excel, which they call.
 */

/**
 * "一键生成报告草稿". For now it only opens the task pane; the report issue will replace this body with a call
 * into src/excel that writes the draft onto a fresh sheet.
 */
export async function generateReportDraft(
  event: Office.AddinCommands.Event,
): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    // A ribbon handler has nowhere to show an error: log it, never drop it silently.
    console.error("无法打开任务窗格 / could not open the task pane:", error);
  } finally {
    event.completed();
  }
}

// office.js is loaded by taskpane.html; outside Office (a plain browser, tests without a mock) there is nothing
// to associate with.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("generateReportDraft", generateReportDraft);
  });
}
