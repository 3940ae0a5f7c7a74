/**
 * The sample street's workbook of the year before (2023), the companion for 同比: the same
 * organisations, twelve of them not yet listed and six more without a union, members a little
 * fewer, its own visits, funds and insurance rows, a shorter activity register and last year's
 * targets. Built from the same seed, so it is as deterministic as the sample itself.
 */
import type { CellValue } from "../grid";
import { SAMPLE_SEED, taskResults } from "./sample";
import {
  disputesSheet,
  policySheet,
  targetsForm,
  type TaskResults,
  visitsSheet,
} from "./sampleActivities";
import type { SampleSheet } from "./sampleForm";
import { Random, excelSerial } from "./sampleRandom";
import { ACTIVITIES, activitiesSheet } from "./sampleRegister";
import {
  type SampleOrg,
  fundsSheet,
  insuranceSheet,
  organisationsSheet,
  sampleOrganisations,
} from "./sampleUnits";

export const SAMPLE_LAST_YEAR = 2023;
/** The rows of last year's visits, disputes, funds and insurance come from a seed of their own. */
const LAST_YEAR_SEED = 20231231;
/** Units listed this year that were not last year (the last ones), and units whose union is new. */
const NOT_YET_LISTED = 12;
const UNION_NEW = 6;

/** Last year's organisations: fewer listed, fewer with a union, about 4% fewer members. */
function lastYearOrganisations(orgs: readonly SampleOrg[]): SampleOrg[] {
  const listed = orgs.slice(0, orgs.length - NOT_YET_LISTED);
  // The newest unions: the last small units that have one this year.
  const newer = new Set(
    listed
      .map((o, i) => (o.established && o.employees < 25 ? i : -1))
      .filter((i) => i >= 0)
      .slice(-UNION_NEW)
  );
  return listed.map((o, i) => {
    if (newer.has(i))
      return {
        ...o,
        established: false,
        members: 0,
        femaleMembers: 0,
        migrantMembers: 0,
        flags: [false, false, false, false],
      };
    const members = Math.floor(o.members * 0.96);
    return {
      ...o,
      members,
      femaleMembers: Math.min(members, Math.floor(o.femaleMembers * 0.96)),
      migrantMembers: Math.min(members, Math.floor(o.migrantMembers * 0.96)),
    };
  });
}

/** Last year's payers of 25+ staff allocated 2,424,800.00 (246.30万元 with the small payers). */
const LAST_YEAR_PAYERS_FEN = 242_480_000;
/** Last year's 新建工会, flagged 本年新建 in last year's organisations ledger. */
const LAST_YEAR_NEW_UNIONS = 49;

/** Last year's targets; the results the ledgers count too are theirs, so the two agree. */
function lastYearTargets(done: TaskResults): SampleSheet {
  const rows: CellValue[][] = [
    ["新建工会", 45, done.newUnions, "家"],
    ["发展会员", 1400, 1486, "人"],
    // 参保 as last year's insurance ledger adds up (its rows are built like this year's).
    ["职工医疗互助保障参保", 7800, 8160, "人"],
    ["签订集体合同", 170, done.contracts, "家"],
    ["困难职工帮扶", 70, 72, "人"],
    ["工会经费收缴", 240, done.fundsWan, "万元"],
    ["职工书屋建设", 5, 5, "个"],
  ];
  return targetsForm(SAMPLE_LAST_YEAR, rows);
}

/** Last year's register: one training course, one singing contest fewer; a smaller charity drive. */
function lastYearActivities(): SampleSheet {
  const held = ACTIVITIES.filter(
    ([name]) => name !== "新就业形态劳动者培训" && name !== "职工歌手赛"
  ).map(([name, ...rest]) => {
    if (name !== "慈善一日捐") return [name, ...rest] as (typeof ACTIVITIES)[number];
    const [type, month, day, sessions, , people, positions, , note] = rest;
    return [
      name,
      type,
      month,
      day,
      sessions,
      790,
      people,
      positions,
      15800,
      note,
    ] as (typeof ACTIVITIES)[number];
  });
  return activitiesSheet(held, SAMPLE_LAST_YEAR);
}

/** A date of 2024 on the same day of 2023 (2024 is a leap year: from March on it is 366 days on). */
function dayLastYear(serial: number): number {
  return serial - (serial >= excelSerial(2024, 3, 1) ? 366 : 365);
}

/** Titles, 填报日期 and the dates in the rows, one year earlier. */
function inLastYear(sheet: SampleSheet): SampleSheet {
  const formats = sheet.columnFormats ?? {};
  const table = sheet.table;
  const start = excelSerial(2024, 1, 1);
  const end = excelSerial(2024, 12, 31);
  const grid = sheet.grid.map((row, r) =>
    row.map((value, c) => {
      if (typeof value === "string")
        return value.replace(/2024年/g, "2023年").replace(/2025年/g, "2024年");
      const isDate =
        typeof value === "number" &&
        (formats[c] ?? "").includes("yy") &&
        table !== undefined &&
        r >= table.data &&
        r <= table.end &&
        value >= start &&
        value <= end;
      return isDate ? dayLastYear(value as number) : value;
    })
  );
  return { ...sheet, grid };
}

export function buildLastYearWorkbook(): SampleSheet[] {
  const orgs = lastYearOrganisations(sampleOrganisations(new Random(SAMPLE_SEED)));
  const rng = new Random(LAST_YEAR_SEED);
  const funds = fundsSheet(orgs, rng, LAST_YEAR_PAYERS_FEN);
  const insurance = insuranceSheet(orgs, rng);
  const visits = visitsSheet(rng);
  const disputes = disputesSheet(rng);
  return [
    organisationsSheet(orgs, LAST_YEAR_NEW_UNIONS),
    funds,
    insurance,
    visits,
    disputes,
    lastYearTargets(taskResults(orgs, funds, LAST_YEAR_NEW_UNIONS)),
    policySheet(),
    lastYearActivities(),
  ].map(inLastYear);
}
