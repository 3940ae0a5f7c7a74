/**
 * Each custom function over 1,000 / 100,000 / 1,000,000 cells, against the same computation as a
 * bare loop over a typed array (the ratio is the cost of reading Excel's cells: blanks, flag words,
 * numbers as text, positions for messages), and against HyperFormula's built-in COUNTIFS/SUMIFS.
 */
import "../../test/functions/customFunctionsRuntime";
import { HyperFormula } from "hyperformula";
import * as fns from "../../src/functions/functions";
import { fmtMs, fmtNs, table, timeBest } from "./timing";

const SIZES = [1_000, 100_000, 1_000_000];
/** HyperFormula keeps a whole sheet model in memory; 1,000,000 rows is past what it is for. */
const HF_SIZES = [1_000, 100_000];

function column<T>(n: number, f: (i: number) => T): T[][] {
  return Array.from({ length: n }, (_, i) => [f(i)]);
}

interface Case {
  name: string;
  run: (n: number) => () => unknown;
  baseline: (n: number) => () => unknown;
  builtin?: { formula: (n: number) => string; data: (n: number) => unknown[][] };
}

const flags = (n: number) => column(n, (i) => (i % 21 === 0 ? "否" : i % 50 === 0 ? "" : "是"));
const counts = (n: number, seed: number) => column(n, (i) => ((i * seed) % 97) + 3);
const flagBits = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i % 21 === 0 ? 0 : i % 50 === 0 ? 2 : 1));
const numbers = (n: number, seed: number) => Float64Array.from({ length: n }, (_, i) => ((i * seed) % 97) + 3);

const CASES: Case[] = [
  {
    name: "ORGRATE",
    run: (n) => {
      const f = flags(n);
      return () => fns.orgRateOf(f);
    },
    baseline: (n) => {
      const bits = flagBits(n);
      return () => {
        let yes = 0;
        let all = 0;
        for (let i = 0; i < bits.length; i++) if (bits[i] !== 2) (all++, (yes += bits[i]));
        return yes / all;
      };
    },
    builtin: { formula: (n) => `=COUNTIFS(A1:A${n},"是")/(COUNTIFS(A1:A${n},"是")+COUNTIFS(A1:A${n},"否"))`, data: (n) => flags(n) },
  },
  {
    name: "MEMBERRATE",
    run: (n) => {
      const m = counts(n, 7);
      const e = column(n, (i) => m[i][0] + 5);
      return () => fns.memberRateOf(m, e);
    },
    baseline: (n) => {
      const m = numbers(n, 7);
      return () => {
        let a = 0;
        let b = 0;
        for (let i = 0; i < m.length; i++) (a += m[i]), (b += m[i] + 5);
        return a / b;
      };
    },
    builtin: { formula: (n) => `=SUM(A1:A${n})/SUM(B1:B${n})`, data: (n) => counts(n, 7).map(([m]) => [m, m + 5]) },
  },
  {
    name: "CHECKSUM",
    run: (n) => {
      const parts = counts(n, 13);
      return () => fns.checksumOf(1e9, parts);
    },
    baseline: (n) => {
      const parts = numbers(n, 13);
      return () => {
        let s = 0;
        for (let i = 0; i < parts.length; i++) s += parts[i];
        return 1e9 - s;
      };
    },
    builtin: { formula: (n) => `=1000000000-SUM(A1:A${n})`, data: (n) => counts(n, 13) },
  },
  {
    name: "PREMIUM",
    run: (n) => {
      const c = counts(n, 11);
      const p = column(n, (i) => [50, 15, 15.5][i % 3]);
      return () => fns.premiumOf(c, p);
    },
    baseline: (n) => {
      const c = numbers(n, 11);
      const p = Float64Array.from({ length: n }, (_, i) => [50, 15, 15.5][i % 3]);
      return () => {
        let s = 0;
        for (let i = 0; i < c.length; i++) s += c[i] * p[i];
        return Math.round(s * 100) / 100;
      };
    },
    builtin: { formula: (n) => `=ROUND(SUMPRODUCT(A1:A${n},B1:B${n}),2)`, data: (n) => counts(n, 11).map(([c], i) => [c, [50, 15, 15.5][i % 3]]) },
  },
];

export function benchFunctions(): string {
  const rows: Array<Array<string | number>> = [];
  for (const c of CASES) {
    for (const n of SIZES) {
      const ours = timeBest(c.run(n), n >= 1_000_000 ? 1 : 3);
      const bare = timeBest(c.baseline(n), 3);
      let builtin = "—";
      if (c.builtin && HF_SIZES.includes(n)) {
        const data = c.builtin.data(n);
        data[0] = [...data[0], c.builtin.formula(n)];
        const start = process.hrtime.bigint();
        const engine = HyperFormula.buildFromArray(data as never, { licenseKey: "gpl-v3", maxRows: 1_100_000 });
        builtin = fmtMs(Number(process.hrtime.bigint() - start) / 1e6);
        engine.destroy();
      }
      rows.push([c.name, n.toLocaleString("en"), fmtMs(ours), fmtNs(ours, n), fmtMs(bare), (ours / Math.max(bare, 1e-3)).toFixed(0), builtin]);
    }
  }
  return table(["function", "cells", "UNION.* ms", "ns/cell", "bare loop ms", "ratio", "HyperFormula build+eval ms"], rows);
}
