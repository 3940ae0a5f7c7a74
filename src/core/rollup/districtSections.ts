/**
 * A district's report sections over its 分街道汇总 (a ledger whose rows are streets): the same figure
 * keys as a street's report, summed over the streets, the rates computed again from the sums, and
 * sentences that rank and compare streets. Every figure is a formula over the table, so the district
 * edits a street's row and the draft follows.
 */
import { countFilled, type Measure, sumOf } from "../report/measures";
import type { LedgerView } from "../report/ledgerView";
import { fig, type Piece, when } from "../report/phrase";
import { type FigureDef, measured, ratio, type SectionContent } from "../report/section";
import { ROLLUP_FIGURES, ROLLUP_RATES } from "./figures";
import { STREETS_SHEET } from "./streetsSchema";

/** How the district speaks of itself and of its rows: 全区 / 街道, or a level up 全市 / 区. */
export interface AreaWords {
  whole: string;
  part: string;
}

export const DISTRICT_WORDS: AreaWords = { whole: "全区", part: "街道" };
export const CITY_WORDS: AreaWords = { whole: "全市", part: "区" };

/** The level at which 组建率 is said to be reached. */
const RATE_BAR = 0.9;
/** Streets charted one by one, at the most. */
const MAX_CHARTED = 60;

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The column from the first data row to the last, blanks and all (MAX and MATCH pass over them). */
function span(view: LedgerView, key: string): string {
  const rows = view.records.map((r) => r.row);
  const first = view.cell(key, rows.length ? Math.min(...rows) : 0);
  const last = view.cell(key, rows.length ? Math.max(...rows) : 0);
  return `${first}:${last.slice(last.lastIndexOf("!") + 1)}`;
}

/** Streets with a 是否建会 count: a street without one has no 组建率 to rank. */
function withData(view: LedgerView): Measure {
  return {
    formula: view.over((range) => `COUNTIF(${range("orgFlagged")},">0")`),
    value: view.records.filter((r) => (num(r.values.orgFlagged) ?? 0) > 0).length,
  };
}

function belowBar(view: LedgerView): Measure {
  return {
    formula: view.over(
      (range) => `COUNTIFS(${range("orgRate")},"<${RATE_BAR}",${range("orgFlagged")},">0")`
    ),
    value: view.records.filter(
      (r) => (num(r.values.orgFlagged) ?? 0) > 0 && (num(r.values.orgRate) ?? 0) < RATE_BAR
    ).length,
  };
}

/** The street with the highest (MAX) or lowest (MIN) 组建率, and the rate; the first such street in a tie, as MATCH finds it. */
function extreme(view: LedgerView, fn: "MAX" | "MIN"): { measure: Measure; name: Piece } {
  const rates = view.records
    .map((r) => ({ rate: num(r.values.orgRate), name: String(r.values.area ?? "").trim() }))
    .filter((r): r is { rate: number; name: string } => r.rate !== null);
  const beats = (a: number, b: number) => (fn === "MAX" ? a > b : a < b);
  const pick = rates.reduce<{ rate: number; name: string } | null>(
    (best, r) => (best === null || beats(r.rate, best.rate) ? r : best),
    null
  );
  const range = span(view, "orgRate");
  return {
    measure: { formula: `${fn}(${range})`, value: pick?.rate ?? 0 },
    name: {
      cell: `INDEX(${span(view, "area")},MATCH(${fn}(${range}),${range},0))`,
      text: pick?.name ?? "",
    },
  };
}

function organisation(view: LedgerView, words: AreaWords): SectionContent {
  const base = { id: "organisation", title: "一、组织建设" };
  const figures: FigureDef[] = [];
  const paragraphs: Piece[][] = [];
  const charts: SectionContent["charts"] = [];
  const source = (label: string) => `${STREETS_SHEET} · ${label}`;
  const sum = (key: string) => {
    const f = ROLLUP_FIGURES.find((x) => x.key === key)!;
    figures.push(
      measured(key, f.label, f.format, source(f.label), sumOf(view, key, f.format === "money"))
    );
  };
  figures.push(
    measured(
      "areaCount",
      `${words.part}数（个）`,
      "count",
      source(words.part),
      countFilled(view, "area")
    )
  );
  if (view.has("orgFlagged") && view.has("orgCovered")) {
    ["orgUnits", "orgFlagged", "orgCovered"].filter((k) => view.has(k)).forEach(sum);
    figures.push(ratio("orgRate", "组建率", "orgCovered", "orgFlagged"));
    const coverage: Piece[] = [`${words.whole}`, fig("areaCount", "int"), `个${words.part}`];
    if (view.has("orgUnits")) coverage.push("纳入统计的单位共", fig("orgUnits", "int"), "家，其中");
    else coverage.push("，");
    coverage.push(
      "已建会（含联合工会覆盖）",
      fig("orgCovered", "int"),
      "家",
      when(
        { fig: "orgRate", op: ">=", than: RATE_BAR },
        ["，组建率达", fig("orgRate", "pct")],
        ["，组建率", fig("orgRate", "pct")]
      ),
      "。"
    );
    paragraphs.push(coverage);
    if (view.has("orgRate")) {
      const top = extreme(view, "MAX");
      const bottom = extreme(view, "MIN");
      figures.push(
        measured(
          "areasWithData",
          `有建会数据的${words.part}数（个）`,
          "count",
          source("已填是否建会单位数"),
          withData(view)
        ),
        measured("orgRateMax", `${words.part}组建率最高值`, "rate", source("组建率"), top.measure),
        measured(
          "orgRateMin",
          `${words.part}组建率最低值`,
          "rate",
          source("组建率"),
          bottom.measure
        ),
        measured(
          "areasBelowBar",
          `组建率未达到90%的${words.part}数（个）`,
          "count",
          source("组建率"),
          belowBar(view)
        )
      );
      paragraphs.push([
        when({ fig: "areasWithData", op: ">", than: 1 }, [
          // Equal rates have no highest and lowest street to name.
          when(
            { fig: "orgRateMax", op: ">", than: { fig: "orgRateMin" } },
            [
              `组建率最高的是`,
              top.name,
              "（",
              fig("orgRateMax", "pct"),
              "），最低的是",
              bottom.name,
              "（",
              fig("orgRateMin", "pct"),
              "）；",
            ],
            [`各${words.part}组建率均为`, fig("orgRateMax", "pct"), "；"]
          ),
        ]),
        when(
          { fig: "areasBelowBar", op: ">", than: 0 },
          [`有`, fig("areasBelowBar", "int"), `个${words.part}未达到90%。`],
          [`各${words.part}组建率均达到90%以上。`]
        ),
      ]);
      view.records.slice(0, MAX_CHARTED).forEach((r, i) => {
        const rate = num(r.values.orgRate);
        figures.push(
          measured(
            `areaRate${i}`,
            String(r.values.area ?? "").trim() || `（未命名${words.part}）`,
            "rate",
            source("组建率"),
            {
              formula: view.cell("orgRate", r.row),
              value: rate ?? 0,
            }
          )
        );
      });
      const charted = Math.min(view.records.length, MAX_CHARTED);
      if (charted)
        charts.push({
          type: "column",
          title: `各${words.part}组建率`,
          figures: Array.from({ length: charted }, (_, i) => `areaRate${i}`),
        });
    }
  }
  for (const rate of ROLLUP_RATES.filter((r) => r.key !== "orgRate")) {
    if (!view.has(rate.num) || !view.has(rate.den)) continue;
    sum(rate.den);
    sum(rate.num);
    figures.push(ratio(rate.key, rate.label, rate.num, rate.den));
    const den = ROLLUP_FIGURES.find((x) => x.key === rate.den)!.label.replace(/（人）$/, "");
    const numLabel = ROLLUP_FIGURES.find((x) => x.key === rate.num)!.label.replace(/（人）$/, "");
    paragraphs.push([
      `${words.whole}${den}`,
      fig(rate.den, "int"),
      `人，${numLabel.replace(/^已建会单位/, "")}`,
      fig(rate.num, "int"),
      `人，${rate.label}`,
      fig(rate.key, "pct"),
      "。",
    ]);
  }
  return { ...base, figures, paragraphs, charts };
}

function simple(
  view: LedgerView,
  id: string,
  title: string,
  keys: string[],
  sentence: (has: (k: string) => boolean) => Piece[],
  words: AreaWords
): SectionContent {
  const present = keys.filter((k) => view.has(k));
  if (!present.length)
    return {
      id,
      title,
      figures: [],
      paragraphs: [],
      missing: `${STREETS_SHEET}未含本节数据，请据各${words.part}报告填写。`,
    };
  const figures = present.map((key) => {
    const f = ROLLUP_FIGURES.find((x) => x.key === key)!;
    return measured(
      key,
      f.label,
      f.format,
      `${STREETS_SHEET} · ${f.label}`,
      sumOf(view, key, f.format === "money")
    );
  });
  return { id, title, figures, paragraphs: [sentence((k) => present.includes(k))] };
}

/** The district's sections, in a street's order (the composer numbers them and adds the closing one). */
export function districtSections(
  view: LedgerView,
  words: AreaWords = DISTRICT_WORDS
): SectionContent[] {
  return [
    organisation(view, words),
    {
      id: "rights",
      title: "二、维权服务",
      figures: [],
      paragraphs: [],
      missing: `${STREETS_SHEET}未含维权数据，请据各${words.part}报告填写。`,
    },
    simple(
      view,
      "assistance",
      "三、帮扶工作",
      ["visitPeople", "visitAmount"],
      (has) => [
        `${words.whole}`,
        ...(has("visitPeople") ? ["共走访慰问困难职工", fig("visitPeople", "int"), "人次"] : []),
        ...(has("visitPeople") && has("visitAmount") ? ["，"] : []),
        ...(has("visitAmount") ? ["发放慰问金", fig("visitAmount", "wan"), "万元"] : []),
        "。",
      ],
      words
    ),
    simple(
      view,
      "insurance",
      "四、互助保障",
      ["enrolTotal"],
      () => [`${words.whole}职工医疗互助保障参保人数达到`, fig("enrolTotal", "int"), "人。"],
      words
    ),
    simple(
      view,
      "funds",
      "五、经费管理",
      ["allocated"],
      () => [`${words.whole}计提工会经费`, fig("allocated", "wan"), "万元。"],
      words
    ),
  ];
}
