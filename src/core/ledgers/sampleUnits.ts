/**
 * The sample street's organisations and the ledgers kept per organisation: 组织台账, 经费收缴 and
 * 互助保障. Figures are built to hold the seed's published totals exactly: 210 of 220 with a
 * hardship fund, 124 payers allocating 2,591,637.10 (built in integer fen), 22 exempted, and
 * enrolments of 4040 / 688 / 1262 / 2170 under a stated total of 8168 (the parts add to 8160).
 */
import type { CellValue } from "../grid";
import { Random, apportion, excelSerial } from "./sampleRandom";
import { type SampleSheet, buildForm } from "./sampleForm";

export const SAMPLE_STREET = "东湖街道";

export interface SampleOrg {
  name: string;
  community: string;
  type: string;
  employees: number;
  female: number;
  migrant: number;
  established: boolean;
  members: number;
  femaleMembers: number;
  migrantMembers: number;
  flags: [boolean, boolean, boolean, boolean];
  hardshipFund: boolean;
  hardshipFundAmount: number | null;
}

const PREFIXES = [
  "东湖",
  "华兴",
  "恒达",
  "瑞丰",
  "金诚",
  "宏远",
  "新城",
  "永盛",
  "博达",
  "天成",
  "鑫源",
  "鼎盛",
  "中盈",
  "信合",
  "汇通",
  "润泽",
  "安泰",
  "嘉禾",
  "正和",
  "隆昌",
];
const TRADES = [
  "科技有限公司",
  "电子有限公司",
  "机械制造有限公司",
  "物流有限公司",
  "建材有限公司",
  "食品有限公司",
  "服饰有限公司",
  "餐饮管理有限公司",
  "物业服务有限公司",
  "医药有限公司",
  "印务有限公司",
];
const COMMUNITIES = [
  "东湖社区",
  "南苑社区",
  "西园社区",
  "北辰社区",
  "湖滨社区",
  "新桥社区",
  "光明社区",
  "和平社区",
];

/** Organisations with 25+ staff come first in this many; the rest are small. */
const LARGE = 160;

const COUNT = "#,##0";
const MONEY = "#,##0.00";
const yesNo = (b: boolean): string => (b ? "是" : "否");

export function sampleOrganisations(rng: Random): SampleOrg[] {
  const names = rng.shuffle(PREFIXES.flatMap((p) => TRADES.map((t) => p + t)));
  const noFund = new Set(rng.shuffle(names.map((_, i) => i)).slice(0, 10));
  const notEstablished = new Set(rng.shuffle(names.map((_, i) => i).slice(LARGE)).slice(0, 8));
  return names.map((name, i) => {
    const employees =
      i < LARGE
        ? Math.round(Math.exp(Math.log(25) + rng.next() * Math.log(800 / 25)))
        : rng.int(3, 24);
    const female = Math.round(employees * (0.25 + 0.4 * rng.next()));
    const migrant = Math.round(employees * 0.5 * rng.next());
    const established = !notEstablished.has(i);
    const members = established ? Math.floor(employees * (0.82 + 0.18 * rng.next())) : 0;
    const femaleMembers = Math.min(members, Math.floor(female * (0.8 + 0.2 * rng.next())));
    const migrantMembers = Math.min(members, Math.floor(migrant * (0.7 + 0.3 * rng.next())));
    const big = employees >= 25;
    const flags: SampleOrg["flags"] = [
      established && rng.next() < 0.94,
      established && rng.next() < 0.86,
      established && (big ? rng.next() < 0.97 : rng.next() < 0.5),
      established && rng.next() < 0.95,
    ];
    const hardshipFund = !noFund.has(i);
    return {
      name,
      community: rng.pick(COMMUNITIES),
      type: i < LARGE ? "企业" : rng.pick(["企业", "企业", "企业", "社会组织", "个体工商户"]),
      employees,
      female,
      migrant,
      established,
      members,
      femaleMembers,
      migrantMembers,
      flags,
      hardshipFund,
      hardshipFundAmount: hardshipFund ? rng.int(20, 500) * 100 : null,
    };
  });
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Of the 212 unions, the 58 formed this year (the seed's 新建工会58家), spread evenly, drawing no random numbers. */
export const NEW_UNIONS = 58;
function formedThisYear(orgs: SampleOrg[], count: number): Set<SampleOrg> {
  const unions = orgs.filter((o) => o.established);
  return new Set(unions.filter((_, k) => (k * count) % unions.length < count));
}

/** `newUnions`: how many of the units with a union are flagged 本年新建. */
export function organisationsSheet(orgs: SampleOrg[], newUnions = NEW_UNIONS): SampleSheet {
  const formed = formedThisYear(orgs, newUnions);
  const rows: CellValue[][] = orgs.map((o) => [
    o.name,
    o.community,
    o.type,
    o.employees,
    o.female,
    o.migrant,
    o.established ? "Y" : "N",
    o.established ? (o.employees >= 25 ? "单独" : "联合") : null,
    o.members,
    o.femaleMembers,
    o.migrantMembers,
    ...o.flags.map(yesNo),
    yesNo(o.hardshipFund),
    o.hardshipFundAmount,
    o.established ? yesNo(formed.has(o)) : null,
  ]);
  const col = (i: number) => rows.map((r) => (typeof r[i] === "number" ? (r[i] as number) : 0));
  return buildForm("组织台账", {
    title: `${SAMPLE_STREET}基层工会组织情况统计台账(2024年度)`,
    unitLine: `填报单位:${SAMPLE_STREET}总工会`,
    unitRight: "单位:个、人、元",
    columns: [
      { label: "单位名称", width: 26 },
      { label: "所属社区" },
      { label: "单位类型" },
      { label: "职工人数\n(人)", numberFormat: COUNT },
      { label: "女职工", parent: "其中", numberFormat: COUNT },
      { label: "农民工", parent: "其中", numberFormat: COUNT },
      { label: "是否建会\n（Y/N）" },
      { label: "建会方式\n(单独/联合)" },
      { label: "会员人数", numberFormat: COUNT },
      { label: "女职工", parent: "其中:", numberFormat: COUNT },
      { label: "农民工", parent: "其中:", numberFormat: COUNT },
      { label: "集体合同" },
      { label: "工资集体协商" },
      { label: "职代会" },
      { label: "厂务公开" },
      { label: "帮困基金" },
      { label: "帮困基金额\n（元）", numberFormat: MONEY },
      { label: "本年新建\n（是/否）" },
    ],
    rows,
    totals: [
      null,
      null,
      null,
      sum(col(3)),
      sum(col(4)),
      sum(col(5)),
      null,
      null,
      sum(col(8)),
      sum(col(9)),
      sum(col(10)),
      null,
      null,
      null,
      null,
      null,
      sum(col(16)),
      null,
    ],
    totalsSpan: 4,
    footnote: "注:1.是否建会填Y或N;2.联合建会的单位在建会方式中填“联合”;3.帮困基金额为年末余额。",
  });
}

/** Payers, exempted and small payers, in organisation order. */
/** The seed's 124 payers of 25+ staff allocated 2,591,637.10 in all. */
const PAYERS_FEN = 259_163_710;

export function fundsSheet(orgs: SampleOrg[], rng: Random, payersFen = PAYERS_FEN): SampleSheet {
  const large = orgs.map((_, i) => i).filter((i) => orgs[i].employees >= 25);
  const small = orgs.map((_, i) => i).filter((i) => orgs[i].employees < 25 && orgs[i].established);
  const payers = large.slice(0, 124);
  const exempted = new Set(large.slice(124, 146));
  const smallPayers = small.slice(0, 30);
  // The payers' total in fen (the seed's 2,591,637.10), shared out by payroll size: each payroll is 50 × its fund, so 2% is exact.
  const wages = payers.map((i) => orgs[i].employees * rng.int(4200, 9800));
  const shares = apportion(payersFen, wages);
  const fundFen = new Map(payers.map((i, k) => [i, shares[k]]));
  const rows: CellValue[][] = [];
  const totals = { staff: 0, payroll: 0, fund: 0, up: 0, kept: 0, back: 0 };
  for (const i of [...payers, ...exempted, ...smallPayers].sort((a, b) => a - b)) {
    const o = orgs[i];
    const isExempt = exempted.has(i);
    const payrollFen = fundFen.has(i)
      ? fundFen.get(i)! * 50
      : o.employees * rng.int(3500, 6500) * 100;
    const fund = isExempt ? 0 : payrollFen / 50;
    const up = Math.floor((fund * 4 + 5) / 10);
    const back = o.employees < 25 ? up : null;
    const date = isExempt ? null : excelSerial(2024, rng.int(1, 12), rng.int(5, 25));
    rows.push([
      o.name,
      o.employees,
      payrollFen / 100,
      fund / 100,
      yesNo(isExempt),
      0.4,
      up / 100,
      (fund - up) / 100,
      back === null ? null : back / 100,
      date,
      isExempt ? `${SAMPLE_STREET}工发〔2024〕${12 + (i % 9)}号` : null,
    ]);
    totals.staff += o.employees;
    totals.payroll += payrollFen;
    totals.fund += fund;
    totals.up += up;
    totals.kept += fund - up;
    totals.back += back ?? 0;
  }
  return buildForm("经费收缴", {
    title: `${SAMPLE_STREET}工会经费收缴台账(2024年)`,
    unitLine: `填报单位:${SAMPLE_STREET}总工会`,
    unitRight: "金额单位:元",
    columns: [
      { label: "单位名称", width: 26 },
      { label: "职工人数", numberFormat: COUNT },
      { label: "全部职工\n工资总额(元)", numberFormat: MONEY, width: 16 },
      { label: "计提经费(元)", numberFormat: MONEY, width: 14 },
      { label: "是否免交" },
      { label: "上缴比例", numberFormat: "0%" },
      { label: "上缴金额（元）", numberFormat: MONEY, width: 14 },
      { label: "留存金额（元）", numberFormat: MONEY, width: 14 },
      { label: "小额返还(元)", numberFormat: MONEY },
      { label: "缴费日期", numberFormat: "yyyy-mm-dd", width: 12 },
      { label: "免交批准文号", width: 18 },
    ],
    numberingRow: true,
    rows,
    totals: [
      null,
      totals.staff,
      totals.payroll / 100,
      totals.fund / 100,
      null,
      null,
      totals.up / 100,
      totals.kept / 100,
      totals.back / 100,
      null,
      null,
    ],
    footnote:
      "注:计提经费按全部职工工资总额的2%计算;经批准免交的单位计提经费填0;职工人数少于25人的小额缴费工会组织上缴经费全额返还。",
  });
}

export function insuranceSheet(orgs: SampleOrg[], rng: Random): SampleSheet {
  const units = rng.shuffle(orgs.filter((o) => o.employees >= 25)).slice(0, 50);
  const serving = apportion(
    4040,
    units.map(() => 0.4 + 1.2 * rng.next())
  );
  const women = apportion(
    1262,
    serving.map((s) => s * (0.6 + 0.8 * rng.next()))
  );
  const serious = apportion(
    2170,
    serving.map((s) => s * (0.7 + 0.6 * rng.next()))
  );
  const retired = apportion(
    688,
    units.map((_, i) => (i % 10 < 7 ? 0.5 + rng.next() : 0))
  );
  const rows: CellValue[][] = units.map((o, i) => {
    const all = i % 2 === 0;
    const staff = all ? serving[i] : serving[i] + rng.int(3, 60);
    const premium = serving[i] * 50 + retired[i] * 60 + women[i] * 15 + serious[i] * 15;
    return [
      o.name,
      staff,
      serving[i],
      retired[i],
      women[i],
      serious[i],
      serving[i] + retired[i] + women[i] + serious[i],
      yesNo(all),
      premium,
    ];
  });
  const col = (k: number) => sum(rows.map((r) => r[k] as number));
  return buildForm("互助保障", {
    title: `${SAMPLE_STREET}职工医疗互助保障参保情况台账(2024年度)`,
    unitLine: `填报单位:${SAMPLE_STREET}总工会`,
    unitRight: "单位:人、元",
    columns: [
      { label: "单位名称", width: 26 },
      { label: "职工人数", numberFormat: COUNT },
      { label: "在职", parent: "参保人数", numberFormat: COUNT },
      { label: "退休", parent: "参保人数", numberFormat: COUNT },
      { label: "安康", parent: "参保人数", numberFormat: COUNT },
      { label: "特种", parent: "参保人数", numberFormat: COUNT },
      { label: "合  计", numberFormat: COUNT },
      { label: "是否全员参保" },
      { label: "保费（元）", numberFormat: MONEY },
    ],
    rows,
    // The stated total is the seed's 8168; the parts add to 8160. The check must catch this.
    totals: [null, col(1), 4040, 688, 1262, 2170, 8168, null, col(8)],
    footnote:
      "注:在职、退休为住院保障,安康为女职工安康保障,特种为特种重病保障;保费按每人每年在职50元、退休60元、安康15元、特种15元计。",
  });
}
