/**
 * The WPS edition's build and release: dist-wps/ (npm test builds it with `npm run build:wps`) holds a
 * well-formed ribbon.xml that starts as WPS's publish check expects, and its pages; `package:wps` turns it
 * into the .7z with the unionstats_<version>/ folder, a jsplugins.xml naming that build, the oem.ini lines and
 * publish.html, all pointing at ADDIN_BASE_URL; without ADDIN_BASE_URL it refuses with a sentence.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { tempDir } from "../file/helpers";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist-wps");
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
  .version as string;
const BASE = "http://oa.example.org/unionstats/";

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "ribbon.xml")))
    throw new Error("dist-wps/ is missing: run `npm run build:wps` first (npm test does)");
});

describe("npm run build:wps", () => {
  it("writes the online add-in: ribbon.xml, the hidden page, the pane, the self-test and icons", () => {
    const ribbon = fs.readFileSync(path.join(DIST, "ribbon.xml"), "utf8");
    expect(ribbon.startsWith("<customUI")).toBe(true); // what WPS's publish page checks an online add-in by
    const doc = parse(ribbon);
    expect(doc.documentElement!.getAttribute("onLoad")).toBe("OnAddinLoad");
    for (const page of [
      "index.html",
      "taskpane.html",
      "selftest.html",
      "addin.js",
      "taskpane.js",
      "assets/icon-32.png",
      "assets/report-32.png",
    ])
      expect(fs.existsSync(path.join(DIST, page))).toBe(true);
    expect(fs.readFileSync(path.join(DIST, "index.html"), "utf8")).toMatch(
      /<script[^>]+src="?addin\.js/
    );
    expect(fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8")).not.toContain("office.js");
  });
});

describe("npm run package:wps", () => {
  it("packs the .7z, jsplugins.xml, the oem.ini lines and publish.html for ADDIN_BASE_URL", () => {
    const { dir, remove } = tempDir();
    try {
      execFileSync("node", ["scripts/package-wps.js", "--out", dir], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_BASE_URL: BASE },
        stdio: "pipe",
      });
      const listing = execFileSync("7z", ["l", "-slt", path.join(dir, "unionstats.7z")], {
        encoding: "utf8",
      });
      const paths = [...listing.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]);
      expect(paths).toEqual(
        expect.arrayContaining([
          `unionstats_${VERSION}/ribbon.xml`,
          `unionstats_${VERSION}/index.html`,
          `unionstats_${VERSION}/taskpane.html`,
        ])
      );

      const plugins = parse(fs.readFileSync(path.join(dir, "jsplugins.xml"), "utf8"));
      const entries = Array.from(plugins.getElementsByTagName("jsplugin"));
      expect(
        entries.map((e) => [
          e.getAttribute("name"),
          e.getAttribute("type"),
          e.getAttribute("url"),
          e.getAttribute("version"),
        ])
      ).toEqual([["unionstats", "et", `${BASE}unionstats.7z`, VERSION]]);

      expect(fs.readFileSync(path.join(dir, "oem.ini.txt"), "utf8")).toContain(
        `JsApiPlugin=true\r\n\r\n[Server]\r\nJSPluginsServer=${BASE}jsplugins.xml`
      );
      const publish = fs.readFileSync(path.join(dir, "publish.html"), "utf8");
      expect(publish).toContain(`"url":"${BASE}unionstats.7z"`);
      expect(publish).not.toContain("__ADDON__");
      expect(fs.readFileSync(path.join(dir, "ribbon.xml"), "utf8")).toBe(
        fs.readFileSync(path.join(DIST, "ribbon.xml"), "utf8")
      );
    } finally {
      remove();
    }
  });

  it("refuses without ADDIN_BASE_URL, saying what to set", () => {
    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    const run = spawnSync(
      "node",
      ["scripts/package-wps.js", "--out", "/nonexistent-never-written"],
      { cwd: ROOT, env, encoding: "utf8" }
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("请设置 ADDIN_BASE_URL");
  });
});
