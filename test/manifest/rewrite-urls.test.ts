/** The production build rewrites the manifest's dev-server URLs with scripts/rewrite-urls.js: all of them, safely. */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { DEV_BASE_URL, rewriteUrls } from "../../scripts/rewrite-urls";

const MANIFEST_TEXT = fs.readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");
const count = (text: string, part: string) => text.split(part).length - 1;

test("every dev-server URL in the manifest is rewritten, not just the first", () => {
  expect(count(MANIFEST_TEXT, DEV_BASE_URL)).toBeGreaterThanOrEqual(3);
  const rewritten = rewriteUrls(MANIFEST_TEXT, "https://addins.example.org/unionstats/");
  expect(rewritten).not.toMatch(/localhost/i);
  expect(count(rewritten, "https://addins.example.org/unionstats/")).toBe(
    count(MANIFEST_TEXT, DEV_BASE_URL)
  );
  expect(rewritten).toContain('DefaultValue="https://addins.example.org/unionstats/taskpane.html"');
  expect(rewritten).toContain('Value="https://addins.example.org/unionstats/functions.zh-CN.json"');
  // Everything else is untouched, and the result is still well-formed XML.
  expect(rewritten.split("https://addins.example.org/unionstats/").join(DEV_BASE_URL)).toBe(
    MANIFEST_TEXT
  );
  expect(new DOMParser().parseFromString(rewritten, "text/xml").documentElement?.localName).toBe(
    "OfficeApp"
  );
});

test("a base URL without a trailing slash gets one", () => {
  const text = `<a href="${DEV_BASE_URL}taskpane.html"/><b src="${DEV_BASE_URL}assets/icon-32.png"/>`;
  expect(rewriteUrls(text, "https://addins.example.org/unionstats")).toBe(
    '<a href="https://addins.example.org/unionstats/taskpane.html"/><b src="https://addins.example.org/unionstats/assets/icon-32.png"/>'
  );
  expect(rewriteUrls(`${DEV_BASE_URL}functions.js`, "https://addins.example.org")).toBe(
    "https://addins.example.org/functions.js"
  );
});

test("the base URL is inserted literally, even with replacement patterns in it", () => {
  expect(rewriteUrls(`${DEV_BASE_URL}a ${DEV_BASE_URL}b`, "https://example.org/$&/")).toBe(
    "https://example.org/$&/a https://example.org/$&/b"
  );
});

test("a base that is not an absolute https URL is refused", () => {
  expect(() => rewriteUrls(MANIFEST_TEXT, "http://addins.example.org/unionstats/")).toThrow(
    /https/
  );
  expect(() => rewriteUrls(MANIFEST_TEXT, "addins.example.org/unionstats/")).toThrow(/absolute/);
  expect(() => rewriteUrls(MANIFEST_TEXT, "")).toThrow();
  expect(() => rewriteUrls(MANIFEST_TEXT, "https://addins.example.org/?v=1")).toThrow(/query/);
});
