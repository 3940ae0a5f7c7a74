/**
 * The ribbon callbacks with a fake WPS root: 打开助手 opens one pane and shows it again, 一键生成报告草稿
 * writes the draft without the pane and says so, a failure is said too (never swallowed), and the
 * hidden page's script defines every callback ribbon.xml names and registers the UNION.* functions.
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { ribbonCallbacks, runReport } from "../../src/wps/ribbon";
import { WpsWorkbook } from "../../src/wps/wpsWorkbook";
import { reopen, sampleBytes } from "../file/helpers";
import { fakeFromExcelJS } from "./excelJsFake";
import { FakeWpsRoot } from "./fakeRoot";

function deps(app: FakeWpsRoot) {
  const said: string[] = [];
  const logged: unknown[] = [];
  return {
    said,
    logged,
    deps: {
      app,
      baseUrl: "https://addins.example.org/unionstats/",
      say: (m: string) => void said.push(m),
      log: (_m: string, e: unknown) => void logged.push(e),
    },
  };
}

/** The sample street union's workbook opened in the fake WPS. */
async function sampleRoot(): Promise<FakeWpsRoot> {
  const loaded = fakeFromExcelJS(await reopen(sampleBytes()));
  const root = new FakeWpsRoot();
  root.workbook = loaded.workbook;
  (loaded.workbook as unknown as { app: FakeWpsRoot }).app = root;
  return root;
}

describe("ribbon callbacks", () => {
  it("打开助手 creates the pane once, docked right, and shows the same pane again", () => {
    const app = new FakeWpsRoot();
    const { deps: d } = deps(app);
    const ribbon = ribbonCallbacks(d);
    expect(ribbon.OnAddinLoad()).toBe(true);
    ribbon.OnAction({ Id: "btnOpenPane" });
    expect(app.panes).toEqual([
      expect.objectContaining({
        url: "https://addins.example.org/unionstats/taskpane.html",
        Visible: true,
        DockPosition: 2,
      }),
    ]);
    app.panes[0].Visible = false; // the user closed it
    ribbon.OnAction({ Id: "btnOpenPane" });
    expect(app.panes).toHaveLength(1);
    expect(app.panes[0].Visible).toBe(true);
    ribbon.OnAction({ Id: "btnSelfTest" });
    expect(app.panes[1].url).toBe("https://addins.example.org/unionstats/selftest.html");
    expect(ribbon.GetImage({ Id: "btnReport" })).toBe("assets/report-32.png");
  });

  it("一键生成报告草稿 writes 报告草稿 from the sample workbook without the pane and says what it did", async () => {
    const app = await sampleRoot();
    const { deps: d, said } = deps(app);
    const message = await runReport(d);
    expect(message).toMatch(
      /^已生成工作表“报告草稿”\(\d{4}年\):\d+ 个公式,数据核对发现 \d+ 处需要核实。$/
    );
    expect(said).toEqual([message]);
    expect(app.workbook!.sheet("报告草稿").cells.size).toBeGreaterThan(20);
    expect(app.panes).toHaveLength(0);
    await runReport(d);
    expect(app.ActiveSheet?.Name).toBe("报告草稿 (2)");
  });

  it("a damaged saved setting does not stop the report: it is drafted and the setting is named", async () => {
    const app = await sampleRoot();
    await new WpsWorkbook(app).setSetting("unionstats.ledgers", [1]);
    app.workbook!.sheet("UnionStats设置").Range("B1").Value2 = "[1,";
    const { deps: d, logged } = deps(app);
    const message = await runReport(d);
    expect(message).toMatch(/^已生成工作表“报告草稿”/);
    expect(message).toContain(
      "\n注意：工作簿中保存的设置“unionstats.ledgers”无法读取（UnionStats设置 工作表被改动过？），已忽略。"
    );
    expect(logged).toHaveLength(0);
  });

  it("a failure is said in a sentence and logged, not swallowed", async () => {
    const app = new FakeWpsRoot();
    app.workbook = null;
    const { deps: d, said, logged } = deps(app);
    await runReport(d);
    expect(said).toEqual(["生成报告草稿失败:WPS 中没有打开的工作簿,请先打开台账所在的工作簿。"]);
    expect(logged).toHaveLength(1);
  });
});

describe("the hidden page's script", () => {
  it("defines every callback ribbon.xml names and registers the 16 functions", () => {
    const registered: string[] = [];
    const app = new FakeWpsRoot();
    Object.assign(window, {
      Application: app,
      wps: {
        AddCustomFunction: (ns: string, name: string) => void registered.push(`${ns}.${name}`),
      },
    });
    jest.isolateModules(() => {
      require("../../src/wps/addin");
    });
    const xml = fs.readFileSync(path.join(__dirname, "../../src/wps/ribbon.xml"), "utf8");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const names = new Set<string>();
    const visit = (node: {
      attributes?: ArrayLike<{ name: string; value: string }>;
      childNodes?: ArrayLike<unknown>;
    }) => {
      for (const attr of Array.from(node.attributes ?? []))
        if (/^(on[A-Z]|get[A-Z])/.test(attr.name)) names.add(attr.value);
      for (const child of Array.from(node.childNodes ?? [])) visit(child as typeof node);
    };
    visit(doc.documentElement as unknown as Parameters<typeof visit>[0]);
    expect([...names].sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad"]);
    for (const name of names)
      expect(typeof (window as unknown as Record<string, unknown>)[name]).toBe("function");
    expect(registered).toHaveLength(16);
    expect(registered).toContain("UNION.ORGRATE");
    (window as unknown as { OnAction(c: { Id: string }): void }).OnAction({ Id: "btnOpenPane" });
    expect(app.panes[0].url).toBe("http://localhost/taskpane.html");
  });
});
