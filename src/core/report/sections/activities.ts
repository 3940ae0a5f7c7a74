/**
 * The activity ledger's sentences, each in the section its type belongs to: "全年举办职工培训9期，培训
 * 职工640人次。" (建功立业), "开展慈善一日捐，募集善款1.86万元。" (帮扶). A type with no rows says nothing;
 * a column the register lacks leaves its part of the sentence out.
 */
import {
  type ActivitySection,
  type ActivityType,
  ACTIVITY_TYPES,
} from "../../ledgers/activityTypes";
import { countInCategory, type CategoryTerms, categoryIndex, sumInCategory } from "../measures";
import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece } from "../phrase";
import type { FigureDef } from "../section";

export interface ActivitySentence {
  section: ActivitySection;
  figures: FigureDef[];
  pieces: Piece[];
}

const SOURCE = "活动台账";
/** Activity names quoted in a sentence at the most ("开展慈善一日捐"); more are counted instead. */
const NAMES = 3;

type Column = "sessions" | "attendance" | "people" | "positions" | "amount";

/** How each type is said: its parts in order, each a column with the words around its figure. */
const SAYINGS: Record<string, { lead: string; parts: Array<[Column, string, string]> }> = {
  职工培训: {
    lead: "全年举办职工培训",
    parts: [
      ["sessions", "", "期"],
      ["attendance", "培训职工", "人次"],
    ],
  },
  技能竞赛: {
    lead: "开展劳动和技能竞赛",
    parts: [
      ["sessions", "", "场"],
      ["attendance", "参赛职工", "人次"],
    ],
  },
  评先评优: {
    lead: "开展评先评优",
    parts: [
      ["sessions", "", "次"],
      ["people", "表彰先进", "人"],
    ],
  },
  文体活动: {
    lead: "举办职工文体活动",
    parts: [
      ["sessions", "", "场"],
      ["attendance", "参与职工", "人次"],
    ],
  },
  // Said only without a name column: "开展捐款活动，募集善款…" (never "开展，募集…").
  捐款: { lead: "开展捐款活动", parts: [["amount", "募集善款", "万元"]] },
  就业帮扶: {
    lead: "举办招聘会等就业帮扶活动",
    parts: [
      ["sessions", "", "场"],
      ["positions", "提供岗位", "个"],
      ["attendance", "服务求职职工", "人次"],
    ],
  },
  疗休养: { lead: "组织职工疗休养", parts: [["attendance", "", "人次"]] },
  体检: { lead: "组织职工健康体检", parts: [["attendance", "", "人次"]] },
  宣传报道: { lead: "全年发表宣传信息", parts: [["sessions", "", "篇"]] },
  会议: { lead: "召开工会会议", parts: [["sessions", "", "次"]] },
};

const GENERIC = {
  parts: [
    ["sessions", "", "场"],
    ["attendance", "参与职工", "人次"],
  ] as Array<[Column, string, string]>,
};

export function activityTerms(types: readonly ActivityType[]): CategoryTerms {
  return types.map((t) => ({ category: t.type, terms: [t.type, ...t.words] }));
}

export function activitySentences(
  view: LedgerView | undefined,
  types: readonly ActivityType[] = ACTIVITY_TYPES
): ActivitySentence[] {
  if (!view || !view.has("activityType")) return [];
  const terms = activityTerms(types);
  const out: ActivitySentence[] = [];
  types.forEach((type, k) => {
    const rows = view.records.filter((r) => categoryIndex(r.values.activityType, terms) === k);
    if (!rows.length) return;
    const key = (what: string) => `activity${k}${what}`;
    const figures: FigureDef[] = [
      {
        key: key("N"),
        label: `${type.type}(项)`,
        format: "count",
        source: `${SOURCE} · 活动类型=${type.type}`,
        measure: countInCategory(view, "activityType", terms, k),
      },
    ];
    const saying = SAYINGS[type.type] ?? { lead: `开展${type.type}`, ...GENERIC };
    const pieces: Piece[] = [];
    // A donation drive is named ("开展慈善一日捐"); others are counted, and so are drives without a
    // name (never "开展、爱心捐赠").
    const withNames =
      type.type === "捐款" && view.has("activityName")
        ? rows.filter((r) => String(r.values.activityName ?? "").trim() !== "")
        : [];
    if (withNames.length) {
      const named = withNames.slice(0, NAMES);
      pieces.push("开展");
      named.forEach((r, i) =>
        // TRIM(CLEAN()) in the formula as in core's text: " 慈善一日捐 " reads the same in both.
        pieces.push(i ? "、" : "", {
          cell: `TRIM(CLEAN(${view.cell("activityName", r.row)}))`,
          text: trimClean(String(r.values.activityName)),
        })
      );
      if (rows.length > named.length) pieces.push("等", fig(key("N"), "int"), "项捐款活动");
    } else pieces.push(saying.lead);
    let said = 0;
    for (const [column, before, unit] of saying.parts) {
      if (!view.has(column)) continue;
      const money = column === "amount";
      figures.push({
        key: key(column),
        label: `${type.type}${money ? "金额(元)" : `(${unit})`}`,
        format: money ? "money" : "count",
        source: `${SOURCE} · ${column === "sessions" ? "场次" : column === "attendance" ? "参加人次" : column === "people" ? "参加人数" : column === "positions" ? "提供岗位" : "金额"}`,
        measure: sumInCategory(view, column, "activityType", terms, k, money),
      });
      pieces.push(
        said === 0 && before === "" ? "" : "，",
        before,
        fig(key(column), money ? "wan" : "int"),
        unit,
        // 同比 on the first figure said (the 期 of training, the money of a drive).
        said === 0 ? change(key(column), unit, money ? "wan" : "int") : ""
      );
      said++;
    }
    // No column to count with: the number of activities recorded.
    if (said === 0) pieces.push(fig(key("N"), "int"), "项");
    pieces.push("。");
    out.push({ section: type.section, figures, pieces: pieces.filter((p) => p !== "") });
  });
  return out;
}

// eslint-disable-next-line no-control-regex -- the characters CLEAN removes
const CLEANED = /[\x00-\x1f]/g;

/** What TRIM(CLEAN(x)) gives: control characters dropped, spaces trimmed at the ends and folded inside. */
function trimClean(text: string): string {
  return text.replace(CLEANED, "").replace(/ +/g, " ").replace(/^ | $/g, "");
}
