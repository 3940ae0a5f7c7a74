/**
 * `npm run package` (scripts/package.js) as an office's IT runs it: without ADDIN_BASE_URL it stops and says
 * what to set; with one it builds the release zip: hashed bundles, the manifest with every URL on that host and
 * the Version of package.json, the deployment guide. Built once, for the 21Vianet CDN (OFFICE_CDN=china).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { manifestVersion, releaseManifest } from "../../scripts/package";
import { OFFICE_CDNS } from "../../scripts/office-cdn";
import { cspOf, scriptSources } from "../manifest/html";

const ROOT = path.join(__dirname, "..", "..");
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  version: string;
};
const BASE = "https://addins.example.org/unionstats/";
const NAME = `unionstats-${version}`;

function packageWith(env: Record<string, string | undefined>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !["ADDIN_BASE_URL", "OFFICE_CDN"].includes(key))
  );
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/package.js")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...clean, ...env },
    timeout: 600_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every URL in the manifest's attributes and text. */
function manifestUrls(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const all = [doc.documentElement!, ...Array.from(doc.getElementsByTagName("*"))];
  return all.flatMap((e) => {
    const attributes = Array.from(e.attributes)
      .filter((a) => !a.name.startsWith("xmlns"))
      .map((a) => a.value);
    const text = Array.from(e.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => (n.nodeValue ?? "").trim());
    return [...attributes, ...text].filter((v) => /^[a-z]+:\/\//i.test(v));
  });
}

test("without ADDIN_BASE_URL it stops and says what to set, in Chinese then English", () => {
  const result = packageWith({});
  expect(result.code).toBe(1);
  expect(result.err).toContain("请设置 ADDIN_BASE_URL");
  expect(result.err).toContain("Set ADDIN_BASE_URL");
  expect(result.err.indexOf("请设置")).toBeLessThan(result.err.indexOf("Set ADDIN_BASE_URL"));
  expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
});

test("an ADDIN_BASE_URL that is not https is refused before anything is built", () => {
  const result = packageWith({ ADDIN_BASE_URL: "http://addins.example.org/unionstats/" });
  expect(result.code).toBe(1);
  expect(result.err).toContain("https");
  expect(result.err).not.toMatch(/\n\s+at /);
});

test("the manifest Version comes from package.json's version", () => {
  expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
  expect(manifestVersion("2.10.3-beta.1")).toBe("2.10.3.0");
  expect(() => manifestVersion("1.x")).toThrow(/manifest Version/);
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const out = releaseManifest(manifest, BASE, "3.4.5", "functions.0123abcd.js");
  expect(out).toContain("<Version>3.4.5.0</Version>");
  expect(out).toContain(`${BASE}functions.0123abcd.js`);
  expect(out).not.toMatch(/localhost/i);
});

describe("ADDIN_BASE_URL=https://addins.example.org/unionstats/ OFFICE_CDN=china npm run package", () => {
  let zip: JSZip;
  let entries: string[];
  let result: ReturnType<typeof packageWith>;
  const web = (file: string) => zip.file(`${NAME}/web/${file}`)!.async("string");

  beforeAll(async () => {
    result = packageWith({ ADDIN_BASE_URL: BASE, OFFICE_CDN: "china" });
    const file = path.join(ROOT, "release", `${NAME}.zip`);
    zip = await JSZip.loadAsync(fs.readFileSync(file));
    entries = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  }, 600_000);

  it("writes release/unionstats-<version>.zip and says where", () => {
    expect([result.code, result.err]).toEqual([0, expect.any(String)]);
    expect(result.out).toContain(`release/${NAME}.zip`);
  });

  it("holds the web files with hashed bundle names, the manifest and the guide", () => {
    const names = entries.map((e) => e.slice(NAME.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        "manifest.xml",
        "部署说明.md",
        "web/taskpane.html",
        "web/help.html",
        "web/functions.json",
        "web/functions.zh-CN.json",
        "web/assets/icon-32.png",
      ])
    );
    for (const bundle of ["runtime", "functions", "commands", "taskpane"])
      expect(
        names.filter((n) => new RegExp(`^web/${bundle}\\.[0-9a-f]{8}\\.js$`).test(n))
      ).toHaveLength(1);
    // Nothing unhashed, no source maps, no development manifest among the hosted files.
    expect(names.filter((n) => /\.js$/.test(n) && !/\.[0-9a-f]{8}\.js$/.test(n))).toEqual([]);
    expect(names.filter((n) => n.endsWith(".map") || n.startsWith("web/manifest"))).toEqual([]);
    expect(entries.every((e) => e.startsWith(`${NAME}/`))).toBe(true);
  });

  it("the manifest: every URL on that host and naming a file in web/, Version from package.json, no localhost", async () => {
    const manifest = await zip.file(`${NAME}/manifest.xml`)!.async("string");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`<Version>${manifestVersion(version)}</Version>`);
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    const hosted = new Set(entries.map((e) => e.slice(`${NAME}/web/`.length)));
    expect(urls.map((u) => u.slice(BASE.length)).filter((f) => !hosted.has(f))).toEqual([]);
    expect(manifest).toMatch(new RegExp(`DefaultValue="${BASE}functions\\.[0-9a-f]{8}\\.js"`));
    expect(manifest).toContain(`DefaultValue="${BASE}functions.zh-CN.json"`);
    expect(manifest).toContain(`<bt:Override Locale="en-US" Value="${BASE}functions.json"/>`);
  });

  it("taskpane.html: office.js from 21Vianet's CDN, the CSP to match, then functions, commands and the pane", async () => {
    const html = await web("taskpane.html");
    const scripts = scriptSources(html);
    expect(scripts[0]).toBe(OFFICE_CDNS.china.script);
    expect(scripts.slice(1).map((s) => s.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual([
      "runtime",
      "functions",
      "commands",
      "taskpane",
    ]);
    expect(cspOf(html)["script-src"]).toEqual(["'self'", OFFICE_CDNS.china.origin]);
    expect(html).not.toContain(OFFICE_CDNS.global.origin);
    expect(cspOf(html)["connect-src"]).toEqual(["'self'"]);
  });

  it("functions.js runs without office.js (no ReferenceError) and associates every function when it is there", async () => {
    const bundle = (name: string) => {
      const file = entries.find((e) => new RegExp(`/web/${name}\\.[0-9a-f]{8}\\.js$`).test(e))!;
      return zip.file(file)!.async("string");
    };
    const [runtime, functions] = await Promise.all([bundle("runtime"), bundle("functions")]);
    const runtimeFile = entries
      .find((e) => /\/web\/runtime\.[0-9a-f]{8}\.js$/.test(e))!
      .split("/")
      .pop();
    const page = (globals: Record<string, unknown>) => {
      // The page's document as far as webpack's runtime asks: where its own script came from.
      const document = { currentScript: { tagName: "SCRIPT", src: `${BASE}${runtimeFile}` } };
      const context = vm.createContext({ document, ...globals });
      context.self = context;
      vm.runInContext(runtime, context);
      vm.runInContext(functions, context);
    };
    expect(() => page({})).not.toThrow();
    const associated: string[] = [];
    page({ CustomFunctions: { associate: (id: string) => associated.push(id) } });
    expect(associated).toEqual(
      expect.arrayContaining(["RATE", "ORGRATE", "MEMBERRATE", "FUND", "QUOTATEXT"])
    );
  });

  it("部署说明: Chinese first with this release's host and version, then an English section", async () => {
    const guide = await zip.file(`${NAME}/部署说明.md`)!.async("string");
    expect(guide).toContain(BASE);
    expect(guide).toContain(version);
    expect(guide).not.toContain("{{");
    for (const part of [
      "nginx",
      "gzip_types text/javascript application/json;",
      "IIS",
      '<urlCompression doStaticCompression="true" />',
      "集成应用",
      "受信任的加载项目录",
      "显示在菜单中",
      "上传我的加载项",
      "世纪互联",
      "Excel 2021",
    ])
      expect([part, guide.includes(part)]).toEqual([part, true]);
    expect(guide.indexOf("# 工会统计助手 部署说明")).toBe(0);
    expect(guide.indexOf("# UnionStats deployment guide (English)")).toBeGreaterThan(
      guide.length / 2
    );
  });
});
