// Arguments are typed any: Excel hands cells over as any (numbers, text, booleans, blanks, errors).
/**
 * The UNION.* custom functions. Each is a JSDoc block (read at build time by
 * CustomFunctionsMetadataPlugin to write functions.json) and one call into src/core. The ids are a
 * public contract: workbooks keep the formulas, so an id never changes meaning.
 * Chinese names live in functions.zh-CN.json, kept by hand and checked by a test.
 */
import { totalMinusParts } from "../core/checks";
import { allocateFund, baseFromShare, memberDues, shareOf, splitFundCells } from "../core/funds";
import { premiumTotal } from "../core/insurance";
import { coverage, enrolRate, memberRate, orgRate, quota, rate } from "../core/rates";
import { percentText, quotaText, toWan } from "../core/text";
import { calculate } from "./toExcelError";

/**
 * The build appends `CustomFunctions.associate("ID", fn)` for every function below
 * (custom-functions-metadata-plugin). office.js defines the CustomFunctions global; when it could not load
 * (offline, a plain browser) those calls would raise a ReferenceError on the page, so they go to this
 * module-level stand-in, which associates with office.js's object when there is one and does nothing otherwise.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the calls the build appends
const CustomFunctions: { associate(id: string, fn: (...args: any[]) => unknown): void } = (
  globalThis as {
    CustomFunctions?: { associate(id: string, fn: (...args: any[]) => unknown): void };
  }
).CustomFunctions ?? { associate: () => undefined };

/**
 * Divides a part by its whole: a rate, unrounded (format the cell as %).
 * @customfunction RATE RATE
 * @param part The part, e.g. organisations with a union.
 * @param whole The whole, e.g. organisations that should have one.
 * @returns part ÷ whole.
 */
export function rateOf(part: any, whole: any): number {
  return calculate(() => rate(part, whole));
}

/**
 * Union formation rate: organisations flagged yes ÷ organisations flagged (blank flags skipped).
 * @customfunction ORGRATE ORGRATE
 * @param established Flags per organisation: 是/否, 已建/未建, 有/无, √/×, Y/N, 1/0.
 * @param [employees] Employees per organisation, beside the flags.
 * @param [minEmployees] Count only organisations with at least this many employees.
 * @returns The formation rate.
 */
export function orgRateOf(established: any[][], employees?: any[][], minEmployees?: any): number {
  return calculate(() => orgRate(established, employees ?? undefined, minEmployees));
}

/**
 * Membership rate: Σ members ÷ Σ employees over rows where both are present.
 * @customfunction MEMBERRATE MEMBERRATE
 * @param members Union members per organisation.
 * @param employees Employees per organisation.
 * @returns The membership rate.
 */
export function memberRateOf(members: any[][], employees: any[][]): number {
  return calculate(() => memberRate(members, employees));
}

/**
 * Organisations covered by a union and the employees they hold, as a row of two.
 * @customfunction COVERAGE COVERAGE
 * @param established Flags per organisation.
 * @param employees Employees per organisation.
 * @returns {number[][]} Organisations covered, employees covered.
 */
export function coverageOf(established: any[][], employees: any[][]): number[][] {
  return calculate(() => {
    const c = coverage(established, employees);
    return [[c.organisations, c.employees]];
  });
}

/**
 * Quota completion: actual ÷ target (may exceed 100%).
 * @customfunction QUOTA QUOTA
 * @param actual What was done.
 * @param target What the district union set.
 * @returns The completion rate.
 */
export function quotaOf(actual: any, target: any): number {
  return calculate(() => quota(actual, target));
}

/**
 * Union funds allocated from a payroll: payroll × rate, to the fen.
 * @customfunction FUND FUND
 * @param payroll Total monthly payroll in yuan.
 * @param [rate] Allocation rate; 2% if omitted.
 * @returns The funds in yuan.
 */
export function fundOf(payroll: any, rate?: any): number {
  return calculate(() => allocateFund(payroll, rate));
}

/**
 * A share of an amount: amount × ratio, to the fen.
 * @customfunction SHARE SHARE
 * @param amount Amount in yuan.
 * @param ratio The share, e.g. 20%.
 * @returns The share in yuan.
 */
export function shareOfAmount(amount: any, ratio: any): number {
  return calculate(() => shareOf(amount, ratio));
}

/**
 * Splits funds between levels: each upper share rounded to the fen, the first (grassroots) takes the remainder.
 * @customfunction SPLIT SPLIT
 * @param amount Amount in yuan.
 * @param ratios Ratios in a row or column, grassroots first; they must add to 100%.
 * @returns {number[][]} A row of parts that add back exactly to the amount.
 */
export function splitOf(amount: any, ratios: any[][]): number[][] {
  return calculate(() => [splitFundCells(amount, ratios)]);
}

/**
 * Back-calculates the base from a remitted share: share ÷ ratio, to the fen.
 * @customfunction BASE BASE
 * @param share The remitted amount in yuan.
 * @param ratio The ratio it was remitted at.
 * @returns The base in yuan.
 */
export function baseOf(share: any, ratio: any): number {
  return calculate(() => baseFromShare(share, ratio));
}

/**
 * Monthly member dues: floor(wage ÷ 10) × 10 × rate, to the fen.
 * @customfunction DUES DUES
 * @param wage Monthly basic wage in yuan.
 * @param [rate] Dues rate; 0.5% if omitted.
 * @returns The dues in yuan.
 */
export function duesOf(wage: any, rate?: any): number {
  return calculate(() => memberDues(wage, rate));
}

/**
 * Mutual-insurance premiums: Σ count × price, to the fen.
 * @customfunction PREMIUM PREMIUM
 * @param counts People enrolled per category.
 * @param prices Premium per person per category, beside the counts.
 * @returns The premiums in yuan.
 */
export function premiumOf(counts: any[][], prices: any[][]): number {
  return calculate(() => premiumTotal(counts, prices));
}

/**
 * Enrolment rate: Σ enrolled ÷ Σ eligible over rows where both are present.
 * @customfunction ENROLRATE ENROLRATE
 * @param enrolled People enrolled per unit.
 * @param eligible People eligible per unit.
 * @returns The enrolment rate.
 */
export function enrolRateOf(enrolled: any[][], eligible: any[][]): number {
  return calculate(() => enrolRate(enrolled, eligible));
}

/**
 * A stated total minus the sum of its parts: 0 when they agree.
 * @customfunction CHECKSUM CHECKSUM
 * @param total The stated total.
 * @param parts The parts.
 * @returns total − Σ parts.
 */
export function checksumOf(total: any, parts: any[][]): number {
  return calculate(() => totalMinusParts(total, parts));
}

/**
 * A ratio as percent text for prose, rounded half-up: 0.954545 → "95.5%".
 * @customfunction PCT PCT
 * @param ratio The ratio.
 * @param [decimals] Decimals; 1 if omitted.
 * @returns The percent text.
 */
export function pctOf(ratio: any, decimals?: any): string {
  return calculate(() => percentText(ratio, decimals));
}

/**
 * Yuan in 万元 (ten thousands), rounded half-up: 5,758,000 → 575.8.
 * @customfunction WAN WAN
 * @param amount Amount in yuan.
 * @param [decimals] Decimals; 2 if omitted.
 * @returns The amount in 万元.
 */
export function wanOf(amount: any, decimals?: any): number {
  return calculate(() => toWan(amount, decimals));
}

/**
 * The quota phrase for a work report: 58, 50, "家" → "超额完成任务,实际完成58家,完成率116.0%".
 * @customfunction QUOTATEXT QUOTATEXT
 * @param actual What was done.
 * @param target What the district union set.
 * @param [unit] Unit word, e.g. 家 or 人.
 * @returns The phrase.
 */
export function quotaTextOf(actual: any, target: any, unit?: any): string {
  return calculate(() => quotaText(actual, target, unit));
}
