#!/usr/bin/env node
/**
 * The `union-stats` command (package.json "bin"). A plain Node script that compiles the TypeScript
 * sources on the fly with ts-node, so `npx union-stats` works right after `npm ci`, with no build step.
 * CommonJS here, whatever the tsconfig says for webpack.
 */
"use strict";

const path = require("path");

require("ts-node").register({
  project: path.join(__dirname, "..", "tsconfig.json"),
  transpileOnly: true,
  compilerOptions: { module: "commonjs", moduleResolution: "node" },
});

const { main } = require("../src/cli/main");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
