/**
 * What a report section is made of: its key figures (each computed now by core and live by a
 * formula), its sentences, and optionally a chart over some of its figures.
 */
import type { Measure } from "./measures";
import type { Piece } from "./phrase";

/** The cell number format a figure is shown with in the key-figures table. */
export type FigureFormat = "count" | "rate" | "money";

export interface FigureDef {
  key: string;
  label: string;
  format: FigureFormat;
  /** Where it comes from, for the reader: "基层工会组织台账 · 是否建会". */
  source: string;
  /** A figure over ledger cells… */
  measure?: Measure;
  /** …or one derived from others: num ÷ den (0 when den is 0), a − b, or a sum. */
  ratioOf?: [string, string];
  differenceOf?: [string, string];
  sumOf?: string[];
  /** Last year's value as this workbook records it (a 上年数 column): used without last year's workbook. */
  previous?: { value: number; formula: string };
}

export interface ChartDef {
  type: "pie" | "column";
  title: string;
  /** Figures whose labels and values make the chart's categories and values, in order. */
  figures: string[];
}

export interface SectionContent {
  id: string;
  title: string;
  figures: FigureDef[];
  paragraphs: Piece[][];
  /** Said instead of the section's figures when its ledger is missing. */
  missing?: string;
  charts?: ChartDef[];
}

/** A figure over ledger cells. */
export function measured(
  key: string,
  label: string,
  format: FigureFormat,
  source: string,
  measure: Measure
): FigureDef {
  return { key, label, format, source, measure };
}

/** A rate of two figures. */
export function ratio(
  key: string,
  label: string,
  num: string,
  den: string,
  source = "由上列数据计算"
): FigureDef {
  return { key, label, format: "rate", source, ratioOf: [num, den] };
}
