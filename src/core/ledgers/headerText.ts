/**
 * Header text as clerks type it, reduced to a comparable key. Real forms put line breaks, letter
 * spacing ("合  计"), units ("（元）"), legends ("(必填)", "（C 筹建, Y 已建, N 待筹建）") and "of which"
 * markers ("其中:", "#") into their headers; none of that changes which column it is.
 */

/** Units that may stand in brackets or after a slash; they tell money from people. */
const UNITS = [
  "万元",
  "千元",
  "元",
  "人次",
  "人",
  "个",
  "家",
  "户",
  "名",
  "位",
  "件",
  "起",
  "次",
  "%",
  "‰",
];

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/g;
const BRACKET_GROUP = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>|〈[^〈〉]*〉/g;
const UNCLOSED_TAIL = /[([【〔<〈][^)\]】〕>〉]*$/;
const LEADING_MARK = /^(#|\*|※|△|▲|其中[:;,]?|含[:])/;
const LEADING_NUMBER = /^(\d{1,2}[.、]|[一二三四五六七八九十]{1,3}[、.])(?=\D)/;
const TRAILING = /([:;,。.*]|\/(万元|千元|元|人次|人|个|家|户|%))+$/;

/** Any cell value as plain text; objects (error values) and symbols read as "". */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/**
 * Text NFKC leaves as it is and that holds nothing to remove: CJK unified ideographs (their
 * compatibility twins live elsewhere, U+F900 on) and ASCII letters and digits. Most cells are such
 * text, and normalising them is most of what detection and the checks cost.
 */
const PLAIN = /^[\u4e00-\u9fff0-9A-Za-z]*$/;

/** Half-width forms and no whitespace at all: the shape used to compare words in cells. */
export function compactText(value: unknown): string {
  const text = cellText(value);
  return PLAIN.test(text) ? text : text.normalize("NFKC").replace(INVISIBLE, "");
}

function stripBrackets(text: string): string {
  let out = text;
  for (let i = 0; i < 10; i++) {
    const next = out.replace(BRACKET_GROUP, "");
    if (next === out) break;
    out = next;
  }
  return out.replace(UNCLOSED_TAIL, "");
}

/**
 * The comparable key of a header: no whitespace, half-width, brackets with their units or legends
 * removed, leading "of which" markers and numbering removed, trailing colons removed, ASCII lower
 * case. "职工人数\n（人）" → "职工人数"; "其中：女职工" → "女职工"; "是否建会（Y/N）" → "是否建会".
 */
export function normaliseHeader(value: unknown): string {
  let text = compactText(value);
  // Nothing below changes plain text (no brackets, marks or punctuation) but a leading 其中 and case.
  if (PLAIN.test(text) && !text.startsWith("其中")) return text.toLowerCase();
  // A header that is nothing but a bracket ("(元)") keeps its content rather than vanishing.
  const stripped = stripBrackets(text);
  text = stripped === "" ? text.replace(/[()[\]【】〔〕<>〈〉]/g, "") : stripped;
  for (let i = 0; i < 5; i++) {
    const before = text;
    const marked = text.replace(LEADING_MARK, "");
    if (marked !== "") text = marked;
    text = text.replace(LEADING_NUMBER, "").replace(TRAILING, "");
    if (text === before) break;
  }
  return text.toLowerCase();
}

/** True when the header text says "of which" ("其中:女职工", "#女职工"): a part of the column before it. */
export function isPartMarked(value: unknown): boolean {
  const text = compactText(value);
  return /^(#|其中)./.test(text);
}

/**
 * The unit a header states, in brackets or after a slash: "工资总额(万元)" → "万元", "职工人数/人" → "人".
 * Null when none is stated.
 */
export function headerUnit(value: unknown): string | null {
  const text = compactText(value);
  const pieces = [...text.matchAll(/[([【〔]([^)\]】〕]*)[)\]】〕]/g)].map((m) => m[1]);
  const slash = /\/([^/]+)$/.exec(text);
  if (slash) pieces.push(slash[1]);
  for (const piece of pieces) {
    const inner = piece.replace(/^单位[:]/, "");
    for (const unit of UNITS) if (inner === unit || inner === `单位${unit}`) return unit;
  }
  return null;
}

/** Broad kind of a unit, for telling a money column from a count column. */
export function unitKind(unit: string | null): "money" | "count" | "ratio" | null {
  if (unit === null) return null;
  if (unit.endsWith("元")) return "money";
  if (unit === "%" || unit === "‰") return "ratio";
  return "count";
}
