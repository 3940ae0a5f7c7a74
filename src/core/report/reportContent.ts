/** The report's content as data, shared by the composer and its renderings (sheets, Word). */
import type { SheetPlan } from "../sheetPlan";

/** One piece of the narrative: the title, a first-level heading (一、), a second-level one ((一)), a paragraph. */
export interface ReportBlock {
  kind: "title" | "heading" | "subheading" | "paragraph";
  /** As it reads today. */
  text: string;
  /** The live formula of a sentence with figures (over the 报告数据 cells). */
  formula?: string;
}

/** A chart of the report: categories and values, and the rows of 报告数据 they come from. */
export interface ReportChart {
  type: "pie" | "column";
  title: string;
  items: Array<{ label: string; value: number; row: number }>;
}

export interface ReportSheetNames {
  draft: string;
  data: string;
  checks: string;
}

export const REPORT_SHEETS: ReportSheetNames = {
  draft: "报告草稿",
  data: "报告数据",
  checks: "核对事项",
};

export interface ReportSheet {
  name: string;
  plan: SheetPlan;
}
