/**
 * The ribbon handler runs with no UI: whatever happens, it must call event.completed(), and a failure must reach
 * the console rather than vanish. Office is an office-addin-mock object standing in for office.js.
 */
import { OfficeMockObject } from "office-addin-mock";

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

interface OfficeMock {
  showAsTaskpane: jest.Mock;
  associate: jest.Mock;
  onReady: jest.Mock;
}

/** Installs a mock Office global and loads src/commands/commands.ts afresh against it. */
function loadCommands(showAsTaskpane: () => Promise<void>): {
  generateReportDraft: Handler;
  mock: OfficeMock;
} {
  const mock: OfficeMock = {
    showAsTaskpane: jest.fn(showAsTaskpane),
    associate: jest.fn(),
    onReady: jest.fn((callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    }),
  };
  const office = new OfficeMockObject({
    onReady: mock.onReady,
    addin: { showAsTaskpane: mock.showAsTaskpane },
    actions: { associate: mock.associate },
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  let generateReportDraft: Handler | undefined;
  jest.isolateModules(() => {
    ({ generateReportDraft } = require("../../src/commands/commands"));
  });
  return { generateReportDraft: generateReportDraft!, mock };
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
  jest.restoreAllMocks();
});

test("the handler is associated with the manifest's FunctionName once Office is ready", () => {
  const { generateReportDraft, mock } = loadCommands(() => Promise.resolve());
  expect(mock.onReady).toHaveBeenCalledTimes(1);
  expect(mock.associate).toHaveBeenCalledWith("generateReportDraft", generateReportDraft);
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
