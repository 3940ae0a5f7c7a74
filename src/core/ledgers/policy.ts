/**
 * The 政策参数 sheet: one 参数 row per rule, its value in the column of its kind (比例, 金额(元) or
 * 人数). Ratios, shares and premiums differ by province, city and year, so they live in the workbook
 * where the user can edit them; the defaults below are only the sample's and a new template's.
 */
import type { Grid } from "../grid";
import { readAmount, readCount, readRatio } from "../read";
import { normaliseHeader } from "./headerText";
import { type Detection, readRecords } from "./detect";

export type PolicyColumn = "ratio" | "amount" | "headcount";

export interface PolicyParameter {
  key: string;
  label: string;
  column: PolicyColumn;
  defaultValue: number;
  synonyms: string[];
  note: string;
}

/** Upper-level shares in SPLIT order: the grassroots union first, then street, district, city, province, national. */
export const SHARE_KEYS = [
  "shareGrassroots",
  "shareStreet",
  "shareDistrict",
  "shareCity",
  "shareProvince",
  "shareNational",
] as const;

export const POLICY_PARAMETERS: readonly PolicyParameter[] = [
  {
    key: "fundRate",
    label: "计提比例",
    column: "ratio",
    defaultValue: 0.02,
    synonyms: ["经费计提比例", "工会经费计提比例", "拨缴比例"],
    note: "工会法第四十三条:全部职工工资总额的2%",
  },
  {
    key: "shareGrassroots",
    label: "基层留成比例",
    column: "ratio",
    defaultValue: 0.6,
    synonyms: ["基层", "基层工会", "基层工会留成比例", "基层留成", "基层分成比例"],
    note: "基层工会留用",
  },
  {
    key: "shareStreet",
    label: "街道分成比例",
    column: "ratio",
    defaultValue: 0.05,
    synonyms: ["街道", "街道总工会", "街道工会分成比例", "乡镇街道分成比例"],
    note: "街道(乡镇)总工会",
  },
  {
    key: "shareDistrict",
    label: "区总工会分成比例",
    column: "ratio",
    defaultValue: 0.2,
    synonyms: ["区", "区总工会", "区县总工会分成比例", "区分成比例"],
    note: "上缴区总工会",
  },
  {
    key: "shareCity",
    label: "市总工会分成比例",
    column: "ratio",
    defaultValue: 0.1,
    synonyms: ["市", "市总工会", "市分成比例"],
    note: "",
  },
  {
    key: "shareProvince",
    label: "省总工会分成比例",
    column: "ratio",
    defaultValue: 0.03,
    synonyms: ["省", "省总工会", "省分成比例"],
    note: "",
  },
  {
    key: "shareNational",
    label: "全国总工会分成比例",
    column: "ratio",
    defaultValue: 0.02,
    synonyms: ["全国", "全国总工会", "全总", "全总分成比例"],
    note: "",
  },
  {
    key: "smallPayerStaffLimit",
    label: "小额缴费职工人数标准",
    column: "headcount",
    defaultValue: 25,
    synonyms: ["小额缴费标准", "小额返还职工人数标准", "小额缴费工会组织标准"],
    note: "职工人数少于此数的为小额缴费工会组织",
  },
  {
    key: "smallPayerReturn",
    label: "小额返还比例",
    column: "ratio",
    defaultValue: 1,
    synonyms: ["小额缴费返还比例", "小微企业返还比例", "全额返还比例"],
    note: "上缴经费全额返还",
  },
  {
    key: "duesRate",
    label: "会费比例",
    column: "ratio",
    defaultValue: 0.005,
    synonyms: ["会费缴纳比例", "会员会费比例"],
    note: "本人每月基本工资的0.5%",
  },
  {
    key: "preparationRate",
    label: "筹备金比例",
    column: "ratio",
    defaultValue: 0.02,
    synonyms: ["建会筹备金比例", "筹备金"],
    note: "未建会单位,建会后返还",
  },
  {
    key: "premiumServing",
    label: "在职职工住院保费",
    column: "amount",
    defaultValue: 50,
    synonyms: ["在职住院保费", "在职职工住院"],
    note: "每人每年",
  },
  {
    key: "premiumRetired",
    label: "退休人员住院保费",
    column: "amount",
    defaultValue: 60,
    synonyms: ["退休住院保费", "退休人员住院"],
    note: "每人每年",
  },
  {
    key: "premiumWomen",
    label: "女职工安康保费",
    column: "amount",
    defaultValue: 15,
    synonyms: ["安康保费", "女职工安康"],
    note: "每人每年",
  },
  {
    key: "premiumSerious",
    label: "特种重病保费",
    column: "amount",
    defaultValue: 15,
    synonyms: ["特种保费", "特种重病"],
    note: "每人每年",
  },
];

const BY_WORD = new Map<string, PolicyParameter>();
for (const p of POLICY_PARAMETERS)
  for (const w of [p.label, ...p.synonyms]) BY_WORD.set(normaliseHeader(w), p);

/** The parameter a 参数 cell names, or null. */
export function policyParameterOf(text: unknown): PolicyParameter | null {
  return BY_WORD.get(normaliseHeader(text)) ?? null;
}

export interface PolicyValues {
  values: Record<string, number>;
  /** Rows whose 参数 names no known parameter (kept by the user, ignored here). */
  unknownRows: number[];
}

/** Reads a detected 政策参数 sheet. A parameter given twice keeps its first row. */
export function readPolicy(grid: Grid, detection: Detection): PolicyValues {
  const values: Record<string, number> = {};
  const unknownRows: number[] = [];
  const readers = { ratio: readRatio, amount: readAmount, headcount: readCount };
  for (const record of readRecords(grid, detection)) {
    const parameter = policyParameterOf(record.values.parameter);
    if (!parameter) {
      unknownRows.push(record.row);
      continue;
    }
    const value = readers[parameter.column](
      record.values[parameter.column],
      `第${record.row + 1}行 ${parameter.label}`
    );
    if (value !== null && !(parameter.key in values)) values[parameter.key] = value;
  }
  return { values, unknownRows };
}

/** The split ratios in SPLIT order, from read values with defaults for the missing ones. */
export function shareRatios(values: Record<string, number>): number[] {
  return SHARE_KEYS.map(
    (k) => values[k] ?? POLICY_PARAMETERS.find((p) => p.key === k)!.defaultValue
  );
}
