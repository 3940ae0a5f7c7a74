import zhCN from "../../src/functions/functions.zh-CN.json";
import { generatedMetadata, type FunctionMeta } from "./metadata";

/** The public contract of shared/functions.md: these ids never change meaning once shipped. */
const CONTRACT_IDS = ["RATE", "ORGRATE", "MEMBERRATE", "COVERAGE", "QUOTA", "FUND", "SHARE", "SPLIT", "BASE", "DUES", "PREMIUM", "ENROLRATE", "CHECKSUM", "PCT", "WAN", "QUOTATEXT"];

const HAN = /\p{Script=Han}/u;
let english: FunctionMeta[];
beforeAll(async () => {
  english = (await generatedMetadata()).functions;
});

const zh = zhCN.functions as FunctionMeta[];
const shapeOf = (f: FunctionMeta) => ({
  id: f.id,
  parameters: f.parameters.map((p) => ({ type: p.type, dimensionality: p.dimensionality ?? "scalar", optional: p.optional ?? false })),
  result: f.result,
  options: f.options ?? {},
});

describe("custom function metadata", () => {
  it("generates every id of the contract, each English name equal to its id", () => {
    expect(english.map((f) => f.id).sort()).toEqual([...CONTRACT_IDS].sort());
    for (const f of english) expect(f.name).toBe(f.id);
  });

  it("uses ASCII ids and declares no function volatile or streaming", () => {
    for (const f of english) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
      expect(f.description.length).toBeGreaterThan(10);
      for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(3);
    }
  });

  it("keeps the zh-CN file with exactly the same ids, parameters and results", () => {
    expect(zh.map((f) => f.id)).toEqual(english.map((f) => f.id));
    expect(zh.map(shapeOf)).toEqual(english.map(shapeOf));
  });

  it("gives every function a Chinese name of 3+ characters and Chinese help", () => {
    const names = new Set<string>();
    for (const f of zh) {
      expect([...f.name].length).toBeGreaterThanOrEqual(3);
      expect(f.name).toMatch(HAN);
      expect(f.description).toMatch(HAN);
      for (const p of f.parameters) {
        expect(p.name).toMatch(HAN);
        expect(p.description).toMatch(HAN);
      }
      expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
      names.add(f.name);
    }
    expect(names.size).toBe(zh.length);
  });

  it("names 组建率 as the contract's example formula =UNION.组建率(G2:G221) does", () => {
    expect(zh.find((f) => f.id === "ORGRATE")?.name).toBe("组建率");
  });
});
