/**
 * The sample street's activity ledgers: 帮扶慰问 (76 people, 55,700 yuan), 劳动争议 (14 successes =
 * 3 contract + 3 wage + 5 injury + 3 other), 年度任务 (新建工会 50 → 58) and 政策参数.
 */
import type { CellValue } from "../grid";
import { POLICY_PARAMETERS } from "./policy";
import { Random, excelSerial } from "./sampleRandom";
import { type SampleSheet, buildForm } from "./sampleForm";
import { SAMPLE_STREET } from "./sampleUnits";

const MONEY = "#,##0.00";
const DATE = "yyyy-mm-dd";
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅玉兰志文";

function personNames(rng: Random, count: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) {
    const given =
      rng.next() < 0.6 ? rng.pick([...GIVEN]) + rng.pick([...GIVEN]) : rng.pick([...GIVEN]);
    seen.add(rng.pick([...SURNAMES]) + given);
  }
  return [...seen];
}

interface Campaign {
  name: string;
  people: number;
  amounts: number[];
  min: number;
  max: number;
  categories: string[];
  month: [number, number];
}

const CAMPAIGNS: Campaign[] = [
  {
    name: "元旦春节送温暖",
    people: 40,
    amounts: [500, 800, 1000],
    min: 300,
    max: 1200,
    categories: ["困难职工", "劳动模范", "患病职工", "退休困难职工"],
    month: [1, 2],
  },
  {
    name: "夏送清凉",
    people: 14,
    amounts: [200, 300],
    min: 200,
    max: 300,
    categories: ["一线职工", "户外职工"],
    month: [7, 7],
  },
  {
    name: "金秋助学",
    people: 12,
    amounts: [1000, 1500, 2000],
    min: 1000,
    max: 2000,
    categories: ["困难职工子女"],
    month: [8, 8],
  },
  {
    name: "中秋慰问",
    people: 10,
    amounts: [500],
    min: 300,
    max: 800,
    categories: ["困难职工", "劳动模范"],
    month: [9, 9],
  },
];

export function visitsSheet(rng: Random): SampleSheet {
  const names = personNames(rng, 76);
  const visits = CAMPAIGNS.flatMap((c) =>
    Array.from({ length: c.people }, () => ({
      c,
      amount: rng.pick(c.amounts),
      date: excelSerial(2024, rng.int(c.month[0], c.month[1]), rng.int(1, 28)),
      category: rng.pick(c.categories),
    }))
  );
  // Bring the total to the seed's 55,700 in steps of 100, within each campaign's usual range.
  let diff = 55_700 - visits.reduce((s, v) => s + v.amount, 0);
  for (let i = 0, guard = 0; diff !== 0; i = (i + 1) % visits.length) {
    if (++guard > 100_000) throw new Error("sample visits cannot reach their total");
    const v = visits[i];
    const step = diff > 0 ? 100 : -100;
    if (v.amount + step >= v.c.min && v.amount + step <= v.c.max) {
      v.amount += step;
      diff -= step;
    }
  }
  visits.sort((a, b) => a.date - b.date);
  const rows: CellValue[][] = visits.map((v, i) => [
    names[i],
    v.category,
    v.c.name,
    v.amount,
    v.date,
  ]);
  return buildForm("帮扶慰问", {
    title: `${SAMPLE_STREET}总工会帮扶慰问台账(2024年)`,
    unitLine: `填报单位:${SAMPLE_STREET}总工会`,
    unitRight: "金额单位:元",
    columns: [
      { label: "姓  名", width: 10 },
      { label: "类  别", width: 14 },
      { label: "活动", width: 16 },
      { label: "金额\n（元）", numberFormat: MONEY },
      { label: "日期", numberFormat: DATE, width: 12 },
    ],
    rows,
    totals: [null, null, null, 55_700, null],
    footnote: "注:慰问对象须经社区工会审核,慰问金由街道总工会统一发放。",
  });
}

/** 15 cases accepted and mediated; the 14 successes split 3 / 3 / 5 / 3 by type. */
const CASES: Array<[type: string, success: boolean]> = [
  ["劳动合同", true],
  ["解除劳动合同", true],
  ["劳动合同", true],
  ["工资", true],
  ["拖欠工资", true],
  ["劳动报酬", true],
  ["工资", false],
  ["工伤", true],
  ["工伤", true],
  ["工伤待遇", true],
  ["工伤", true],
  ["工伤", true],
  ["其他", true],
  ["社会保险", true],
  ["其他", true],
];

export function disputesSheet(rng: Random): SampleSheet {
  const cases = rng.shuffle(CASES);
  const dates = cases
    .map(() => excelSerial(2024, rng.int(1, 12), rng.int(1, 28)))
    .sort((a, b) => a - b);
  const rows: CellValue[][] = cases.map(([type, success], i) => [
    dates[i],
    type,
    rng.int(1, 12),
    rng.int(20, 1800) * 100,
    "是",
    success ? "是" : "否",
  ]);
  const total = (k: number) => rows.reduce((s, r) => s + (r[k] as number), 0);
  return buildForm("劳动争议", {
    title: `${SAMPLE_STREET}劳动争议调处台账(2024年)`,
    unitLine: `填报单位:${SAMPLE_STREET}劳动争议调解中心`,
    unitRight: "单位:件、人、元",
    columns: [
      { label: "受理日期", numberFormat: DATE, width: 12 },
      { label: "类型\n（劳动合同/工资/工伤/其他）", width: 16 },
      { label: "涉及人数", numberFormat: "#,##0" },
      { label: "涉案金额(元)", numberFormat: MONEY, width: 14 },
      { label: "是否调处" },
      { label: "是否调处成功" },
    ],
    rows,
    totals: [null, null, total(2), total(3), null, null],
    totalsSpan: 3,
    footnote: "注:调处率=调处件数÷受理件数,成功率=调处成功件数÷调处件数。",
  });
}

/** What the other ledgers give for the tasks they count too, so 年度任务 agrees with them. */
export interface TaskResults {
  newUnions: number;
  contracts: number;
  /** Funds allocated, in 万元 to the hundredth. */
  fundsWan: number;
}

export function targetsSheet(done: TaskResults): SampleSheet {
  const rows: CellValue[][] = [
    ["新建工会", 50, done.newUnions, "家"],
    ["发展会员", 1500, 1632, "人"],
    ["职工医疗互助保障参保", 8000, 8160, "人"],
    ["签订集体合同", 180, done.contracts, "家"],
    ["困难职工帮扶", 70, 76, "人"],
    ["工会经费收缴", 250, done.fundsWan, "万元"],
    ["职工书屋建设", 5, 6, "个"],
  ];
  return targetsForm(2024, rows);
}

/** A year's 年度任务 form, this year's or last year's: 指标, 任务数, 完成数, 单位. */
export function targetsForm(year: number, rows: CellValue[][]): SampleSheet {
  return buildForm("年度任务", {
    title: `${SAMPLE_STREET}总工会${year}年度目标任务完成情况`,
    unitLine: "区总工会下达",
    columns: [
      { label: "指标", width: 22 },
      { label: "任务数" },
      { label: "完成数" },
      { label: "单位" },
    ],
    rows,
    footnote: "注:任务数为区总工会年初下达数。",
  });
}

export function policySheet(): SampleSheet {
  const rows: CellValue[][] = POLICY_PARAMETERS.map((p) => [
    p.label,
    p.column === "ratio" ? p.defaultValue : null,
    p.column === "amount" ? p.defaultValue : null,
    p.column === "headcount" ? p.defaultValue : null,
    p.note || null,
  ]);
  return buildForm("政策参数", {
    title: "工会经费与互助保障政策参数(可按本地文件修改)",
    unitLine: `适用:${SAMPLE_STREET}总工会`,
    columns: [
      { label: "参数", width: 22 },
      { label: "比例", numberFormat: "0.0%" },
      { label: "金额（元）", numberFormat: MONEY },
      { label: "人数" },
      { label: "说明", width: 36 },
    ],
    rows,
    footnote: "注:各级分成比例之和应为100%,基层留成为扣除各级上缴后的余额。",
  });
}
