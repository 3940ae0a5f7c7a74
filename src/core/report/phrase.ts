/**
 * A report sentence, built once and rendered twice: as the text core computes now, and as a live
 * formula that joins text with the key-figure cells (so the draft updates when the ledgers change).
 * Both come from the same pieces, so they cannot drift apart; a test evaluates the formulas in a
 * formula engine and compares.
 */
import { exactSum, roundHalfUp, yuanToWan } from "../money";
import { textLiteral } from "./excelFormula";
import { zhPunctuation } from "../punctuation";
import { rateText } from "../text";

/**
 * How a figure is written in prose: 58 · 95.5% · 575.80 (万元 of a yuan figure) · 2591637.1 (a number
 * as stated) · 263.60 (a number already in 万元, to the hundredth as every 万元 sum of the document).
 */
export type ProseFormat = "int" | "pct" | "wan" | "yuan" | "hundredths";

export interface FigureRef {
  fig: string;
  as: ProseFormat;
  /**
   * The other part of a two-part split stated just before this one, in 万元: this part is then stated
   * as the pair's rounded sum less the other's rounded value, so "上缴105.21万元，留存157.83万元" adds
   * up to the 263.04万元 they make together (the rounding difference, 尾差, goes to this part, which
   * stays within 0.01万元 of its own value; with two parts it is never below zero).
   */
  after?: string;
}

export type Comparison = ">" | ">=" | "=" | "<" | "<=";

export interface Condition {
  fig: string;
  op: Comparison;
  than: number | { fig: string };
}

export interface Choice {
  if: Condition;
  then: Piece[];
  else: Piece[];
}

/** Text taken from a ledger cell as it stands (a campaign's or an indicator's name). */
export interface CellText {
  cell: string;
  text: string;
}

/**
 * 同比: the change of a figure against last year's (in the 上年数 column beside it): "，较上年增加12家，
 * 增长9.4%", "，较上年减少3家，同比下降2.1%", "，与上年持平"; no percentage when last year is 0; rates
 * change by 百分点. Nothing at all when last year is not known.
 */
export interface Change {
  change: string;
  unit: string;
  /**
   * A count, 万元 of a yuan figure, a rate (百分点), a number as stated (12.5 of a task), or a number
   * already in 万元 (to the hundredth: "增加17.30万元").
   */
  as: "int" | "wan" | "pct" | "num" | "hundredths";
}

/** Pieces said only when last year's value of a figure is known ("保持", "继续"), else the others. */
export interface Since {
  since: string;
  then: Piece[];
  else: Piece[];
}

export type Piece = string | FigureRef | Choice | CellText | Change | Since;

/** What a phrase needs to know of the figures: their values now, and their cells in the report. */
export interface FigureLookup {
  value(fig: string): number;
  address(fig: string): string;
  /** Whether last year's value is known; it is then the figure `previousKey(fig)`. */
  hasPrevious?(fig: string): boolean;
}

/** The key under which last year's value of a figure is looked up. */
export const previousKey = (key: string): string => `上年:${key}`;

export const fig = (key: string, as: ProseFormat): FigureRef => ({ fig: key, as });
/** The second part of a split in 万元, stated so that the two parts add up (see FigureRef.after). */
export const secondPart = (key: string, first: string): FigureRef => ({
  fig: key,
  as: "wan",
  after: first,
});
export const when = (condition: Condition, then: Piece[], otherwise: Piece[] = []): Choice => ({
  if: condition,
  then,
  else: otherwise,
});

export const change = (key: string, unit: string, as: Change["as"] = "int"): Change => ({
  change: key,
  unit,
  as,
});
export const since = (key: string, then: Piece[], otherwise: Piece[] = []): Since => ({
  since: key,
  then,
  else: otherwise,
});

function formatValue(value: number, as: ProseFormat): string {
  switch (as) {
    case "int":
      return roundHalfUp(value, 0).toFixed(0);
    case "pct":
      return rateText(value);
    case "wan":
      // 万元 with two decimals throughout one document: "1.70万元".
      return yuanToWan(value).toFixed(2);
    case "yuan":
      return String(roundHalfUp(value, 2));
    case "hundredths":
      return roundHalfUp(value, 2).toFixed(2);
  }
}

function formatFormula(address: string, as: ProseFormat): string {
  switch (as) {
    case "int":
      return `TEXT(${address},"0")`;
    case "pct":
      return `TEXT(ROUND(${address}*100,1),IF(MOD(ROUND(${address}*100,1),1)=0,"0","0.0"))&"%"`;
    case "wan":
      return `TEXT(ROUND(${address}/10000,2),"0.00")`;
    case "yuan":
      return `ROUND(${address},2)&""`;
    case "hundredths":
      return `TEXT(ROUND(${address},2),"0.00")`;
  }
}

function secondPartText(key: string, first: string, figures: FigureLookup): string {
  const [part, other] = [figures.value(key), figures.value(first)];
  const pair = yuanToWan(exactSum([part, other]).toNumber());
  return exactSum([pair, -yuanToWan(other)])
    .toNumber()
    .toFixed(2);
}

function secondPartFormula(part: string, first: string): string {
  // Two numbers of two decimals apart: TEXT's "0.00" takes away the float's last-digit noise.
  return `TEXT(ROUND((${first}+${part})/10000,2)-ROUND(${first}/10000,2),"0.00")`;
}

function holds(c: Condition, figures: FigureLookup): boolean {
  const left = figures.value(c.fig);
  const right = typeof c.than === "number" ? c.than : figures.value(c.than.fig);
  switch (c.op) {
    case ">":
      return left > right;
    case ">=":
      return left >= right;
    case "=":
      return left === right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
  }
}

function conditionFormula(c: Condition, figures: FigureLookup): string {
  const right = typeof c.than === "number" ? String(c.than) : figures.address(c.than.fig);
  return `${figures.address(c.fig)}${c.op}${right}`;
}

const known = (key: string, figures: FigureLookup) => figures.hasPrevious?.(key) === true;

/** Half-up to one decimal, as ROUND(x,1) does, of a float computed the way the formula computes it. */
const oneDecimal = (x: number): string => roundHalfUp(x, 1).toFixed(1);

function changeText(c: Change, figures: FigureLookup): string {
  if (!known(c.change, figures)) return "";
  const now = figures.value(c.change);
  const last = figures.value(previousKey(c.change));
  if (now === last) return "，与上年持平";
  const up = now > last;
  if (c.as === "pct")
    return `，较上年${up ? "提高" : "降低"}${oneDecimal(Math.abs(now - last) * 100)}个百分点`;
  const gap = Math.abs(exactSum([now, -last]).toNumber());
  const amount =
    c.as === "int"
      ? roundHalfUp(Math.abs(now - last), 0).toFixed(0)
      : c.as === "num"
        ? String(roundHalfUp(gap, 2))
        : c.as === "hundredths"
          ? roundHalfUp(gap, 2).toFixed(2)
          : yuanToWan(gap).toFixed(2);
  const growth =
    last === 0
      ? "（上年为0）"
      : `，${up ? "增长" : "同比下降"}${oneDecimal((Math.abs(now - last) / last) * 100)}%`;
  return `，较上年${up ? "增加" : "减少"}${amount}${c.unit}${growth}`;
}

function changeFormula(c: Change, figures: FigureLookup): string {
  if (!known(c.change, figures)) return '""';
  const b = figures.address(c.change);
  const d = figures.address(previousKey(c.change));
  const gap = (x: string, y: string) => `${x}-${y}`;
  const unit = textLiteral(c.unit);
  const diff = (x: string, y: string) =>
    c.as === "int"
      ? `TEXT(${gap(x, y)},"0")`
      : c.as === "num"
        ? `ROUND(${gap(x, y)},2)&""`
        : c.as === "hundredths"
          ? `TEXT(ROUND(${gap(x, y)},2),"0.00")`
          : `TEXT(ROUND((${gap(x, y)})/10000,2),"0.00")`;
  const pctOf = (x: string, y: string) => `TEXT(ROUND((${gap(x, y)})/${d}*100,1),"0.0")&"%"`;
  if (c.as === "pct") {
    const points = (x: string, y: string) => `TEXT(ROUND((${gap(x, y)})*100,1),"0.0")`;
    return `IF(${d}="","",IF(${b}=${d},"，与上年持平",IF(${b}>${d},"，较上年提高"&${points(b, d)},"，较上年降低"&${points(d, b)})&"个百分点"))`;
  }
  const upText = `"，较上年增加"&${diff(b, d)}&${unit}&IF(${d}=0,"（上年为0）","，增长"&${pctOf(b, d)})`;
  const downText = `"，较上年减少"&${diff(d, b)}&${unit}&IF(${d}=0,"（上年为0）","，同比下降"&${pctOf(d, b)})`;
  return `IF(${d}="","",IF(${b}=${d},"，与上年持平",IF(${b}>${d},${upText},${downText})))`;
}

/** The sentence as text, with today's figures. */
export function phraseText(pieces: readonly Piece[], figures: FigureLookup): string {
  return pieces
    .map((p) => {
      if (typeof p === "string") return zhPunctuation(p);
      if ("fig" in p)
        return p.after
          ? secondPartText(p.fig, p.after, figures)
          : formatValue(figures.value(p.fig), p.as);
      if ("cell" in p) return p.text;
      if ("change" in p) return changeText(p, figures);
      if ("since" in p) return phraseText(known(p.since, figures) ? p.then : p.else, figures);
      return phraseText(holds(p.if, figures) ? p.then : p.else, figures);
    })
    .join("");
}

function joinFormula(pieces: readonly Piece[], figures: FigureLookup): string {
  if (pieces.length === 0) return '""';
  const parts = pieces.map((p) => {
    if (typeof p === "string") return textLiteral(zhPunctuation(p));
    if ("fig" in p)
      return p.after
        ? secondPartFormula(figures.address(p.fig), figures.address(p.after))
        : formatFormula(figures.address(p.fig), p.as);
    if ("cell" in p) return `${p.cell}&""`;
    if ("change" in p) return changeFormula(p, figures);
    if ("since" in p) return joinFormula(known(p.since, figures) ? p.then : p.else, figures);
    return `IF(${conditionFormula(p.if, figures)},${joinFormula(p.then, figures)},${joinFormula(p.else, figures)})`;
  });
  // An empty part (a 同比 with no last year) adds nothing: left out, so the formula stays as before.
  const said = parts.filter((f) => f !== '""');
  return said.length ? said.join("&") : '""';
}

/** The sentence as a formula over the key-figure cells. */
export function phraseFormula(pieces: readonly Piece[], figures: FigureLookup): string {
  return `=${joinFormula(pieces, figures)}`;
}

/** Every figure a sentence mentions, so the composer can leave out a sentence whose figures are missing. */
export function figuresIn(pieces: readonly Piece[]): string[] {
  return pieces.flatMap((p) => {
    if (typeof p === "string" || "cell" in p) return [];
    if ("fig" in p) return p.after ? [p.fig, p.after] : [p.fig];
    if ("change" in p) return [p.change];
    if ("since" in p) return [...figuresIn(p.then), ...figuresIn(p.else)];
    const than = typeof p.if.than === "number" ? [] : [p.if.than.fig];
    return [p.if.fig, ...than, ...figuresIn(p.then), ...figuresIn(p.else)];
  });
}
