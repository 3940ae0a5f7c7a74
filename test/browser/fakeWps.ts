import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { FakeSnapshot } from "../wps/fakeEt";

const ROOT = path.join(__dirname, "../..");

/**
 * fakeEt.ts and fakeRoot.ts as one page script that installs window.Application (and a `wps` that
 * records), holding the workbook of the snapshot: the WPS edition then runs in chromium as in WPS.
 */
export function fakeWpsScript(snapshot: FakeSnapshot): string {
  const compile = (file: string) =>
    ts.transpileModule(fs.readFileSync(path.join(ROOT, "test/wps", file), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
  return `(function () {
    var defs = {
      "./fakeEt": function (exports, require) { ${compile("fakeEt.ts")} },
      "./fakeRoot": function (exports, require) { ${compile("fakeRoot.ts")} },
    };
    var cache = {};
    function require(name) {
      if (cache[name]) return cache[name];
      var exports = (cache[name] = {});
      defs[name](exports, require);
      return exports;
    }
    var root = new (require("./fakeRoot").FakeWpsRoot)();
    root.load(${JSON.stringify(snapshot)});
    window.Application = root;
    window.__registered = [];
    window.wps = { AddCustomFunction: function (ns, name) { window.__registered.push(ns + "." + name); } };
    window.__said = [];
    window.alert = function (message) { window.__said.push(String(message)); };
  })();`;
}
