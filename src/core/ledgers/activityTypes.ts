/**
 * The kinds of activity a union counts, as data: each type's name, the other words a register uses
 * for it, the report section it belongs in, and whether money belongs on it (a meeting has none).
 * The 政策参数 sheet may add types: a row "活动类型：读书会" whose 说明 names its section and words.
 */
export type ActivitySection = "achievement" | "culture" | "assistance" | "self";

export interface ActivityType {
  type: string;
  words: string[];
  section: ActivitySection;
  /** Money on an activity of this kind is a finding (a meeting, an article). */
  free?: boolean;
}

export const ACTIVITY_TYPES: readonly ActivityType[] = [
  { type: "职工培训", words: ["培训", "技能提升", "讲座", "学习班"], section: "achievement" },
  {
    type: "技能竞赛",
    words: ["劳动竞赛", "竞赛", "比武", "技能大赛", "岗位练兵"],
    section: "achievement",
  },
  { type: "评先评优", words: ["劳模", "先进", "表彰", "工匠", "评优"], section: "achievement" },
  {
    type: "文体活动",
    words: ["文体", "运动会", "歌手", "比赛", "联欢", "演出", "健步走", "球赛", "观影", "读书"],
    section: "culture",
  },
  { type: "捐款", words: ["慈善", "一日捐", "募捐", "捐赠", "爱心"], section: "assistance" },
  { type: "就业帮扶", words: ["招聘", "就业", "再就业", "岗位"], section: "assistance" },
  { type: "疗休养", words: ["疗养", "休养"], section: "assistance" },
  { type: "体检", words: ["健康检查"], section: "assistance" },
  {
    type: "宣传报道",
    words: ["宣传", "报道", "信息", "稿件", "简报"],
    section: "self",
    free: true,
  },
  { type: "会议", words: ["会议", "例会", "座谈", "代表大会"], section: "self", free: true },
];

const SECTIONS: Record<string, ActivitySection> = {
  建功立业: "achievement",
  文体活动: "culture",
  帮扶: "assistance",
  自身建设: "self",
};

/**
 * The built-in types with those a policy sheet adds: parameter "活动类型：名称", note "文体活动；词1、词2"
 * (the section, then other words; "免费" marks a type without money). Unreadable rows are left out.
 */
export function withPolicyTypes(
  rows: ReadonlyArray<{ parameter: unknown; note: unknown }>
): ActivityType[] {
  const types = [...ACTIVITY_TYPES];
  for (const row of rows) {
    const m = /^\s*活动类型\s*[:：]\s*(.+?)\s*$/.exec(String(row.parameter ?? ""));
    if (!m || types.some((t) => t.type === m[1])) continue;
    const parts = String(row.note ?? "")
      .split(/[；;，,、\s]+/)
      .filter((p) => p !== "");
    const section = parts.map((p) => SECTIONS[p]).find((s) => s !== undefined) ?? "culture";
    const words = parts.filter((p) => !(p in SECTIONS) && p !== "免费");
    types.push({ type: m[1], words, section, ...(parts.includes("免费") ? { free: true } : {}) });
  }
  return types;
}

/**
 * The type a cell names: the first type whose name or words it contains, in list order (the rule
 * the report's formulas follow), or undefined.
 */
export function activityTypeOf(
  value: unknown,
  types: readonly ActivityType[]
): ActivityType | undefined {
  const text = (typeof value === "string" ? value : value == null ? "" : String(value))
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .toUpperCase();
  if (text === "") return undefined;
  return types.find((t) => [t.type, ...t.words].some((w) => text.includes(w.toUpperCase())));
}
