/* eslint-disable no-undef */
/**
 * Build of the add-in: one shared-runtime page (taskpane.html) that loads the taskpane, functions and commands
 * bundles; functions.json generated from the JSDoc in src/functions/functions.ts; icons and manifests copied to dist/.
 *
 *   npm run build        webpack --mode production: manifest URLs rewritten to ADDIN_BASE_URL
 *                        (default https://www.contoso.com/unionstats/, a placeholder: set it to where dist/ is hosted)
 *   npm run dev-server   webpack serve --mode development: https://localhost:3000 with Office dev certificates
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { rewriteUrls, DEFAULT_BASE_URL } = require("./scripts/rewrite-urls");

const devServerPort = require("./package.json").config.dev_server_port;

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = process.env.ADDIN_BASE_URL || DEFAULT_BASE_URL;
  // Dev certificates are needed only to serve: `webpack --mode production` must build on any machine.
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
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
        chunks: ["taskpane", "functions", "commands"],
        templateParameters: {
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
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteUrls(content.toString(), baseUrl);
            },
          },
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
