import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece, type ProseFormat, when } from "../phrase";
import type { FigureDef } from "../section";
import { type LedgerViews, taskCounterpart } from "../taskCounterparts";

/** Which section a yearly target belongs in, by the words of its indicator. */
const PLACES: Array<[string, RegExp]> = [
  ["rights", /合同|协商|职代会|厂务|争议|调解|调处|维权|安全/],
  ["assistance", /慰问|帮扶|困难|送温暖|助学|送清凉|帮困/],
  ["insurance", /参保|互助|保障|保险/],
  ["funds", /经费|收缴|会费|审计/],
  ["organisation", /建会|工会|会员|组建|入会|覆盖|发展/],
];

export interface TargetSentence {
  sectionId: string;
  figures: FigureDef[];
  pieces: Piece[];
}

function placeOf(indicator: string): string {
  return PLACES.find(([, words]) => words.test(indicator))?.[0] ?? "organisation";
}

/**
 * Every row of 年度任务 as a sentence in the section it belongs to: "新建工会任务50家,实际完成49家,
 * 完成率98%", and above the task "全年新建工会58家,超额完成区总工会下达的50家任务". Its figures are the ledger's own cells, so the sentence follows edits; 超额 is said only
 * when the actual is above the target. Where another ledger counts the same thing (contracts signed,
 * funds, enrolments, new unions), the result is that ledger's figure, so the draft never states two
 * results for one thing; a 年度任务 cell that differs is a finding (targetChecks).
 */
export function targetSentences(views: LedgerViews): TargetSentence[] {
  const targets: LedgerView | undefined = views.targets;
  if (!targets || !targets.has("target") || !targets.has("actual")) return [];
  const out: TargetSentence[] = [];
  targets.records.forEach((record, i) => {
    const { indicator, target, actual } = record.values;
    if (typeof target !== "number" || typeof actual !== "number" || typeof indicator !== "string")
      return;
    const name = indicator.trim();
    const unit = targets.has("unit") ? String(record.values.unit ?? "").trim() : "";
    const counterpart = taskCounterpart(name, unit, views);
    const done = counterpart?.measure.value ?? actual;
    // Whole tasks read as whole numbers. Otherwise a 万元 result has two decimals, as every 万元 sum of
    // the document ("263.60万元", domain: 万元 with two decimals throughout one document), while the
    // task is quoted as the district set it ("下达的250万元任务").
    const as: ProseFormat =
      Number.isInteger(target) && Number.isInteger(done)
        ? "int"
        : unit === "万元"
          ? "hundredths"
          : "yuan";
    const quoted: ProseFormat = as === "int" ? "int" : "yuan";
    const source = `年度任务 · ${name}`;
    const k = (what: string) => `target${i}${what}`;
    const figures: FigureDef[] = [
      {
        key: k("T"),
        label: `${name}(任务数)`,
        format: "count",
        source,
        measure: { formula: targets.cell("target", record.row), value: target },
      },
      {
        key: k("A"),
        label: `${name}(完成数)`,
        format: "count",
        source: counterpart?.source ?? source,
        measure: counterpart?.measure ?? {
          formula: targets.cell("actual", record.row),
          value: actual,
        },
        // A 上年数 column of 年度任务: last year's result, for 同比 when no last year's workbook is given.
        ...(targets.has("previous") && typeof record.values.previous === "number"
          ? {
              previous: {
                formula: targets.cell("previous", record.row),
                value: record.values.previous,
              },
            }
          : {}),
      },
      {
        key: k("D"),
        label: `${name}(超额数)`,
        format: "count",
        source: "由上列数据计算",
        differenceOf: [k("A"), k("T")],
      },
      {
        key: k("R"),
        label: `${name}(完成率)`,
        format: "rate",
        source: "由上列数据计算",
        ratioOf: [k("A"), k("T")],
      },
    ];
    // The unit as trimmed above, in the formula too: " 家 " typed with spaces reads "家" in both.
    const unitCell: Piece[] = targets.has("unit")
      ? [{ cell: `TRIM(CLEAN(${targets.cell("unit", record.row)}))`, text: unit }]
      : [];
    const named: Piece = { cell: targets.cell("indicator", record.row), text: indicator };
    // Above the task, the set phrase: "全年新建工会58家，超额完成区总工会下达的50家任务。"
    const pieces: Piece[] = [
      when(
        { fig: k("A"), op: ">", than: { fig: k("T") } },
        [
          "全年",
          named,
          fig(k("A"), as),
          ...unitCell,
          ",超额完成区总工会下达的",
          fig(k("T"), quoted),
          ...unitCell,
          "任务",
        ],
        [
          named,
          "任务",
          fig(k("T"), quoted),
          ...unitCell,
          ",实际完成",
          fig(k("A"), as),
          ...unitCell,
          when(
            { fig: k("A"), op: "=", than: { fig: k("T") } },
            [",完成任务"],
            [",完成率", fig(k("R"), "pct")]
          ),
        ]
      ),
      change(k("A"), unit, as === "int" ? "int" : as === "hundredths" ? "hundredths" : "num"),
      "。",
    ];
    out.push({ sectionId: placeOf(name), figures, pieces });
  });
  return out;
}
