/**
 * 分街道汇总 as a ledger: one row per street (or per district, a level up), so the district draft is
 * composed by the same composer over it, and a city reads district workbooks the same way.
 */
import type { LedgerField, LedgerSchema } from "../ledgers/schemas";
import { ROLLUP_FIGURES, ROLLUP_RATES } from "./figures";

export const STREETS_SHEET = "分街道汇总";

/** Strips the unit: "已建会单位数（家）" → "已建会单位数" (headers are compared without it). */
const bare = (label: string) => label.replace(/（[^）]*）$/, "");

const figureFields: LedgerField[] = ROLLUP_FIGURES.map((f) => ({
  key: f.key,
  label: bare(f.label),
  labelEn: f.key,
  type: f.format === "money" ? "money" : "count",
  numberFormat: f.format === "money" ? "#,##0.00" : "#,##0",
  synonyms: [],
}));

const rateFields: LedgerField[] = ROLLUP_RATES.map((r) => ({
  key: r.key,
  label: r.label,
  labelEn: r.key,
  type: "ratio",
  numberFormat: "0.0%",
  synonyms: [],
}));

export const streetsSchema: LedgerSchema = {
  id: "streets",
  title: "分街道汇总",
  titleEn: "Figures by street",
  keywords: ["分街道", "汇总", "分区"],
  fields: [
    {
      key: "area",
      label: "街道",
      labelEn: "Street",
      type: "text",
      required: true,
      unique: true,
      synonyms: ["街道名称", "街镇", "镇街", "街道(镇)", "乡镇街道", "区", "区县", "区名称"],
    },
    {
      key: "sourceFile",
      label: "来源文件",
      labelEn: "Source file",
      type: "text",
      synonyms: ["文件", "源文件", "来源"],
    },
    {
      key: "year",
      label: "年份",
      labelEn: "Year",
      type: "count",
      synonyms: ["年度", "统计年度"],
    },
    ...figureFields,
    ...rateFields,
  ],
};
