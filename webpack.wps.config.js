/* eslint-disable no-undef */
/**
 * Build of the WPS edition (WPS 加载项), beside the Excel build (webpack.config.js), into dist-wps/:
 *   index.html + addin.js   the hidden page WPS loads: ribbon callbacks and the UNION.* functions (src/wps/addin.ts)
 *   ribbon.xml              the 工会统计 tab
 *   taskpane.html           the same React pane as Excel's, without office.js (it finds WPS's Application)
 *   selftest.html           the self-test (ribbon → 自检)
 *   assets/                 the ribbon's icons
 * dist-wps/ is the "online" add-in: served from a URL as it is. `npm run package:wps` packs it for offline use.
 *
 *   npm run build:wps    webpack --mode production --config webpack.wps.config.js
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const typescriptRule = require("./scripts/typescript-rule");

module.exports = (env, options) => {
  const dev = options.mode === "development";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      addin: "./src/wps/addin.ts",
      taskpane: "./src/taskpane/index.tsx",
      selftest: "./src/wps/selfTestPage.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist-wps"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [typescriptRule],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/index.html", chunks: ["addin"] }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/pane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "selftest.html", template: "./src/wps/selftest.html", chunks: ["selftest"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
