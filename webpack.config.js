/* eslint-disable no-undef */
/**
 * Build of the add-in: one shared-runtime page (taskpane.html) that loads the functions, commands and taskpane
 * bundles in that order; functions.json generated from the JSDoc in src/functions/functions.ts; icons, help page
 * and manifests copied to dist/.
 *
 *   npm run build        webpack --mode production: dist/ for development and tests, manifest URLs left on
 *                        https://localhost:3000/ (never a made-up host)
 *   npm run package      scripts/package.js: webpack --mode production --env release, with ADDIN_BASE_URL set,
 *                        into release/: hashed bundle names, no manifest (package.js writes it for that host)
 *   npm run dev-server   webpack serve --mode development: https://localhost:3000 with Office dev certificates
 *   OFFICE_CDN=china     office.js from 21Vianet's CDN (Microsoft 365 in China), CSP to match (scripts/office-cdn.js)
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { officeCdn } = require("./scripts/office-cdn");
const typescriptRule = require("./scripts/typescript-rule");

const devServerPort = require("./package.json").config.dev_server_port;

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // A release (npm run package): content-hashed names, so a new version is never hidden by a cache.
  const release = Boolean(env && env.release);
  const cdn = officeCdn(process.env.OFFICE_CDN);
  // Dev certificates are needed only to serve: `webpack --mode production` must build on any machine.
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      // The pane reuses the modules functions.js has loaded (core's arithmetic, decimal.js) rather than
      // carrying a second copy; functions.js itself stays whole, for a runtime that loads it alone.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: release ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist"),
      filename: release ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [typescriptRule],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page hosts the task pane, the custom functions and the ribbon commands.
        // Functions and commands before the pane: the ribbon's handler is associated, and the custom functions
        // registered, before the pane's large bundle is even fetched (OfficeDev/office-js#5176).
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJs: cdn.script,
          officeOrigin: cdn.origin,
          connectSrc: dev ? "'self' wss://localhost:* ws://localhost:*" : "'self'",
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          {
            from: "src/functions/functions.zh-CN.json",
            to: "functions.zh-CN.json",
            noErrorOnMissing: true,
          },
          // The development manifest as it is; a release's is written by scripts/package.js for its host.
          ...(release ? [] : [{ from: "manifest*.xml", to: "[name][ext]" }]),
        ],
      }),
    ],
    // One module registry for the whole page: the task pane, the custom functions and the ribbon commands share
    // a single instance of every module (and so its state), as the shared runtime promises. Adds runtime.js,
    // which HtmlWebpackPlugin puts first in taskpane.html.
    optimization: { runtimeChunk: "single" },
    performance: { hints: false },
    devServer: {
      port: devServerPort,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving
        ? {
            type: "https",
            options: await require("./scripts/dev-certs").devHttpsOptions(),
          }
        : "https",
    },
  };
};
