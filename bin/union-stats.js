#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * The `union-stats` command (package.json "bin"). Runs the CLI compiled to lib/ by `npm run build:cli`
 * (tsc -p tsconfig.cli.json; `npm pack` and `npm run build` run it), so no TypeScript compiler runs at
 * start and the packed tarball needs neither ts-node nor typescript.
 * In a development checkout (src/ beside lib/) the sources win whenever lib/ is missing or older than
 * them: they are then compiled on the fly with ts-node, so an edit is never hidden by a stale build.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "lib", "cli", "main.js");
const sources = path.join(root, "src", "cli", "main.ts");
/** What tsconfig.cli.json compiles: the command line and what it imports. */
const SOURCE_DIRS = ["cli", "core", "file", "docx"].map((dir) => path.join(root, "src", dir));

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  if (!fs.existsSync(compiled)) return false;
  if (!fs.existsSync(sources)) return true; // an installed package: lib/ is all there is
  const built = fs.statSync(compiled).mtimeMs;
  return SOURCE_DIRS.every((dir) => !fs.existsSync(dir) || newestSource(dir) <= built);
}

function loadMain() {
  if (compiledIsCurrent()) return require(compiled).main;
  if (!fs.existsSync(sources)) return undefined;
  require("ts-node").register({
    project: path.join(root, "tsconfig.json"),
    transpileOnly: true,
    compilerOptions: { module: "commonjs", moduleResolution: "node" },
  });
  return require(sources).main;
}

const main = loadMain();
if (!main) {
  console.error(`union-stats 安装不完整（缺少 ${compiled}），请重新安装。`);
  console.error(`union-stats is incomplete (${compiled} is missing): install it again.`);
  process.exitCode = 2;
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 2;
    }
  );
}
