/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { detectHost } from "../../src/taskpane/host";
import { isDarkColour, pickTheme } from "../../src/taskpane/theme";
import "./jsdomSetup";

const HostType = { Excel: "Excel", Word: "Word" };

describe("detectHost", () => {
  it("is excel only when Office says the host is Excel", () => {
    expect(detectHost({ HostType, context: { host: "Excel" } })).toBe("excel");
    expect(detectHost({ HostType, context: { host: "Word" } })).toBe("browser");
    expect(detectHost({ HostType, context: { host: null } })).toBe("browser"); // office.js in a plain browser
    expect(detectHost({ HostType })).toBe("browser");
    expect(detectHost(undefined)).toBe("browser");
    const throwing = { HostType, get context(): { host: unknown } { throw new Error("Office not ready"); } };
    expect(detectHost(throwing)).toBe("browser");
  });

  it("reads the global Office by default", () => {
    expect(detectHost()).toBe("browser");
  });
});

describe("pickTheme", () => {
  it("follows Office's body background", () => {
    expect(isDarkColour("#262626")).toBe(true);
    expect(isDarkColour("1e1e1e")).toBe(true);
    expect(isDarkColour("#000")).toBe(true);
    expect(isDarkColour("#ffffff")).toBe(false);
    expect(isDarkColour("#f3f2f1")).toBe(false);
    expect(isDarkColour("not a colour")).toBe(false);
    expect(pickTheme({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(pickTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(pickTheme(undefined)).toBe(webLightTheme);
  });
});

/**
 * Runs index.tsx afresh. It gets its own copy of React (a fresh module registry), so its renders are
 * wrapped in that copy's act; the returned act wraps later callbacks (Office.onReady) the same way.
 */
type Act = (callback: () => void) => void;
function runEntry(): Act {
  let isolatedAct!: Act;
  jest.isolateModules(() => {
    isolatedAct = require("react").act;
    isolatedAct(() => require("../../src/taskpane/index"));
  });
  return isolatedAct;
}

describe("index.tsx", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
    document.body.innerHTML = "";
  });

  it("renders straight away into #container without office.js, as a browser page in the browser's language", async () => {
    document.body.innerHTML = '<div id="container"></div>';
    const language = jest.spyOn(navigator, "language", "get").mockReturnValue("zh-CN");
    runEntry();
    expect(await screen.findByRole("heading", { name: "工会统计助手" })).toBeInTheDocument();
    expect(screen.getByText("未在 Excel 中运行")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "写入工作表" })).toBeDisabled();
    language.mockRestore();
  });

  it("waits for Office.onReady, then uses Office's language and theme inside Excel", async () => {
    document.body.innerHTML = '<div id="container"></div>';
    let ready!: () => void;
    g.Office = {
      HostType,
      context: { host: "Excel", displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626" } },
      onReady: (callback: () => void) => new Promise<void>((resolve) => (ready = () => (callback(), resolve()))),
    };
    const isolatedAct = runEntry();
    expect(screen.queryByRole("heading")).not.toBeInTheDocument();
    isolatedAct(() => ready());
    await waitFor(() => expect(screen.getByRole("heading", { name: "UnionStats" })).toBeInTheDocument());
    expect(screen.queryByText("Not running in Excel")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write to sheet" })).toBeInTheDocument();
    const provider = document.querySelector(".fui-FluentProvider") as HTMLElement;
    expect(provider.getAttribute("lang")).toBe("en-US");
  });
});
