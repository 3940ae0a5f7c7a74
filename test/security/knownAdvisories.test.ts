/**
 * `npm audit` cannot reach its advisory service from this workplace (the registry answers 405), so
 * the advisories found by hand (docs/security.md) are held here against package-lock.json: no
 * package that ships with the add-in or the command line may fall back into an affected version.
 */
import * as fs from "fs";
import * as path from "path";

/** The lowest patched version on each major line, per docs/security.md. */
const PATCHED: Record<string, { advisory: string; patched: string[] }> = {
  uuid: { advisory: "GHSA-w5hq-g745-h8pq", patched: ["11.1.1", "12.0.1", "13.0.1", "14.0.0"] },
  tmp: { advisory: "GHSA-ph9p-34f9-6g65, GHSA-52f5-9888-hmc6", patched: ["0.2.6"] },
  "brace-expansion": { advisory: "GHSA-mh99-v99m-4gvg, GHSA-3jxr-9vmj-r5cp", patched: ["1.1.17", "2.1.3"] },
  minimatch: { advisory: "GHSA-3ppc-4f35-3m26, GHSA-7r86-cg39-jmmj, GHSA-23c5-xmqv-rm74", patched: ["3.1.4", "5.1.8"] },
  fstream: { advisory: "CVE-2019-13173", patched: ["1.0.12"] },
  jszip: { advisory: "CVE-2022-48285, CVE-2021-23413", patched: ["3.8.0"] },
  "@babel/runtime": { advisory: "GHSA-968p-4wvh-cqc8", patched: ["7.26.10"] },
  "@fast-csv/parse": { advisory: "GHSA-8cv5-p934-3hwp", patched: ["4.3.6"] },
  minimist: { advisory: "CVE-2021-44906", patched: ["1.2.6"] },
  async: { advisory: "CVE-2021-43138", patched: ["3.2.2"] },
};

type Version = [number, number, number];

function parse(version: string): Version {
  const [major, minor, patch] = version.split(/[.+-]/).map(Number);
  return [major, minor, patch];
}

function atLeast(a: Version, b: Version): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

/** Installed at or past the fix of its own major line (or on a later major line than any listed). */
function isPatched(installed: string, patched: string[]): boolean {
  const v = parse(installed);
  const fixes = patched.map(parse);
  const line = fixes.find((p) => p[0] === v[0] && (v[0] > 0 || p[1] === v[1]));
  if (line) return atLeast(v, line);
  return fixes.every((p) => atLeast(v, p));
}

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
}

function runtimePackages(): Array<{ name: string; where: string; version: string }> {
  const lock = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  return Object.entries(lock.packages)
    .filter(([where, entry]) => where !== "" && !entry.dev && !entry.devOptional && entry.version)
    .map(([where, entry]) => ({ name: where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length), where, version: entry.version! }));
}

describe("known advisories against the runtime dependencies", () => {
  const packages = runtimePackages();

  it("reads the runtime tree from the lock file", () => {
    const names = new Set(packages.map((p) => p.name));
    for (const name of ["react", "react-dom", "@fluentui/react-components", "decimal.js-light", "exceljs", "uuid", "tmp"]) {
      expect(names).toContain(name);
    }
  });

  it("holds no package in a version an advisory names", () => {
    const affected = packages
      .filter((p) => p.name in PATCHED && !isPatched(p.version, PATCHED[p.name].patched))
      .map((p) => `${p.where}@${p.version} (${PATCHED[p.name].advisory}, fixed in ${PATCHED[p.name].patched.join(" / ")})`);
    expect(affected).toEqual([]);
  });

  it("compares versions by their major line", () => {
    expect(isPatched("8.3.2", PATCHED.uuid.patched)).toBe(false);
    expect(isPatched("11.1.0", PATCHED.uuid.patched)).toBe(false);
    expect(isPatched("11.1.1", PATCHED.uuid.patched)).toBe(true);
    expect(isPatched("14.0.3", PATCHED.uuid.patched)).toBe(true);
    expect(isPatched("0.2.5", PATCHED.tmp.patched)).toBe(false);
    expect(isPatched("0.2.7", PATCHED.tmp.patched)).toBe(true);
    expect(isPatched("1.1.16", PATCHED["brace-expansion"].patched)).toBe(false);
    expect(isPatched("2.1.8", PATCHED["brace-expansion"].patched)).toBe(true);
    expect(isPatched("3.1.3", PATCHED.minimatch.patched)).toBe(false);
    expect(isPatched("4.2.0", PATCHED.minimatch.patched)).toBe(false);
  });
});
