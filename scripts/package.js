#!/usr/bin/env node
/**
 * `npm run package`: the release an office's IT deploys. With ADDIN_BASE_URL (the HTTPS folder the add-in's
 * files will be served from) it builds for production and writes release/unionstats-<version>.zip:
 *
 *   unionstats-<version>/web/          the files to host at ADDIN_BASE_URL (bundles with content-hashed names)
 *   unionstats-<version>/manifest.xml  every URL on that host, Version from package.json
 *   unionstats-<version>/部署说明.md    the deployment guide (docs/deployment.md), Chinese with an English section
 *
 * OFFICE_CDN=china builds for Microsoft 365 operated by 21Vianet (scripts/office-cdn.js).
 * Without ADDIN_BASE_URL it stops and says what to set. Tested in test/release/package.test.ts.
 */
/* eslint-disable no-undef */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const JSZip = require("jszip");
const { rewriteUrls, DEV_BASE_URL } = require("./rewrite-urls");
const { officeCdn } = require("./office-cdn");

const ROOT = path.join(__dirname, "..");

class PackageError extends Error {}

/** "0.1.0" → "0.1.0.0": the manifest's Version is one to four whole numbers of at most five digits. */
function manifestVersion(version) {
  const parts = String(version).split(/[-+]/)[0].split(".");
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => !/^\d{1,5}$/.test(p))) {
    throw new PackageError(
      `package.json 的 version 无法写成清单版本号：“${version}”。\npackage.json's version cannot become a manifest Version: "${version}".`
    );
  }
  while (parts.length < 4) parts.push("0");
  return parts.map(Number).join(".");
}

/** The development manifest made into the release's: hashed functions script, every URL on base, the version. */
function releaseManifest(text, base, version, functionsFile) {
  const script = `${DEV_BASE_URL}functions.js"`;
  if (!text.includes(script)) throw new PackageError(`manifest.xml has no ${script}`);
  let out = text.split(script).join(`${DEV_BASE_URL}${functionsFile}"`);
  out = rewriteUrls(out, base);
  if (!/<Version>[^<]*<\/Version>/.test(out))
    throw new PackageError("manifest.xml has no <Version>");
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (/localhost/i.test(out)) throw new PackageError("the release manifest still names localhost");
  return out;
}

function fail(zh, en) {
  console.error(zh);
  console.error(en);
  process.exitCode = 1;
}

function listFiles(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}

async function main() {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) {
    fail(
      "请设置 ADDIN_BASE_URL：加载项文件将在单位内网 HTTPS 服务器上的地址，例如：\n" +
        "  ADDIN_BASE_URL=https://oa.example.org/unionstats/ npm run package\n" +
        "（Microsoft 365 由世纪互联运营时再加 OFFICE_CDN=china）",
      "Set ADDIN_BASE_URL to the HTTPS address the add-in's files will be served from, e.g.\n" +
        "  ADDIN_BASE_URL=https://oa.example.org/unionstats/ npm run package\n" +
        "(add OFFICE_CDN=china for Microsoft 365 operated by 21Vianet)"
    );
    return;
  }
  let cdnName;
  let version;
  try {
    rewriteUrls("", base); // refuses anything but an absolute https URL without query or fragment
    cdnName = (process.env.OFFICE_CDN || "global").trim().toLowerCase();
    officeCdn(cdnName);
    version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    manifestVersion(version);
  } catch (error) {
    fail(`无法打包：${error.message}`, "Nothing was packaged.");
    return;
  }
  const baseUrl = base.endsWith("/") ? base : `${base}/`;

  const name = `unionstats-${version}`;
  const releaseDir = path.join(ROOT, "release");
  const folder = path.join(releaseDir, name);
  const web = path.join(folder, "web");
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(web, { recursive: true });

  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const built = spawnSync(
    process.execPath,
    [webpack, "--mode", "production", "--env", "release", "--env", `outputPath=${web}`],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, OFFICE_CDN: cdnName } }
  );
  if (built.status !== 0) {
    fail("构建失败，未生成发布包。", "The build failed: no release was written.");
    return;
  }

  const files = listFiles(web);
  const functionsFile = files.find((f) => /^functions\.[0-9a-f]{8}\.js$/.test(f));
  if (!functionsFile) throw new PackageError("the build wrote no hashed functions bundle");
  const manifest = releaseManifest(
    fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    baseUrl,
    version,
    functionsFile
  );
  fs.writeFileSync(path.join(folder, "manifest.xml"), manifest);
  const guide = fs
    .readFileSync(path.join(ROOT, "docs", "deployment.md"), "utf8")
    .split("{{ADDIN_BASE_URL}}")
    .join(baseUrl)
    .split("{{VERSION}}")
    .join(version)
    .split("{{OFFICE_CDN}}")
    .join(cdnName === "china" ? "世纪互联（21Vianet）/ 21Vianet" : "全球 / global");
  fs.writeFileSync(path.join(folder, "部署说明.md"), guide);

  const zip = new JSZip();
  for (const rel of listFiles(folder))
    zip.file(`${name}/${rel}`, fs.readFileSync(path.join(folder, rel)));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const zipFile = path.join(releaseDir, `${name}.zip`);
  fs.writeFileSync(zipFile, bytes);
  console.log(
    `已写入 ${path.relative(ROOT, zipFile)}（${(bytes.length / 1024).toFixed(0)} KB，${files.length + 2} 个文件）：` +
      `web/ 部署到 ${baseUrl}，manifest.xml 版本 ${manifestVersion(version)}，office.js 来自 ${officeCdn(cdnName).origin}。`
  );
  console.log(`Wrote ${path.relative(ROOT, zipFile)}: host web/ at ${baseUrl}; see 部署说明.md.`);
}

if (require.main === module) {
  main().catch((error) => {
    fail(`打包失败：${error.message}`, `Packaging failed: ${error.message}`);
  });
}

module.exports = { manifestVersion, releaseManifest };
