#!/usr/bin/env node
/**
 * `ADDIN_BASE_URL=https://intranet.example.org/unionstats/ npm run package:wps`: the WPS edition as an office's IT
 * installs it, in release-wps/ (or --out <folder>), to be served at ADDIN_BASE_URL:
 *   (the files of dist-wps/)     the online add-in itself: ribbon.xml at ADDIN_BASE_URL
 *   unionstats.7z                the offline add-in: a folder unionstats_<version>/ holding dist-wps/, the layout
 *                                wpsjs's own `build` gives an offline add-in (WPS unpacks it into its jsaddons folder)
 *   jsplugins.xml                the list WPS reads from JSPluginsServer (oem.ini) for a whole office
 *   oem.ini.txt                  the lines IT adds to WPS's oem.ini
 *   publish.html                 a page that installs the add-in on one PC through WPS's local service
 * The .7z is packed with 7z (Debian: p7zip-full; .ci/run installs it): wpsjs's `build` asks its questions
 * interactively, so it is not called. Formats: docs/deploy-wps.md, with the Kingsoft pages they come from.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const NAME = "unionstats";
const VERSION = require(path.join(ROOT, "package.json")).version;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function xmlAttr(text) {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function baseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) fail("请设置 ADDIN_BASE_URL,即发布目录的网址,例如 ADDIN_BASE_URL=http://oa.example.org/unionstats/ npm run package:wps\nADDIN_BASE_URL is not set.");
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    fail(`ADDIN_BASE_URL 不是有效的网址:${url}\nADDIN_BASE_URL is not a URL: ${url}`);
  }
  if (!/^https?:$/.test(parsed.protocol)) fail(`ADDIN_BASE_URL 须以 http:// 或 https:// 开头:${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

function jspluginsXml(base) {
  return [
    "<jsplugins>",
    "  <!-- 离线模式(推荐):WPS 下载 .7z 并解压到本机,服务器停机也能用。/ Offline: WPS downloads the .7z and runs it locally. -->",
    `  <jsplugin name="${NAME}" type="et" url="${xmlAttr(base)}${NAME}.7z" version="${VERSION}"/>`,
    "  <!-- 在线模式:每次从服务器加载。改用在线模式时删去上一行,取消下一行的注释。/ Online: loaded from the server each time. -->",
    `  <!-- <jspluginonline name="${NAME}" type="et" url="${xmlAttr(base)}"/> -->`,
    "</jsplugins>",
    "",
  ].join("\n");
}

function oemLines(base) {
  return [
    "; 加入 WPS 安装目录下 office6\\cfgs\\oem.ini(Linux:/opt/kingsoft/wps-office/office6/cfgs/oem.ini),需管理员权限",
    "; Add to WPS's oem.ini (admin rights needed); see docs/deploy-wps.md",
    "[Support]",
    "JsApiPlugin=true",
    "",
    "[Server]",
    `JSPluginsServer=${base}jsplugins.xml`,
    "",
  ].join("\r\n");
}

function publishHtml(base) {
  const addon = { name: NAME, addonType: "et", online: "false", url: `${base}${NAME}.7z`, version: VERSION, customDomain: "" };
  const template = fs.readFileSync(path.join(ROOT, "src", "wps", "publish.html"), "utf8");
  return template.replace("__ADDON__", JSON.stringify(addon).replace(/</g, "\\u003c"));
}

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(ROOT, "release-wps"));
  const dist = path.join(ROOT, "dist-wps");
  if (!fs.existsSync(path.join(dist, "ribbon.xml"))) fail("dist-wps/ 不存在:请先运行 npm run build:wps\ndist-wps/ is missing: run npm run build:wps first.");
  const base = baseUrl();

  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.cpSync(dist, out, { recursive: true });

  const staging = fs.mkdtempSync(path.join(require("os").tmpdir(), "unionstats-wps-"));
  try {
    const folder = `${NAME}_${VERSION}`;
    fs.cpSync(dist, path.join(staging, folder), { recursive: true });
    try {
      execFileSync("7z", ["a", "-t7z", "-bd", path.join(out, `${NAME}.7z`), folder], { cwd: staging, stdio: "pipe" });
    } catch (e) {
      fail(e.code === "ENOENT" ? "找不到 7z:请安装 p7zip-full(apt-get install p7zip-full)\n7z is missing: apt-get install p7zip-full" : `7z 打包失败:${e.message}`);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }

  fs.writeFileSync(path.join(out, "jsplugins.xml"), jspluginsXml(base));
  fs.writeFileSync(path.join(out, "oem.ini.txt"), oemLines(base));
  fs.writeFileSync(path.join(out, "publish.html"), publishHtml(base));
  console.log(`已生成 ${path.relative(process.cwd(), out) || "."}/:在线加载项、${NAME}.7z、jsplugins.xml、oem.ini.txt、publish.html。请部署到 ${base}`);
}

main();
