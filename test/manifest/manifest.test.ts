/**
 * Offline checks of manifest.xml (`npm run validate:offline`): what Office would reject or silently mishandle, and
 * what ties the manifest to this repository (icons, the ribbon handler, the functions metadata). The online
 * validator (`npm run validate`) needs the network; these tests do not.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_TEXT = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
const DEV_ORIGIN = "https://localhost:3000";

/** Parses strictly: any parser warning or error fails the test run. */
function parseManifest(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml ${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
}

const doc = parseManifest(MANIFEST_TEXT);
const root = doc.documentElement!;

function elements(scope: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, localName));
}

function only(scope: Document | Element, ns: string, localName: string): Element {
  const found = elements(scope, ns, localName);
  expect(found.map((e) => e.localName)).toEqual([localName]);
  return found[0];
}

function children(parent: Element, ns: string, localName?: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 &&
      (n as Element).namespaceURI === ns &&
      (!localName || (n as Element).localName === localName)
  );
}

function allElements(scope: Element): Element[] {
  return [scope, ...Array.from(scope.getElementsByTagName("*"))];
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** Resources by kind, as Office resolves them: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_ITEM: Record<ResourceKind, string> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "String",
  LongStrings: "String",
};
const resources = only(root, NS.ov, "Resources");
const definitions: Record<ResourceKind, Element[]> = {
  Images: [],
  Urls: [],
  ShortStrings: [],
  LongStrings: [],
};
for (const kind of Object.keys(RESOURCE_ITEM) as ResourceKind[]) {
  for (const section of children(resources, NS.bt, kind))
    definitions[kind].push(...children(section, NS.bt, RESOURCE_ITEM[kind]));
}
const allDefinitions = Object.values(definitions).flat();

/** Every element that points at a resource, and the kind of resource its element name requires. */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  Tooltip: "LongStrings",
};
const references = allElements(root).filter((e) => e.hasAttribute("resid"));

function resource(resid: string): Element {
  const found = allDefinitions.filter((d) => d.getAttribute("id") === resid);
  expect(found).toHaveLength(1);
  return found[0];
}

function resolve(element: Element): string {
  return resource(element.getAttribute("resid")!).getAttribute("DefaultValue")!;
}

function override(definition: Element, locale: string): string | undefined {
  const o = children(definition, NS.bt, "Override").find(
    (e) => e.getAttribute("Locale") === locale
  );
  return o?.getAttribute("Value") ?? undefined;
}

/** Every URL in the manifest: attribute values and text that start with a scheme, except namespace declarations. */
const urls = allElements(root).flatMap((e) => {
  const values = Array.from(e.attributes)
    .filter((a) => a.name !== "xmlns" && !a.name.startsWith("xmlns:"))
    .map((a) => a.value);
  const text = Array.from(e.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => (n.nodeValue ?? "").trim());
  return [...values, ...text].filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
});
const devUrls = urls.filter((u) => new URL(u).hostname === "localhost");

const HAN = /\p{Script=Han}/u;

describe("identity", () => {
  test("the Id is a GUID and the add-in is a task-pane add-in for Excel (Workbook)", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(only(root, NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(
      children(only(root, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"))
    ).toEqual(["Workbook"]);
    expect(only(root, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("Chinese first: zh-CN is the default locale, with an en-US name and description", () => {
    expect(only(root, NS.app, "DefaultLocale").textContent).toBe("zh-CN");
    const displayName = only(root, NS.app, "DisplayName");
    expect(displayName.getAttribute("DefaultValue")).toBe("工会统计助手");
    const enName = children(displayName, NS.app, "Override").find(
      (o) => o.getAttribute("Locale") === "en-US"
    );
    expect(enName?.getAttribute("Value")).toBe("UnionStats");
    const description = only(root, NS.app, "Description");
    expect(description.getAttribute("DefaultValue")).toMatch(HAN);
    expect(description.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
    const enDescription = children(description, NS.app, "Override").find(
      (o) => o.getAttribute("Locale") === "en-US"
    );
    expect(enDescription?.getAttribute("Value")).toBeTruthy();
  });
});

describe("resources", () => {
  test("the manifest references resources and defines them", () => {
    expect(references.length).toBeGreaterThan(10);
    expect(allDefinitions.length).toBeGreaterThan(10);
  });

  test.each(references.map((r) => [`${r.localName} → ${r.getAttribute("resid")}`, r] as const))(
    "%s is defined exactly once, as a resource of the kind it needs",
    (_, reference) => {
      const resid = reference.getAttribute("resid")!;
      expect(resid.length).toBeLessThanOrEqual(32);
      const kind: ResourceKind | undefined = REFERENCE_KIND[reference.localName ?? ""];
      expect(kind).toBeDefined();
      const matches = allDefinitions.filter((d) => d.getAttribute("id") === resid);
      expect(matches).toHaveLength(1);
      expect(definitions[kind!]).toContain(matches[0]);
    }
  );

  test("every defined resource is referenced (no orphans) and ids are unique", () => {
    const ids = allDefinitions.map((d) => d.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = new Set(references.map((r) => r.getAttribute("resid")));
    expect(ids.filter((id) => !referenced.has(id))).toEqual([]);
  });

  test.each(
    [...definitions.ShortStrings, ...definitions.LongStrings].map(
      (d) => [d.getAttribute("id"), d] as const
    )
  )(
    "string %s is Chinese by default, has an en-US override, and fits its length limit",
    (id, definition) => {
      const limit = definitions.ShortStrings.includes(definition) ? 125 : 250;
      const zh = definition.getAttribute("DefaultValue")!;
      const en = override(definition, "en-US");
      expect(en).toBeTruthy();
      expect(zh.length).toBeLessThanOrEqual(limit);
      expect(en!.length).toBeLessThanOrEqual(limit);
      if (id === "Functions.Namespace") {
        // The namespace is typed in formulas (=UNION.ORGRATE): ASCII, and the same in every locale.
        expect([zh, en]).toEqual(["UNION", "UNION"]);
      } else {
        expect(zh).toMatch(HAN);
      }
    }
  );
});

describe("URLs", () => {
  test("every URL is https", () => {
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => new URL(u).protocol !== "https:")).toEqual([]);
  });

  test("every localhost URL is on the dev server, port 3000", () => {
    expect(devUrls.length).toBeGreaterThanOrEqual(3);
    expect(devUrls.filter((u) => new URL(u).origin !== DEV_ORIGIN)).toEqual([]);
  });

  test("every localhost URL names a file the build writes to dist/", () => {
    const built =
      /^\/(taskpane\.html|help\.html|functions\.js|functions\.json|functions\.zh-CN\.json|assets\/[a-z0-9-]+\.png)$/;
    expect(devUrls.map((u) => new URL(u).pathname).filter((p) => !built.test(p))).toEqual([]);
    expect(fs.existsSync(path.join(ROOT, "src", "functions", "functions.zh-CN.json"))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "assets", "help.html"))).toBe(true);
  });

  test.each([...new Set(devUrls.filter((u) => u.endsWith(".png")))])(
    "icon %s exists in assets/ at the size its name claims",
    (url) => {
      const file = path.join(ROOT, decodeURIComponent(new URL(url).pathname));
      expect(path.dirname(file)).toBe(path.join(ROOT, "assets"));
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      expect(png.subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      );
      expect(png.toString("ascii", 12, 16)).toBe("IHDR");
      const size = Number(/-(\d+)\.png$/.exec(file)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  );

  test("icon slots get images of their declared size", () => {
    const slots = elements(root, NS.bt, "Image").filter((e) => e.hasAttribute("resid"));
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots)
      expect(resolve(slot)).toMatch(new RegExp(`-${slot.getAttribute("size")}\\.png$`));
  });
});

describe("shared runtime and custom functions", () => {
  const host = children(only(root, NS.ov, "Hosts"), NS.ov, "Host").find(
    (h) => xsiType(h) === "Workbook"
  )!;
  const customFunctions = elements(host, NS.ov, "ExtensionPoint").filter(
    (e) => xsiType(e) === "CustomFunctions"
  );

  test("SharedRuntime 1.1 and CustomFunctionsRuntime 1.1 are required", () => {
    const sets = only(only(root, NS.app, "Requirements"), NS.app, "Sets");
    const minVersion = (name: string) => {
      const set = children(sets, NS.app, "Set").find((s) => s.getAttribute("Name") === name);
      return set && (set.getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion"));
    };
    expect(minVersion("SharedRuntime")).toBe("1.1");
    expect(minVersion("CustomFunctionsRuntime")).toBe("1.1");
  });

  test("one long-lived runtime, which is also the function file and the custom functions page", () => {
    expect(host).toBeDefined();
    const runtimes = elements(host, NS.ov, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtime = runtimes[0].getAttribute("resid");
    expect(runtime).toBe("Taskpane.Url");
    expect(only(host, NS.ov, "FunctionFile").getAttribute("resid")).toBe(runtime);
    expect(customFunctions).toHaveLength(1);
    const page = only(only(customFunctions[0], NS.ov, "Page"), NS.ov, "SourceLocation");
    expect(page.getAttribute("resid")).toBe(runtime);
    expect(resolve(runtimes[0])).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test("custom functions: namespace UNION, functions.js, the Chinese metadata by default and the English for en-US", () => {
    const point = customFunctions[0];
    expect(point.parentNode && (point.parentNode as Element).localName).toBe("AllFormFactors");
    expect(resolve(only(point, NS.ov, "Namespace"))).toBe("UNION");
    expect(resolve(only(only(point, NS.ov, "Script"), NS.ov, "SourceLocation"))).toBe(
      `${DEV_ORIGIN}/functions.js`
    );
    const metadata = resource(
      only(only(point, NS.ov, "Metadata"), NS.ov, "SourceLocation").getAttribute("resid")!
    );
    // The pattern of every other string: DefaultLocale zh-CN as the default, en-US as the override. An
    // override for the default locale itself is not allowed ("Localization for Office Add-ins").
    expect(metadata.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/functions.zh-CN.json`);
    expect(override(metadata, "en-US")).toBe(`${DEV_ORIGIN}/functions.json`);
    expect(children(metadata, NS.bt, "Override").map((o) => o.getAttribute("Locale"))).toEqual([
      "en-US",
    ]);
  });
});

describe("ribbon", () => {
  const buttons = elements(root, NS.ov, "Control").filter((c) => xsiType(c) === "Button");
  const action = (button: Element) => only(button, NS.ov, "Action");

  test("a custom tab 工会统计 with one group of two buttons", () => {
    const tab = only(root, NS.ov, "CustomTab");
    expect(resolve(children(tab, NS.ov, "Label")[0])).toBe("工会统计");
    const groups = children(tab, NS.ov, "Group");
    expect(groups).toHaveLength(1);
    expect(resolve(children(groups[0], NS.ov, "Label")[0])).toBe("工会统计");
    expect(children(groups[0], NS.ov, "Control")).toEqual(buttons);
    expect(buttons.map((b) => resolve(children(b, NS.ov, "Label")[0]))).toEqual([
      "打开助手",
      "一键生成报告草稿",
    ]);
  });

  test("every button has a supertip and 16/32/80 icons", () => {
    for (const button of buttons) {
      const supertip = only(button, NS.ov, "Supertip");
      expect(resolve(only(supertip, NS.ov, "Title"))).toMatch(HAN);
      expect(resolve(only(supertip, NS.ov, "Description"))).toMatch(HAN);
      const sizes = elements(only(button, NS.ov, "Icon"), NS.bt, "Image").map((i) =>
        i.getAttribute("size")
      );
      expect(sizes).toEqual(["16", "32", "80"]);
    }
  });

  test("打开助手 shows the task pane from the runtime page, with no TaskpaneId (one pane under the shared runtime)", () => {
    const show = action(buttons[0]);
    expect(xsiType(show)).toBe("ShowTaskpane");
    expect(elements(root, NS.ov, "TaskpaneId")).toEqual([]);
    expect(only(show, NS.ov, "SourceLocation").getAttribute("resid")).toBe("Taskpane.Url");
  });

  test("一键生成报告草稿 runs generateReportDraft, which src/commands/commands.ts associates", () => {
    const execute = action(buttons[1]);
    expect(xsiType(execute)).toBe("ExecuteFunction");
    const name = only(execute, NS.ov, "FunctionName").textContent;
    expect(name).toBe("generateReportDraft");
    const commands = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toContain(`Office.actions.associate("${name}"`);
  });

  test("GetStarted has a title, a description and a https learn-more link", () => {
    const getStarted = only(root, NS.ov, "GetStarted");
    expect(resolve(only(getStarted, NS.ov, "Title"))).toMatch(HAN);
    expect(resolve(only(getStarted, NS.ov, "Description"))).toMatch(HAN);
    expect(new URL(resolve(only(getStarted, NS.ov, "LearnMoreUrl"))).protocol).toBe("https:");
  });
});
