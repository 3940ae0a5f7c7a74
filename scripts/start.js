#!/usr/bin/env node
/**
 * `npm start`. On Windows and macOS: build, serve and sideload into desktop Excel (office-addin-debugging;
 * `npm stop` undoes it). On Linux there is no desktop Excel, so sideloading is impossible: explain what to do
 * instead, then serve the add-in on https://localhost:3000 for Excel on the web.
 */
"use strict";

const { spawn } = require("child_process");

/** Runs a child with the terminal attached, passes kill signals on, and exits with its exit code. */
function run(child, description) {
  child.on("error", (error) => {
    console.error(`${description}:`, error);
    process.exit(1);
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  // Ctrl+C reaches the whole terminal group anyway; a kill aimed at this script alone must reach the child too.
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

const LINUX_NOTICE = `
工会统计助手：本系统（${process.platform}）没有桌面版 Excel，无法自动旁加载（sideload）加载项。
请改用 Excel 网页版：
  1. 开发服务器即将在 https://localhost:3000 启动（等同于 npm run dev-server）；
  2. 在 Excel 网页版打开工作簿：开始 > 加载项 > 更多设置 > 上传我的加载项，选择本项目的 manifest.xml。
没有 Excel 也可以用文件模式：在浏览器打开 https://localhost:3000/taskpane.html，点"打开工作簿"选择 .xlsx，
处理后点"下载结果"；或在命令行运行 npx union-stats report <台账.xlsx>（npm run demo 用示例工作簿演示）。

UnionStats: there is no desktop Excel on this OS (${process.platform}), so the add-in cannot be sideloaded.
Use Excel on the web instead:
  1. the dev server is starting now on https://localhost:3000 (same as npm run dev-server);
  2. in Excel on the web open a workbook, then Home > Add-ins > More Settings > Upload My Add-in, and choose
     manifest.xml.
Without Excel, use file mode: open https://localhost:3000/taskpane.html in a browser, click 打开工作簿 (open a
workbook) to pick an .xlsx, work, then 下载结果 (download); or run npx union-stats report <ledgers.xlsx>
(npm run demo shows it on the sample workbook).
The browser must trust the dev certificate (office-addin-dev-certs installs it on first run).
`;

if (process.platform === "win32" || process.platform === "darwin") {
  const command = "npx office-addin-debugging start manifest.xml";
  // On Windows npx is npx.cmd, which Node starts only through a shell; the command is a fixed string.
  const child =
    process.platform === "win32"
      ? spawn(command, { stdio: "inherit", shell: true })
      : spawn("npx", ["office-addin-debugging", "start", "manifest.xml"], { stdio: "inherit" });
  run(child, command);
} else {
  console.log(LINUX_NOTICE);
  // webpack's own CLI, started directly (not through npx and a shell) so that signals reach the server itself.
  const webpackCli = require.resolve("webpack/bin/webpack.js");
  run(
    spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { stdio: "inherit" }),
    "webpack serve"
  );
}
