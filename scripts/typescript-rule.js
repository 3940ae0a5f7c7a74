/* eslint-disable no-undef */
/**
 * How both builds (webpack.config.js for Excel, webpack.wps.config.js for WPS) compile our TypeScript.
 */
"use strict";

module.exports = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: [
    // Our makeStyles are resolved to class names at build time, as Fluent's own are in its packages:
    // the pane's first render then neither computes CSS nor carries Griffel's runtime resolver.
    {
      loader: "@griffel/webpack-loader",
      // Its evaluator reads the TypeScript modules the styles import (e.g. visuallyHidden).
      options: { babelOptions: { presets: ["@babel/preset-typescript"] } },
    },
    // Type checking is `npm run typecheck`; the build only transpiles.
    { loader: "ts-loader", options: { transpileOnly: true } },
  ],
};
