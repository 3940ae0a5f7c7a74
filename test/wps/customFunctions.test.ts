/**
 * UNION.* in WPS: registration through a fake `wps` global covers every id of the contract with
 * Chinese metadata in WPS's type words, and the argument shapes WPS passes (2-D arrays, bare values
 * for one cell, 1-D rows, blanks as undefined / null / "", omitted arguments) reach core and give the
 * figures Excel gives; a failure comes back as text that starts with the error code and says why.
 */
import { memberRate, orgRate } from "../../src/core/rates";
import {
  argumentFor,
  NAMESPACE,
  registerCustomFunctions,
  type WpsFunctionMetadata,
} from "../../src/wps/customFunctions";

const CONTRACT_IDS = [
  "RATE",
  "ORGRATE",
  "MEMBERRATE",
  "COVERAGE",
  "QUOTA",
  "FUND",
  "SHARE",
  "SPLIT",
  "BASE",
  "DUES",
  "PREMIUM",
  "ENROLRATE",
  "CHECKSUM",
  "PCT",
  "WAN",
  "QUOTATEXT",
];
const HAN = /\p{Script=Han}/u;

type Fn = (...args: unknown[]) => unknown;

function registered(): Map<string, { namespace: string; fn: Fn; meta: WpsFunctionMetadata }> {
  const calls = new Map<string, { namespace: string; fn: Fn; meta: WpsFunctionMetadata }>();
  const wps = {
    AddCustomFunction: (namespace: string, name: string, fn: Fn, meta: WpsFunctionMetadata) => {
      if (calls.has(name)) throw new Error(`registered twice: ${name}`);
      calls.set(name, { namespace, fn, meta });
    },
  };
  expect(registerCustomFunctions(wps).sort()).toEqual([...CONTRACT_IDS].sort());
  return calls;
}

describe("registering UNION.* with WPS", () => {
  it("registers every id of the contract under UNION, with ASCII names and Chinese descriptions", () => {
    const calls = registered();
    expect([...calls.keys()].sort()).toEqual([...CONTRACT_IDS].sort());
    for (const [name, { namespace, meta }] of calls) {
      expect(namespace).toBe(NAMESPACE);
      expect(name).toMatch(/^[A-Z]+$/);
      expect(meta.description).toMatch(HAN);
      for (const p of meta.parameters) {
        expect(p.description).toMatch(HAN);
        expect(p.type).toMatch(/^(any|number|string|bool)(\[\]\[\])?\??$/);
      }
    }
  });

  it("declares ranges as 2-D arrays and optional arguments with ?, in WPS's words", () => {
    const calls = registered();
    expect(calls.get("ORGRATE")!.meta.parameters.map((p) => p.type)).toEqual([
      "any[][]",
      "any[][]?",
      "any?",
    ]);
    expect(calls.get("COVERAGE")!.meta.result.type).toBe("number[][]");
    expect(calls.get("PCT")!.meta.result.type).toBe("string");
    expect(calls.get("ORGRATE")!.meta.description).toContain("组建率");
  });
});

describe("what WPS passes reaches core", () => {
  const fn = (id: string) => registered().get(id)!.fn;

  it("ranges as 2-D arrays with blanks in any form give core's figure", () => {
    const flags = [["是"], [undefined], ["否"], [null], [""], ["已建"]];
    const staff = [[120], [5], [35], [null], [""], [60]];
    expect(fn("ORGRATE")(flags)).toBe(orgRate(flags));
    expect(fn("ORGRATE")(flags)).toBeCloseTo(2 / 3, 12);
    expect(fn("ORGRATE")(flags, staff, 50)).toBe(orgRate(flags, staff, 50));
    expect(fn("MEMBERRATE")([[80], [null], [20]], [[100], [10], [40]])).toBe(
      memberRate([[80], [null], [20]], [[100], [10], [40]])
    );
  });

  it("a single cell given as a bare value and a row as a 1-D array become 2-D arrays", () => {
    expect(argumentFor("是", true)).toEqual([["是"]]);
    expect(argumentFor([0.6, 0.4], true)).toEqual([[0.6, 0.4]]);
    expect(argumentFor([[1], [2]], true)).toEqual([[1], [2]]);
    expect(argumentFor(null, false)).toBeUndefined();
    expect(fn("ORGRATE")("是")).toBe(1);
    expect(fn("SPLIT")(20000, [0.6, 0.4])).toEqual([[12000, 8000]]);
    expect(fn("SPLIT")(20000, [[0.6], [0.4]])).toEqual([[12000, 8000]]);
  });

  it("omitted optional arguments take their defaults, whether WPS leaves them out or passes null", () => {
    expect(fn("FUND")(100000)).toBe(2000);
    expect(fn("FUND")(100000, null)).toBe(2000);
    expect(fn("PCT")(0.955)).toBe("95.5%");
    expect(fn("WAN")(123456)).toBe(12.35);
    expect(fn("QUOTATEXT")(12, 10, "家")).toContain("12");
  });

  it("a failure is text that starts with the error code and names the problem", () => {
    expect(fn("RATE")(1, 0)).toBe("#DIV/0! 分母为0,无法计算比率");
    expect(fn("ORGRATE")([["是"], ["筹建"]])).toMatch(
      /^#VALUE! 是否建会 第2行: '筹建' 不是是\/否标记/
    );
    expect(fn("RATE")(1e300, 1e-10)).toBe("#NUM! 结果超出Excel可表示的数值范围");
  });
});
