/** Host detection sees WPS 表格 by its `Application` global, and tells it from Excel, WPS 文字 and a browser. */
import { detectHost } from "../../src/taskpane/host";

const HostType = { Excel: "Excel" };
const et = { CreateTaskPane: () => ({}), Workbooks: { Count: 1 } };

describe("detectHost with WPS", () => {
  it("is wps when the page has WPS 表格's Application", () => {
    expect(detectHost(undefined, et)).toBe("wps");
    expect(detectHost({ HostType, context: { host: null } }, et)).toBe("wps"); // office.js loaded but not in Office
  });

  it("prefers Excel, and is browser for WPS 文字, a stray global or a throwing one", () => {
    expect(detectHost({ HostType, context: { host: "Excel" } }, et)).toBe("excel");
    expect(detectHost(undefined, { CreateTaskPane: () => ({}), Documents: {} })).toBe("browser");
    expect(detectHost(undefined, "Application")).toBe("browser");
    const throwing = {
      get CreateTaskPane(): unknown {
        throw new Error("COM");
      },
    };
    expect(detectHost(undefined, throwing)).toBe("browser");
    expect(detectHost(undefined, undefined)).toBe("browser");
  });
});
