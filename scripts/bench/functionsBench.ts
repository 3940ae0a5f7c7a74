/**
 * Each custom function over 1,000 / 100,000 / 1,000,000 cells, against the same computation as a
 * bare loop over a typed array (the ratio is the cost of reading Excel's cells: blanks, flag words,
 * numbers as text, positions for messages, exact decimals), and against HyperFormula's built-in
 * functions on the same data.
 *
 * Functions over a range (ORGRATE, MEMBERRATE, …) take one call over n cells. Functions of single
 * values (FUND, SPLIT, PCT, …) take n calls, one per row, as a column of n formulas would.
 */
import "../../test/functions/customFunctionsRuntime";
import { HyperFormula } from "hyperformula";
import * as fns from "../../src/functions/functions";
import { fmtMs, fmtNs, table, timeBest } from "./timing";

const SIZES = [1_000, 100_000, 1_000_000];
/** HyperFormula keeps a whole sheet model in memory; 1,000,000 rows is past what it is for. */
const HF_SIZES = [1_000, 100_000];

type Cell = string | number;

interface Case {
  name: string;
  /** Prepares the data and returns the timed call(s) through the UNION.* wrapper. */
  run: (n: number) => () => unknown;
  /** The same arithmetic in floats over typed arrays: no cell reading, no exact decimals. */
  baseline: (n: number) => () => unknown;
  /** The sheet HyperFormula computes the same figure(s) on: data and formulas, row by row. */
  builtin: (n: number) => Cell[][];
}

const count = (i: number, seed: number) => ((i * seed) % 97) + 3;
const money = (i: number) => Math.round((1000 + i * 1.37) * 100) / 100;
const flag = (i: number) => (i % 21 === 0 ? "否" : i % 50 === 0 ? "" : "是");
const price = (i: number) => [50, 15, 15.5][i % 3];

const column = <T>(n: number, f: (i: number) => T): T[][] => Array.from({ length: n }, (_, i) => [f(i)]);
const floats = (n: number, f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
const rows = (n: number, f: (i: number) => Cell[]): Cell[][] => Array.from({ length: n }, (_, i) => f(i));
const fen = (x: number) => Math.round(x * 100) / 100;

/** A column of n formulas, each over its own row's values. */
function perRow(n: number, values: (i: number) => unknown[], call: (...args: unknown[]) => unknown): () => unknown {
  const args = Array.from({ length: n }, (_, i) => values(i));
  return () => {
    let last: unknown;
    for (let i = 0; i < n; i++) last = call(...args[i]);
    return last;
  };
}

/** A bare loop of n float computations. */
function bareRows(n: number, f: (x: number, i: number) => number): () => number {
  const xs = floats(n, money);
  return () => {
    let acc = 0;
    for (let i = 0; i < n; i++) acc += f(xs[i], i);
    return acc;
  };
}

/** Two columns of counts summed side by side, as MEMBERRATE and ENROLRATE read them. */
const sumRatioCase = (name: string, call: (a: unknown[][], b: unknown[][]) => number): Case => ({
  name,
  run: (n) => {
    const parts = column(n, (i) => count(i, 7));
    const wholes = column(n, (i) => count(i, 7) + 5);
    return () => call(parts, wholes);
  },
  baseline: (n) => {
    const m = floats(n, (i) => count(i, 7));
    return () => {
      let a = 0;
      let b = 0;
      for (let i = 0; i < m.length; i++) (a += m[i]), (b += m[i] + 5);
      return a / b;
    };
  },
  builtin: (n) => rows(n, (i) => [count(i, 7), count(i, 7) + 5, ...(i === 0 ? [`=SUM(A1:A${n})/SUM(B1:B${n})`] : [])]),
});

/**
 * A function of single values, as a column of n formulas over their own rows: `values` gives row
 * i's arguments, `bare` the same arithmetic in floats, `formula` the built-in equivalent for row r.
 */
function perCellCase(
  name: string,
  call: (...args: never[]) => unknown,
  values: (i: number) => Cell[],
  bare: (x: number, i: number) => number,
  formula: (row: number) => string,
): Case {
  return {
    name,
    run: (n) => perRow(n, values, call as (...args: unknown[]) => unknown),
    baseline: (n) => bareRows(n, bare),
    builtin: (n) => rows(n, (i) => [...values(i), formula(i + 1)]),
  };
}

const CASES: Case[] = [
  {
    name: "ORGRATE",
    run: (n) => {
      const f = column(n, flag);
      return () => fns.orgRateOf(f);
    },
    baseline: (n) => {
      const bits = Uint8Array.from({ length: n }, (_, i) => (i % 21 === 0 ? 0 : i % 50 === 0 ? 2 : 1));
      return () => {
        let yes = 0;
        let all = 0;
        for (let i = 0; i < bits.length; i++) if (bits[i] !== 2) (all++, (yes += bits[i]));
        return yes / all;
      };
    },
    builtin: (n) =>
      rows(n, (i) => [flag(i), ...(i === 0 ? [`=COUNTIFS(A1:A${n},"是")/(COUNTIFS(A1:A${n},"是")+COUNTIFS(A1:A${n},"否"))`] : [])]),
  },
  sumRatioCase("MEMBERRATE", fns.memberRateOf),
  sumRatioCase("ENROLRATE", fns.enrolRateOf),
  {
    name: "COVERAGE",
    run: (n) => {
      const f = column(n, flag);
      const staff = column(n, (i) => count(i, 7));
      return () => fns.coverageOf(f, staff);
    },
    baseline: (n) => {
      const bits = Uint8Array.from({ length: n }, (_, i) => (flag(i) === "是" ? 1 : 0));
      const staff = floats(n, (i) => count(i, 7));
      return () => {
        let orgs = 0;
        let people = 0;
        for (let i = 0; i < n; i++) if (bits[i]) (orgs++, (people += staff[i]));
        return orgs + people;
      };
    },
    builtin: (n) =>
      rows(n, (i) => [flag(i), count(i, 7), ...(i === 0 ? [`=COUNTIFS(A1:A${n},"是")`, `=SUMIFS(B1:B${n},A1:A${n},"是")`] : [])]),
  },
  {
    name: "CHECKSUM",
    run: (n) => {
      const parts = column(n, (i) => count(i, 13));
      return () => fns.checksumOf(1e9, parts);
    },
    baseline: (n) => {
      const parts = floats(n, (i) => count(i, 13));
      return () => {
        let s = 0;
        for (let i = 0; i < parts.length; i++) s += parts[i];
        return 1e9 - s;
      };
    },
    builtin: (n) => rows(n, (i) => [count(i, 13), ...(i === 0 ? [`=1000000000-SUM(A1:A${n})`] : [])]),
  },
  {
    name: "PREMIUM",
    run: (n) => {
      const c = column(n, (i) => count(i, 11));
      const p = column(n, price);
      return () => fns.premiumOf(c, p);
    },
    baseline: (n) => {
      const c = floats(n, (i) => count(i, 11));
      const p = floats(n, price);
      return () => {
        let s = 0;
        for (let i = 0; i < c.length; i++) s += c[i] * p[i];
        return fen(s);
      };
    },
    builtin: (n) => rows(n, (i) => [count(i, 11), price(i), ...(i === 0 ? [`=ROUND(SUMPRODUCT(A1:A${n},B1:B${n}),2)`] : [])]),
  },
  {
    name: "SPLIT",
    run: (n) => perRow(n, (i) => [money(i), [[0.6, 0.4]]], fns.splitOf as never),
    baseline: (n) => bareRows(n, (x) => x - fen(x * 0.4)),
    builtin: (n) => rows(n, (i) => [money(i), `=A${i + 1}-B${i + 1}`, `=ROUND(A${i + 1}*0.4,2)`]),
  },
  perCellCase("RATE", fns.rateOf, (i) => [count(i, 7), count(i, 7) + 5], (x, i) => count(i, 7) / (count(i, 7) + 5), (r) => `=A${r}/B${r}`),
  perCellCase("QUOTA", fns.quotaOf, (i) => [count(i, 7), 50], (x, i) => count(i, 7) / 50, (r) => `=A${r}/B${r}`),
  perCellCase("FUND", fns.fundOf, (i) => [money(i)], (x) => fen(x * 0.02), (r) => `=ROUND(A${r}*2%,2)`),
  perCellCase("SHARE", fns.shareOfAmount, (i) => [money(i), 0.2], (x) => fen(x * 0.2), (r) => `=ROUND(A${r}*B${r},2)`),
  perCellCase("BASE", fns.baseOf, (i) => [money(i), 0.2], (x) => fen(x / 0.2), (r) => `=ROUND(A${r}/B${r},2)`),
  perCellCase("DUES", fns.duesOf, (i) => [money(i)], (x) => fen(Math.floor(x / 10) * 10 * 0.005), (r) => `=ROUND(INT(A${r}/10)*10*0.5%,2)`),
  perCellCase("PCT", fns.pctOf, (i) => [count(i, 7) / 100], (x, i) => Math.round(count(i, 7) * 10) / 10, (r) => `=ROUND(A${r}*100,1)&"%"`),
  perCellCase("WAN", fns.wanOf, (i) => [money(i)], (x) => fen(x / 10000), (r) => `=ROUND(A${r}/10000,2)`),
  perCellCase(
    "QUOTATEXT",
    fns.quotaTextOf,
    (i) => [count(i, 7), 50, "家"],
    (x, i) => count(i, 7) / 50,
    (r) => `=IF(A${r}>B${r},"超额完成任务,","完成任务,")&"实际完成"&A${r}&"家,完成率"&ROUND(A${r}/B${r}*100,1)&"%"`,
  ),
];

function timeBuiltin(sheet: Cell[][]): number {
  const start = process.hrtime.bigint();
  const engine = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", maxRows: 1_100_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  engine.destroy();
  return ms;
}

export function benchFunctions(): string {
  const out: Array<Array<string | number>> = [];
  for (const c of CASES) {
    for (const n of SIZES) {
      const ours = timeBest(c.run(n), 3);
      const bare = timeBest(c.baseline(n), 3);
      const builtin = HF_SIZES.includes(n) ? fmtMs(timeBuiltin(c.builtin(n))) : "—";
      out.push([c.name, n.toLocaleString("en"), fmtMs(ours), fmtNs(ours, n), fmtMs(bare), (ours / Math.max(bare, 1e-3)).toFixed(0), builtin]);
    }
  }
  return table(["function", "cells", "UNION.* ms", "ns/cell", "bare loop ms", "ratio", "HyperFormula build+eval ms"], out);
}
