/**
 * The ribbon of the WPS edition (ribbon.xml, tab 工会统计): the callbacks WPS calls by name on the
 * add-in's hidden index.html page — OnAddinLoad when it loads the add-in, OnAction for a button,
 * GetImage for a button's icon. See Kingsoft's add-in guide (https://open.wps.cn/previous/docs/client/wpsLoad)
 * and the ET template of the wpsjs package (ribbon.xml, js/ribbon.js).
 *
 * The pane is a page WPS opens with CreateTaskPane; its id is kept in PluginStorage (shared by the
 * add-in's pages while WPS runs, never saved) so the button shows the same pane again instead of
 * opening a second. The report runs here, without the pane, as the Excel ribbon's does, and says
 * how it went in a message box: WPS pages have no notification API, and the pane may be closed.
 */
import { draftReport } from "../core/report/draftReport";
import type { EtApplication } from "./etModel";
import { WpsWorkbook } from "./wpsWorkbook";

/** What the ribbon needs of WPS's `Application` beyond the ET model. */
export interface TaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Width: number;
}

export interface WpsAddinRoot extends EtApplication {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane | null | undefined;
  readonly PluginStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string | number | boolean): void;
  };
}

export const BUTTONS = {
  openPane: "btnOpenPane",
  report: "btnReport",
  selfTest: "btnSelfTest",
} as const;

const PANE_KEY = "unionstats.taskpaneId";
const SELFTEST_KEY = "unionstats.selftestId";
/** msoCTPDockPositionRight: the pane docks on the right, as Excel's does. */
const DOCK_RIGHT = 2;
const PANE_WIDTH = 380;

export interface RibbonDeps {
  app: WpsAddinRoot;
  /** The folder the add-in is served from, ending in "/". */
  baseUrl: string;
  /** Tells the user something (WPS shows window.alert as its own message box). */
  say: (message: string) => void;
  /** For whoever debugs (the browser's console). */
  log?: (message: string, error: unknown) => void;
}

/** Shows the pane kept under `key`, creating it the first time (or when WPS has forgotten it). */
export function showPane(deps: RibbonDeps, page: string, key = PANE_KEY): TaskPane {
  const { app } = deps;
  const kept = Number(app.PluginStorage.getItem(key));
  const existing = Number.isInteger(kept) && kept > 0 ? app.GetTaskPane(kept) : undefined;
  const pane = existing ?? app.CreateTaskPane(`${deps.baseUrl}${page}`, "工会统计助手");
  if (!existing) {
    app.PluginStorage.setItem(key, pane.ID);
    pane.DockPosition = DOCK_RIGHT;
    pane.Width = PANE_WIDTH;
  }
  pane.Visible = true;
  return pane;
}

/** "一键生成报告草稿": the draft on a fresh sheet (报告草稿, 报告草稿 (2)…), the same core run as the pane's. */
export async function runReport(deps: RibbonDeps): Promise<string> {
  try {
    if (!deps.app.ActiveWorkbook)
      throw new Error("WPS 中没有打开的工作簿,请先打开台账所在的工作簿。");
    const host = new WpsWorkbook(deps.app);
    const result = await draftReport(host);
    const message =
      `已生成工作表“${result.sheetName}”(${result.year}年):${result.formulas} 个公式,` +
      `数据核对发现 ${result.draft.findings.length} 处需要核实。` +
      host.notices.map((n) => `\n注意：${n.zh}`).join("");
    deps.say(message);
    return message;
  } catch (error) {
    deps.log?.("生成报告草稿失败 / could not draft the report:", error);
    const message = `生成报告草稿失败:${error instanceof Error ? error.message : String(error)}`;
    deps.say(message);
    return message;
  }
}

/** The callbacks ribbon.xml names, bound to one WPS application. */
export function ribbonCallbacks(deps: RibbonDeps) {
  return {
    OnAddinLoad(): boolean {
      return true;
    },
    OnAction(control: { Id: string }): void {
      switch (control.Id) {
        case BUTTONS.openPane:
          showPane(deps, "taskpane.html");
          return;
        case BUTTONS.report:
          void runReport(deps);
          return;
        case BUTTONS.selfTest:
          showPane(deps, "selftest.html", SELFTEST_KEY);
          return;
        default:
          deps.say(`未知的按钮:${control.Id}`);
      }
    },
    GetImage(control: { Id: string }): string {
      return control.Id === BUTTONS.report ? "assets/report-32.png" : "assets/icon-32.png";
    },
  };
}
