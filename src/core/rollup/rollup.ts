/**
 * The district roll-up: the streets' summaries in, one row per street, the district's totals and
 * rates (sums over streets, rates of the sums), and every finding: each street's own, and those only
 * a district can make. Pure: the adapters read the files one at a time and hand over summaries.
 */
import { exactSum } from "../money";
import { type FigureValues, rateOf, ROLLUP_FIGURES, ROLLUP_RATES } from "./figures";
import type { RollupFinding } from "./rollupFinding";
import type { AreaSummary } from "./streetSummary";

export interface RollupRow {
  /** The street's name, or the file's name in brackets when nothing names it. */
  name: string;
  file: string;
  year: number | null;
  values: FigureValues;
  rates: Record<string, number>;
}

export interface Rollup {
  year: number;
  district: string;
  /** A city rolling up districts has rows that are districts. */
  level: "district" | "city";
  rows: RollupRow[];
  totals: FigureValues;
  rates: Record<string, number>;
  /** The district's own checks first, then each street's findings in file order. */
  findings: RollupFinding[];
}

export interface RollupOptions {
  /** Defaults to the year most inputs state, else `fallbackYear`. */
  year?: number;
  fallbackYear: number;
  district?: string;
  /** Streets expected (from a list): each one without a workbook is a finding. */
  expected?: readonly string[];
}

/** An input the adapter could not read or summarise: named with why. */
export interface RollupFailure {
  file: string;
  message: string;
  messageEn: string;
}

/** One input as the adapter hands it over: its summary, and what identifies its bytes (a hash). */
export interface SummarisedInput {
  summary: AreaSummary;
  fingerprint?: string;
}

/** "东湖街道总工会" and "东湖街道" are one street in a list. */
export function areaKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s/g, "")
    .replace(/(总工会|工会|办事处)$/, "");
}

function rowOf(s: AreaSummary): RollupRow {
  return {
    name: s.name ?? `（未命名：${s.file}）`,
    file: s.file,
    year: s.year,
    values: s.values,
    rates: Object.fromEntries(ROLLUP_RATES.map((r) => [r.key, rateOf(s.values, r)])),
  };
}

/** The year most inputs state (the earliest among equals), when the caller gives none. */
function commonYear(summaries: readonly AreaSummary[]): number | undefined {
  const counts = new Map<number, number>();
  for (const s of summaries) if (s.year !== null) counts.set(s.year, (counts.get(s.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of counts)
    if (best === undefined || n > counts.get(best)! || (n === counts.get(best) && year < best))
      best = year;
  return best;
}

function district(
  kind: RollupFinding["kind"],
  severity: RollupFinding["severity"],
  message: string,
  messageEn: string,
  at: Partial<RollupFinding> = {}
): RollupFinding {
  return { ...at, kind, severity, message, messageEn };
}

/** The same unit listed by two streets (by 统一社会信用代码 where both have one, else by name). */
function duplicateUnits(summaries: readonly AreaSummary[]): RollupFinding[] {
  const findings: RollupFinding[] = [];
  const byName = new Map<string, { s: AreaSummary; u: AreaSummary["units"][number] }>();
  const byCode = new Map<string, { s: AreaSummary; u: AreaSummary["units"][number] }>();
  for (const s of summaries) {
    const seenHere = new Set<string>();
    for (const u of s.units) {
      const first = (u.creditCode ? byCode.get(u.creditCode) : undefined) ?? byName.get(u.key);
      if (first && first.s !== s && !seenHere.has(u.key)) {
        seenHere.add(u.key);
        const same =
          u.creditCode && first.u.creditCode === u.creditCode
            ? `统一社会信用代码${u.creditCode}`
            : "名称";
        findings.push(
          district(
            "duplicate-unit",
            "error",
            `${u.cell}：“${u.name}”与[${first.s.file}]${first.u.sheet}!${first.u.cell}“${first.u.name}”${same}相同，同一单位被两个街道统计，全区合计重复计算`,
            `${u.cell}: "${u.name}" is also listed by ${first.s.file} (${first.u.sheet}!${first.u.cell}): one unit counted by two streets`,
            { file: s.file, sheet: u.sheet, cell: u.cell }
          )
        );
      }
      if (!byName.has(u.key)) byName.set(u.key, { s, u });
      if (u.creditCode && !byCode.has(u.creditCode)) byCode.set(u.creditCode, { s, u });
    }
  }
  return findings;
}

export function rollUp(
  inputs: readonly SummarisedInput[],
  failures: readonly RollupFailure[],
  options: RollupOptions
): Rollup {
  const own: RollupFinding[] = failures.map((f) =>
    district(
      "unreadable-file",
      "error",
      `无法读取：${f.message}`,
      `Could not read: ${f.messageEn}`,
      { file: f.file }
    )
  );
  // A file given twice (the same bytes) counts once.
  const kept: AreaSummary[] = [];
  const prints = new Map<string, string>();
  for (const { summary, fingerprint } of inputs) {
    const first = fingerprint === undefined ? undefined : prints.get(fingerprint);
    if (first !== undefined) {
      own.push(
        district(
          "repeated-file",
          "warning",
          `与${first}内容相同，同一文件给了两次，只计一次`,
          `Same contents as ${first}: the file was given twice and is counted once`,
          { file: summary.file }
        )
      );
      continue;
    }
    if (fingerprint !== undefined) prints.set(fingerprint, summary.file);
    kept.push(summary);
  }
  const counted = kept.filter((s) => {
    if (s.ledgers > 0) return true;
    own.push(
      district(
        "no-ledgers",
        "error",
        "没有找到台账，未计入汇总",
        "No ledgers found: not rolled up",
        { file: s.file }
      )
    );
    return false;
  });
  const year = options.year ?? commonYear(counted) ?? options.fallbackYear;
  const level =
    counted.length > 0 && counted.every((s) => s.level === "district") ? "city" : "district";
  const part = level === "city" ? "区" : "街道";

  const names = new Map<string, string>();
  for (const s of counted) {
    if (s.name === null)
      own.push(
        district(
          "unnamed-street",
          "warning",
          `无法确定${part}名称（填报单位、标题和文件名中都没有），汇总表中以文件名代替，请在汇总表中填写`,
          `Cannot tell which ${level === "city" ? "district" : "street"} this is (no 填报单位, title or file name says): the table names the file instead`,
          { file: s.file }
        )
      );
    else {
      const earlier = names.get(areaKey(s.name));
      if (earlier !== undefined)
        own.push(
          district(
            "repeated-street",
            "error",
            `“${s.name}”已由${earlier}报送，同一${part}有两个工作簿，两份都计入了合计，请确认保留哪一份`,
            `"${s.name}" also comes from ${earlier}: two workbooks for one ${level === "city" ? "district" : "street"}, both counted`,
            { file: s.file }
          )
        );
      else names.set(areaKey(s.name), s.file);
    }
    if (s.year === null)
      own.push(
        district(
          "unknown-year",
          "warning",
          `工作簿未写明年份，按${year}年汇总`,
          `The workbook states no year: rolled up as ${year}`,
          { file: s.file }
        )
      );
    else if (s.year !== year)
      own.push(
        district(
          "year-mismatch",
          "error",
          `工作簿为${s.year}年，与汇总年份${year}年不符`,
          `The workbook is for ${s.year}, the roll-up for ${year}`,
          { file: s.file }
        )
      );
  }
  if (options.expected) {
    const expected = new Set(options.expected.map(areaKey).filter((k) => k !== ""));
    for (const name of options.expected) {
      const key = areaKey(name);
      if (key !== "" && !names.has(key)) {
        own.push(
          district(
            "missing-street",
            "error",
            `名单中的“${name.trim()}”没有报送工作簿`,
            `"${name.trim()}" is on the list but sent no workbook`
          )
        );
        names.set(key, "");
      }
    }
    for (const s of counted)
      if (s.name !== null && !expected.has(areaKey(s.name)))
        own.push(
          district(
            "unexpected-street",
            "warning",
            `“${s.name}”不在${part}名单中`,
            `"${s.name}" is not on the list`,
            { file: s.file }
          )
        );
  }
  own.push(...duplicateUnits(counted));

  const rows = counted.map(rowOf);
  const totals: FigureValues = {};
  for (const f of ROLLUP_FIGURES) {
    const present = rows.map((r) => r.values[f.key]).filter((v): v is number => v !== undefined);
    if (present.length) totals[f.key] = exactSum(present).toNumber();
  }
  return {
    year,
    district: options.district?.trim() || "",
    level,
    rows,
    totals,
    rates: Object.fromEntries(ROLLUP_RATES.map((r) => [r.key, rateOf(totals, r)])),
    findings: [...own, ...counted.flatMap((s) => s.findings)],
  };
}
