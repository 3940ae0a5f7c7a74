/**
 * A report sentence, built once and rendered twice: as the text core computes now, and as a live
 * formula that joins text with the key-figure cells (so the draft updates when the ledgers change).
 * Both come from the same pieces, so they cannot drift apart; a test evaluates the formulas in a
 * formula engine and compares.
 */
import { exact, roundHalfUp, yuanToWan } from "../money";
import { textLiteral } from "./excelFormula";

/** How a figure is written in prose: 58 · 95.5% · 575.8 (万元) · 2591637.1 (元). */
export type ProseFormat = "int" | "pct" | "wan" | "yuan";

export interface FigureRef {
  fig: string;
  as: ProseFormat;
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

export type Piece = string | FigureRef | Choice | CellText;

/** What a phrase needs to know of the figures: their values now, and their cells in the report. */
export interface FigureLookup {
  value(fig: string): number;
  address(fig: string): string;
}

export const fig = (key: string, as: ProseFormat): FigureRef => ({ fig: key, as });
export const when = (condition: Condition, then: Piece[], otherwise: Piece[] = []): Choice => ({
  if: condition,
  then,
  else: otherwise,
});

function formatValue(value: number, as: ProseFormat): string {
  switch (as) {
    case "int":
      return roundHalfUp(value, 0).toFixed(0);
    case "pct":
      return `${exact(value).times(100).toDecimalPlaces(1).toFixed(1)}%`;
    case "wan":
      return String(yuanToWan(value));
    case "yuan":
      return String(roundHalfUp(value, 2));
  }
}

function formatFormula(address: string, as: ProseFormat): string {
  switch (as) {
    case "int":
      return `TEXT(${address},"0")`;
    case "pct":
      return `TEXT(ROUND(${address}*100,1),"0.0")&"%"`;
    case "wan":
      return `ROUND(${address}/10000,2)&""`;
    case "yuan":
      return `ROUND(${address},2)&""`;
  }
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

/** The sentence as text, with today's figures. */
export function phraseText(pieces: readonly Piece[], figures: FigureLookup): string {
  return pieces
    .map((p) => {
      if (typeof p === "string") return p;
      if ("fig" in p) return formatValue(figures.value(p.fig), p.as);
      if ("cell" in p) return p.text;
      return phraseText(holds(p.if, figures) ? p.then : p.else, figures);
    })
    .join("");
}

function joinFormula(pieces: readonly Piece[], figures: FigureLookup): string {
  if (pieces.length === 0) return '""';
  return pieces
    .map((p) => {
      if (typeof p === "string") return textLiteral(p);
      if ("fig" in p) return formatFormula(figures.address(p.fig), p.as);
      if ("cell" in p) return `${p.cell}&""`;
      return `IF(${conditionFormula(p.if, figures)},${joinFormula(p.then, figures)},${joinFormula(p.else, figures)})`;
    })
    .join("&");
}

/** The sentence as a formula over the key-figure cells. */
export function phraseFormula(pieces: readonly Piece[], figures: FigureLookup): string {
  return `=${joinFormula(pieces, figures)}`;
}

/** Every figure a sentence mentions, so the composer can leave out a sentence whose figures are missing. */
export function figuresIn(pieces: readonly Piece[]): string[] {
  return pieces.flatMap((p) => {
    if (typeof p === "string" || "cell" in p) return [];
    if ("fig" in p) return [p.fig];
    const than = typeof p.if.than === "number" ? [] : [p.if.than.fig];
    return [p.if.fig, ...than, ...figuresIn(p.then), ...figuresIn(p.else)];
  });
}
