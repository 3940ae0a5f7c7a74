/**
 * The ribbon handler runs with no UI: whatever happens, it must call event.completed(), and a failure must reach
 * the user (the status store the pane shows) and the console rather than vanish. Office is an office-addin-mock
 * object standing in for office.js; Excel is the adapter's fake.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ReportStatus, ReportStatusStore } from "../../src/commands/reportStatus";
import { FakeExcel } from "../excel/fakeExcel";
import { sampleExcel } from "../excel/sampleExcel";

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

interface OfficeMock {
  showAsTaskpane: jest.Mock;
  associate: jest.Mock;
  onReady: jest.Mock;
}

/** Installs an Excel global over a fake workbook (the sample street union's, by default). */
function installExcel(excel: FakeExcel = sampleExcel().excel): FakeExcel {
  (globalThis as unknown as { Excel: unknown }).Excel = { run: excel.run };
  return excel;
}

/**
 * Installs a mock Office global (and, unless one is there, a fake Excel) and loads src/commands/commands.ts
 * afresh against them, with the status store of that same load.
 */
function loadCommands(showAsTaskpane: () => Promise<void>): {
  generateReportDraft: Handler;
  runReportDraft: () => Promise<ReportStatus>;
  status: ReportStatusStore;
  mock: OfficeMock;
} {
  if (!(globalThis as { Excel?: unknown }).Excel) installExcel();
  const mock: OfficeMock = {
    showAsTaskpane: jest.fn(showAsTaskpane),
    associate: jest.fn(),
    // Office.onReady that never calls back: nothing in commands.ts may wait for it.
    onReady: jest.fn(() => new Promise(() => undefined)),
  };
  const office = new OfficeMockObject({
    onReady: mock.onReady,
    addin: { showAsTaskpane: mock.showAsTaskpane },
    actions: { associate: mock.associate },
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  let loaded:
    { generateReportDraft: Handler; runReportDraft: () => Promise<ReportStatus> } | undefined;
  let status: ReportStatusStore | undefined;
  jest.isolateModules(() => {
    loaded = require("../../src/commands/commands");
    ({ reportStatus: status } = require("../../src/commands/reportStatus"));
  });
  return { ...loaded!, status: status!, mock };
}

function commandEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return {
    completed: jest.fn(),
    source: { id: "UnionStats.ReportButton" },
  } as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

test("the handler is associated with the manifest's FunctionName as the module loads, before Office.onReady", () => {
  const { generateReportDraft, mock } = loadCommands(() => Promise.resolve());
  expect(mock.onReady).not.toHaveBeenCalled();
  expect(mock.associate).toHaveBeenCalledTimes(1);
  expect(mock.associate).toHaveBeenCalledWith("generateReportDraft", generateReportDraft);
});

test("without office.js the module loads without error and associates nothing", () => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  jest.isolateModules(() => {
    expect(() => require("../../src/commands/commands")).not.toThrow();
  });
});

test("on success it opens the task pane and completes the event once", async () => {
  const { generateReportDraft, mock } = loadCommands(() => Promise.resolve());
  const event = commandEvent();
  await generateReportDraft(event);
  expect(mock.showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("when the task pane cannot open, it logs the error and still completes the event", async () => {
  const failure = new Error("showAsTaskpane failed");
  const { generateReportDraft } = loadCommands(() => Promise.reject(failure));
  const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const event = commandEvent();
  await generateReportDraft(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(consoleError).toHaveBeenCalledWith(expect.any(String), failure);
});

test("when showAsTaskpane throws synchronously, it still completes the event", async () => {
  const { generateReportDraft } = loadCommands(() => {
    throw new Error("Office.addin is not available");
  });
  const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const event = commandEvent();
  await generateReportDraft(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(consoleError).toHaveBeenCalledTimes(1);
});

test("without an Office global (a plain browser) the module loads without touching Office", () => {
  let loaded: { generateReportDraft?: Handler } = {};
  jest.isolateModules(() => {
    loaded = require("../../src/commands/commands");
  });
  expect(typeof loaded.generateReportDraft).toBe("function");
});

describe("the report draft from the ribbon", () => {
  test("writes 报告草稿 on the workbook, records the outcome and completes the event", async () => {
    const excel = installExcel();
    const { generateReportDraft, status, mock } = loadCommands(() => Promise.resolve());
    const seen: ReportStatus[] = [];
    status.subscribe(() => seen.push(status.get()));
    const event = commandEvent();
    await generateReportDraft(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(mock.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(excel.sheet("报告草稿").get(0, 0)?.value).toMatch(/工作总结（草稿）$/);
    expect(excel.activeSheet).toBe("报告草稿");
    expect(seen.map((s) => s.step ?? s.state)).toEqual(["reading", "composing", "writing", "done"]);
    const done = status.get();
    expect(done.state).toBe("done");
    expect(done.outcome).toMatchObject({ sheetName: "报告草稿", skipped: [] });
    expect(done.outcome!.formulas).toBeGreaterThan(0);
    expect(done.message).toMatch(
      /^已生成工作表"报告草稿"\(\d{4}年\):\d+ 个公式,数据核对发现 \d+ 处需要核实。$/
    );
  });

  test("a second run gives 报告草稿 (2)", async () => {
    const excel = installExcel();
    const { generateReportDraft, status } = loadCommands(() => Promise.resolve());
    await generateReportDraft(commandEvent());
    const event = commandEvent();
    await generateReportDraft(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(status.get().outcome?.sheetName).toBe("报告草稿 (2)");
    expect(excel.sheets.has("报告草稿")).toBe(true);
    expect(excel.sheets.has("报告草稿 (2)")).toBe(true);
  });

  test("when Excel fails, it completes the event and records Excel's message for the pane", async () => {
    const excel = installExcel();
    excel.failSync(2, Object.assign(new Error("工作簿已被保护"), { code: "AccessDenied" }));
    const { generateReportDraft, status } = loadCommands(() => Promise.resolve());
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = commandEvent();
    await generateReportDraft(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(status.get()).toEqual({
      state: "failed",
      message: "生成报告草稿失败:工作簿已被保护",
      error: { message: "工作簿已被保护", code: "AccessDenied" },
    });
    expect(consoleError).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ code: "AccessDenied" })
    );
    expect([...excel.sheets.keys()].some((n) => n.startsWith("报告草稿"))).toBe(false);
  });

  test("when the pane cannot open and Excel is missing, both are reported and the event completes", async () => {
    const { generateReportDraft, status } = loadCommands(() =>
      Promise.reject(new Error("no pane"))
    );
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = commandEvent();
    await generateReportDraft(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledTimes(2);
    expect(status.get().state).toBe("failed");
    expect(status.get().message).toMatch(/^生成报告草稿失败:.*Excel/);
  });

  test("a click while a draft is under way starts no second one", async () => {
    const excel = installExcel();
    const { generateReportDraft, runReportDraft, status } = loadCommands(() => Promise.resolve());
    const first = runReportDraft();
    const event = commandEvent();
    await generateReportDraft(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    await first;
    expect(status.get().state).toBe("done");
    expect([...excel.sheets.keys()].filter((n) => n.startsWith("报告草稿"))).toEqual(["报告草稿"]);
  });
});
