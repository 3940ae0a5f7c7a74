/**
 * taskpane.html's office.js and Content-Security-Policy for each Office CDN (scripts/office-cdn.js): the global
 * one by default, 21Vianet's for Microsoft 365 in China (OFFICE_CDN=china). The template is filled as
 * webpack.config.js fills it; test/release/package.test.ts checks a built page.
 */
import * as fs from "fs";
import * as path from "path";
import { OFFICE_CDNS, officeCdn } from "../../scripts/office-cdn";
import { cspOf, scriptSources } from "./html";

const TEMPLATE = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

// The template engine html-webpack-plugin fills the page with (lodash's), as the build does.
const template: (text: string) => (data: object) => string = require("lodash/template");
const BUNDLES = ["runtime.js", "taskpane.js"];

function render(cdn: { origin: string; script: string }): string {
  return template(TEMPLATE)({
    officeJs: cdn.script,
    officeOrigin: cdn.origin,
    connectSrc: "'self'",
    htmlWebpackPlugin: { files: { js: BUNDLES } },
  });
}

describe.each(["global", "china"] as const)("taskpane.html for the %s CDN", (name) => {
  const cdn = OFFICE_CDNS[name];
  const other = OFFICE_CDNS[name === "global" ? "china" : "global"];
  const html = render(officeCdn(name));

  it("loads office.js from that CDN, and the CSP allows it and nothing else outside the add-in", () => {
    expect(html).not.toContain("<%");
    expect(scriptSources(html)).toEqual([cdn.script]);
    expect(new URL(cdn.script).origin).toBe(cdn.origin);
    expect(cspOf(html)["script-src"]).toEqual(["'self'", cdn.origin]);
    expect(html).not.toContain(other.origin);
    expect(cspOf(html)["default-src"]).toEqual(["'self'"]);
  });

  it("preloads our bundles before office.js's tag, so they load alongside it", () => {
    const office = html.indexOf(`src="${cdn.script}"`);
    for (const bundle of BUNDLES) {
      const preload = html.indexOf(`<link rel="preload" as="script" href="${bundle}" />`);
      expect([bundle, preload >= 0 && preload < office]).toEqual([bundle, true]);
    }
  });
});

test("the CDN is chosen by OFFICE_CDN: unset or global, or china; anything else is refused with a message", () => {
  expect(officeCdn(undefined)).toBe(OFFICE_CDNS.global);
  expect(officeCdn("China")).toBe(OFFICE_CDNS.china);
  expect(OFFICE_CDNS.china.origin).toBe("https://appsforoffice.cdn.partner.office365.cn");
  expect(OFFICE_CDNS.global.script).toBe(
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
  );
  expect(() => officeCdn("cn-north")).toThrow(/OFFICE_CDN 只能是 global 或 china/);
});
