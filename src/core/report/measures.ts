/**
 * Figures over a ledger column, each as a pair: the value core computes from the records now, and a
 * portable formula (built-in functions only) that computes the same from the ledger cells. The
 * formulas follow spreadsheet semantics, and so do the values: SUM adds numbers and passes over text
 * (the checks list text in number columns), flags match after trimming, in any case.
 */
import { isBlank } from "../grid";
import { FLAG_NO_WORDS, FLAG_YES_WORDS, flagValue } from "../flags";
import { exactSum, roundHalfUp } from "../money";
import { textArray, textLiteral } from "./excelFormula";
import type { LedgerView } from "./ledgerView";

export interface Measure {
  /** Without the leading "=". */
  formula: string;
  value: number;
}

// eslint-disable-next-line no-control-regex -- the characters CLEAN removes
const CONTROL_CHARACTERS = /[\x00-\x1f]/g;

/** Text CLEAN and TRIM leave as it is (the common case, not worth three string copies). */
const CLEAN_ALREADY = /^[\u4e00-\u9fff0-9A-Za-z]*$/;

/** A cell's text as TRIM(CLEAN(x)) sees it (numbers and booleans as Excel writes them). */
function cleanText(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string" && CLEAN_ALREADY.test(value)) return value;
  // CLEAN drops control characters; TRIM drops spaces at the ends and folds inner runs.
  return String(value ?? "")
    .replace(CONTROL_CHARACTERS, "")
    .replace(/ +/g, " ")
    .trim();
}

const cleaned = (range: string) => `TRIM(CLEAN(${range}))`;
/**
 * The summed column's numbers only, as a 0/1 mask beside it: Excel and WPS pass over text in
 * SUMPRODUCT's arrays, but some engines read "0.5" there as a number; with the mask none does.
 */
const numeric = (range: string) => `ISNUMBER(${range})`;
const isYes = (range: string) =>
  `ISNUMBER(MATCH(UPPER(${cleaned(range)}),${textArray(FLAG_YES_WORDS)},0))`;
const isFlagged = (range: string) =>
  `ISNUMBER(MATCH(UPPER(${cleaned(range)}),${textArray([...FLAG_YES_WORDS, ...FLAG_NO_WORDS])},0))`;

function yesIn(value: unknown): boolean {
  return flagValue(typeof value === "string" ? cleanText(value) : value) === true;
}

function flaggedIn(value: unknown): boolean {
  const flag = flagValue(typeof value === "string" ? cleanText(value) : value);
  return flag === true || flag === false;
}

/** Rows with anything in the column. */
export function countFilled(view: LedgerView, key: string): Measure {
  return {
    formula: view.over((range) => `SUMPRODUCT(--(${cleaned(range(key))}<>""))`),
    value: view.records.filter((r) => !isBlank(r.values[key]) && cleanText(r.values[key]) !== "")
      .length,
  };
}

/** Rows flagged yes. */
export function countYes(view: LedgerView, key: string): Measure {
  return {
    formula: view.over((range) => `SUMPRODUCT(--${isYes(range(key))})`),
    value: view.records.filter((r) => yesIn(r.values[key])).length,
  };
}

/** Rows flagged yes or no (blank and unknown words are not counted). */
export function countFlagged(view: LedgerView, key: string): Measure {
  return {
    formula: view.over((range) => `SUMPRODUCT(--${isFlagged(range(key))})`),
    value: view.records.filter((r) => flaggedIn(r.values[key])).length,
  };
}

/** The words that put a cell in each category: its name, then its other words ("欠薪" is 工资). */
export type CategoryTerms = Array<{ category: string; terms: string[] }>;

/**
 * A cell's category: the first category, in order, any of whose words the cell contains (in any
 * case), as SEARCH finds them. So "拖欠工资" is 工资 and "解除劳动合同" is 劳动合同.
 */
export function categoryIndex(value: unknown, categories: CategoryTerms): number {
  const text = cleanText(value).toUpperCase();
  if (text === "") return -1;
  return categories.findIndex((c) => c.terms.some((t) => text.includes(t.toUpperCase())));
}

/** Rows flagged yes whose category column falls in category `k` of `categories`. */
export function countYesInCategory(
  view: LedgerView,
  flagKey: string,
  categoryKey: string,
  categories: CategoryTerms,
  k: number
): Measure {
  const formula = view.over(
    (range) =>
      `SUMPRODUCT(${isYes(range(flagKey))}*${inCategory(range(categoryKey), categories, k)})`
  );
  return {
    formula,
    value: view.records.filter(
      (r) => yesIn(r.values[flagKey]) && categoryIndex(r.values[categoryKey], categories) === k
    ).length,
  };
}

function numbersOf(
  view: LedgerView,
  key: string,
  keep: (values: Record<string, unknown>) => boolean = () => true
): number[] {
  return view.records
    .filter((r) => keep(r.values))
    .map((r) => r.values[key])
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

/** Σ of the numbers in a column, to the fen (money) or as it stands (counts). */
export function sumOf(view: LedgerView, key: string, money = false): Measure {
  const total = exactSum(numbersOf(view, key));
  const formula = view.over((range) => `SUM(${range(key)})`);
  return money
    ? { formula: `ROUND(${formula},2)`, value: roundHalfUp(total) }
    : { formula, value: total.toNumber() };
}

/** Σ of a column over rows whose category column holds exactly `category` (text taken from a cell). */
export function sumWhere(
  view: LedgerView,
  key: string,
  categoryKey: string,
  category: string,
  money = false
): Measure {
  const total = exactSum(numbersOf(view, key, (v) => cleanText(v[categoryKey]) === category));
  // SUMPRODUCT counts text and booleans in its second array as 0, as the value does.
  const formula = view.over(
    (range) =>
      `SUMPRODUCT(--(${cleaned(range(categoryKey))}=${textLiteral(category)})*${numeric(range(key))},${range(key)})`
  );
  return money
    ? { formula: `ROUND(${formula},2)`, value: roundHalfUp(total) }
    : { formula, value: total.toNumber() };
}

/** Rows whose category column holds exactly `category`. */
export function countWhere(view: LedgerView, categoryKey: string, category: string): Measure {
  return {
    formula: view.over(
      (range) => `SUMPRODUCT(--(${cleaned(range(categoryKey))}=${textLiteral(category)}))`
    ),
    value: view.records.filter((r) => cleanText(r.values[categoryKey]) === category).length,
  };
}

/** The distinct non-blank texts of a column, in order of first appearance. */
export function distinctTexts(view: LedgerView, key: string): string[] {
  const seen = new Set<string>();
  for (const r of view.records) {
    const text = cleanText(r.values[key]);
    if (text !== "") seen.add(text);
  }
  return [...seen];
}

/** Rows flagged yes in both columns (a system in an organisation with a union). */
export function countYesBoth(view: LedgerView, key: string, baseKey: string): Measure {
  return {
    formula: view.over((range) => `SUMPRODUCT(--${isYes(range(baseKey))},--${isYes(range(key))})`),
    value: view.records.filter((r) => yesIn(r.values[baseKey]) && yesIn(r.values[key])).length,
  };
}

/** Rows flagged yes in `baseKey` whose `key` flag is left blank (未填). */
export function countBlankAmongYes(view: LedgerView, key: string, baseKey: string): Measure {
  return {
    formula: view.over(
      (range) => `SUMPRODUCT(--${isYes(range(baseKey))},--(${cleaned(range(key))}=""))`
    ),
    value: view.records.filter(
      (r) => yesIn(r.values[baseKey]) && (isBlank(r.values[key]) || cleanText(r.values[key]) === "")
    ).length,
  };
}

/** Σ of a column over the rows flagged yes (the employees of organisations with a union). */
export function sumWhereYes(
  view: LedgerView,
  key: string,
  flagKey: string,
  money = false
): Measure {
  const total = exactSum(numbersOf(view, key, (v) => yesIn(v[flagKey])));
  // The comma form: text and booleans in the summed column count as 0, as in the value.
  const formula = view.over(
    (range) => `SUMPRODUCT(--${isYes(range(flagKey))}*${numeric(range(key))},${range(key)})`
  );
  return money
    ? { formula: `ROUND(${formula},2)`, value: roundHalfUp(total) }
    : { formula, value: total.toNumber() };
}

/** In category k of `categories` and in none before it, as a product of 0/1 arrays over a range. */
function inCategory(range: string, categories: CategoryTerms, k: number): string {
  // How many of category i's words the cell contains, as a number: "0+" keeps a category of one
  // word from comparing a bare TRUE/FALSE with 0, which spreadsheets rank above every number
  // (FALSE>0 holds), so such a category would take every row.
  const hits = (i: number) =>
    `(0+${categories[i].terms.map((t) => `ISNUMBER(SEARCH(${textLiteral(t)},${range}))`).join("+")})`;
  // "1*" turns the comparison into numbers even when it stands alone (SUMPRODUCT skips booleans).
  return ["1", `(${hits(k)}>0)`, ...categories.slice(0, k).map((_, i) => `(${hits(i)}=0)`)].join(
    "*"
  );
}

/** Rows whose category column falls in category `k`. */
export function countInCategory(
  view: LedgerView,
  categoryKey: string,
  categories: CategoryTerms,
  k: number
): Measure {
  return {
    formula: view.over((range) => `SUMPRODUCT(${inCategory(range(categoryKey), categories, k)})`),
    value: view.records.filter((r) => categoryIndex(r.values[categoryKey], categories) === k)
      .length,
  };
}

/** Σ of a column over the rows in category `k` (text and booleans count as 0, as SUMPRODUCT does). */
export function sumInCategory(
  view: LedgerView,
  key: string,
  categoryKey: string,
  categories: CategoryTerms,
  k: number,
  money = false
): Measure {
  const total = exactSum(
    numbersOf(view, key, (v) => categoryIndex(v[categoryKey], categories) === k)
  );
  const formula = view.over(
    (range) =>
      `SUMPRODUCT(${inCategory(range(categoryKey), categories, k)}*${numeric(range(key))},${range(key)})`
  );
  return money
    ? { formula: `ROUND(${formula},2)`, value: roundHalfUp(total) }
    : { formula, value: total.toNumber() };
}

const isNo = (range: string) =>
  `ISNUMBER(MATCH(UPPER(${cleaned(range)}),${textArray(FLAG_NO_WORDS)},0))`;

function noIn(value: unknown): boolean {
  return flagValue(typeof value === "string" ? cleanText(value) : value) === false;
}

/** Which side of a staff-count limit a row falls on: a blank or text count is on neither. */
export interface SizeBand {
  staffKey: string;
  limit: number;
  /** At or above the limit (25人及以上), or below it (小额缴费). */
  atLeast: boolean;
  /** Rows flagged yes here are left out (免交 units pay nothing). */
  exceptKey?: string;
}

function bandFormula(range: (key: string) => string, band: SizeBand): string {
  if (!Number.isSafeInteger(band.limit)) throw new RangeError(`人数标准无效：${band.limit}`);
  const staff = range(band.staffKey);
  // ISNUMBER first: Excel ranks text and TRUE above every number, so "30" >= 25 would hold.
  const parts = [`ISNUMBER(${staff})`, `(${staff}${band.atLeast ? ">=" : "<"}${band.limit})`];
  if (band.exceptKey) parts.push(`(1-${isYes(range(band.exceptKey))})`);
  return parts.join("*");
}

function inBand(values: Record<string, unknown>, band: SizeBand): boolean {
  const staff = values[band.staffKey];
  if (typeof staff !== "number") return false;
  if (band.atLeast ? staff < band.limit : staff >= band.limit) return false;
  return !(band.exceptKey && yesIn(values[band.exceptKey]));
}

/** Rows on one side of a staff-count limit. */
export function countInBand(view: LedgerView, band: SizeBand): Measure {
  return {
    formula: view.over((range) => `SUMPRODUCT(${bandFormula(range, band)})`),
    value: view.records.filter((r) => inBand(r.values, band)).length,
  };
}

/** Σ of a column over the rows on one side of a staff-count limit. */
export function sumInBand(view: LedgerView, key: string, band: SizeBand, money = false): Measure {
  const total = exactSum(numbersOf(view, key, (v) => inBand(v, band)));
  const formula = view.over(
    (range) => `SUMPRODUCT(${bandFormula(range, band)}*${numeric(range(key))},${range(key)})`
  );
  return money
    ? { formula: `ROUND(${formula},2)`, value: roundHalfUp(total) }
    : { formula, value: total.toNumber() };
}

/**
 * Rows flagged yes in `key` whose `recordKey` records something other than a no: an approval
 * column holding a 文号, a date or 是 says the exemption was approved; blank, 否 or 无 does not.
 */
export function countYesRecorded(view: LedgerView, key: string, recordKey: string): Measure {
  return {
    formula: view.over(
      (range) =>
        `SUMPRODUCT(--${isYes(range(key))},--(${cleaned(range(recordKey))}<>""),1-${isNo(range(recordKey))})`
    ),
    value: view.records.filter(
      (r) =>
        yesIn(r.values[key]) && cleanText(r.values[recordKey]) !== "" && !noIn(r.values[recordKey])
    ).length,
  };
}
