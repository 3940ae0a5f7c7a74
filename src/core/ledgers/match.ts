/**
 * Maps header columns to a ledger's fields. Exact words beat contained words, each column and each
 * field is used once, and "of which" columns are matched last, in the light of the column they are
 * part of: "女职工" under 会员人数 means 女会员人数.
 */
import type { FieldType, LedgerField, LedgerSchema } from "./schemas";
import type { HeaderColumn } from "./headerLayout";
import { normaliseHeader } from "./headerText";

export interface ColumnMapping {
  columns: Record<string, number>;
  /** Match strength per field, 0..1.1 (1 exact label, 0.95 synonym, less for contained words). */
  strength: Record<string, number>;
}

/** Sub labels that mean the group's whole itself ("职工人数" over 合计 / 女职工 / 农民工). */
const WHOLE_WORDS = new Set([
  "合计",
  "小计",
  "总数",
  "总计",
  "计",
  "人数",
  "数量",
  "合计数",
  "总人数",
]);

/** Header words of a numbering column, never a field. */
export const SERIAL_WORDS = new Set([
  "序号",
  "序",
  "编号",
  "序列",
  "no",
  "行次",
  "栏次",
  "顺序号",
  "行号",
]);

interface FieldWords {
  field: LedgerField;
  label: string;
  synonyms: Set<string>;
  all: string[];
}

const cache = new WeakMap<LedgerSchema, FieldWords[]>();

function wordsOf(schema: LedgerSchema): FieldWords[] {
  let words = cache.get(schema);
  if (!words) {
    words = schema.fields.map((field) => {
      const label = normaliseHeader(field.label);
      const synonyms = new Set(field.synonyms.map(normaliseHeader).filter((s) => s !== ""));
      return { field, label, synonyms, all: [label, ...synonyms] };
    });
    cache.set(schema, words);
  }
  return words;
}

function unitFits(unit: HeaderColumn["unit"], type: FieldType): boolean {
  if (unit === null) return true;
  if (unit === "money") return type === "money";
  if (unit === "ratio") return type === "ratio";
  return type === "count";
}

/**
 * Words that give a header a type of its own: "建会时间" holds a date and "建会方式" a category, whatever
 * "建会" inside them says. A contained word may not carry a header to a field of another type.
 */
const TYPE_WORDS: Array<[RegExp, FieldType[]]> = [
  [/日期|时间|年月|年份/, ["date", "text"]],
  [/人数|户数|个数|件数|人次/, ["count"]],
  [/金额|资金|数额|余额|额$/, ["money"]],
  [/比例|比率|费率|率$|%/, ["ratio"]],
  [/方式|形式|类型|类别|性质|名称|姓名|电话|地址|代码|号码|联系人|主席|备注/, ["text", "category"]],
];

function typeAllowed(text: string, type: FieldType): boolean {
  return TYPE_WORDS.every(([re, types]) => !re.test(text) || types.includes(type));
}

/** How well one candidate text names a field: 1 label, 0.95 synonym, below 0.9 for containment. */
function textScore(text: string, words: FieldWords): number {
  if (text === "") return 0;
  if (text === words.label) return 1;
  if (words.synonyms.has(text)) return 0.95;
  if (!typeAllowed(text, words.field.type)) return 0;
  let best = 0;
  for (const word of words.all) {
    if (word.length >= 2 && text.length <= 16 && text.includes(word)) {
      const share = word.length / text.length;
      if (share >= 0.34)
        best = Math.max(best, 0.5 + 0.35 * share + (text.startsWith(word) ? 0.02 : 0));
    } else if (text.length >= 2 && word.includes(text)) {
      const share = text.length / word.length;
      if (share >= 0.5) best = Math.max(best, 0.3 + 0.4 * share);
    }
  }
  return best;
}

function columnScore(column: HeaderColumn, words: FieldWords, whole: string | null): number {
  if (!unitFits(column.unit, words.field.type)) return 0;
  const sub = column.candidates[0];
  if (whole !== null) {
    if (
      words.field.subOf?.whole === whole &&
      words.field.subOf.labels.some((l) => normaliseHeader(l) === sub)
    )
      return 1.1;
    if (words.field.key === whole && WHOLE_WORDS.has(sub)) return 1.1;
  }
  let best = 0;
  column.candidates.forEach((text, i) => {
    best = Math.max(best, textScore(text, words) - 0.01 * i);
  });
  return best;
}

/** The field a parent header names exactly ("参保人数" → enrolledTotal), as context for its subs. */
function fieldNamed(text: string, all: FieldWords[]): string | null {
  const found = all.find((w) => w.label === text || w.synonyms.has(text));
  return found ? found.field.key : null;
}

function assign(
  columns: HeaderColumn[],
  all: FieldWords[],
  mapping: ColumnMapping,
  wholeOf: (column: HeaderColumn) => string | null
): void {
  const usedCols = new Set(Object.values(mapping.columns));
  const pairs: Array<{ col: number; key: string; score: number }> = [];
  for (const column of columns) {
    if (SERIAL_WORDS.has(column.candidates[0])) continue;
    const whole = wholeOf(column);
    for (const words of all) {
      const score = columnScore(column, words, whole);
      if (score > 0) pairs.push({ col: column.col, key: words.field.key, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const { col, key, score } of pairs) {
    if (usedCols.has(col) || key in mapping.columns) continue;
    mapping.columns[key] = col;
    mapping.strength[key] = score;
    usedCols.add(col);
  }
}

export function mapColumns(schema: LedgerSchema, columns: HeaderColumn[]): ColumnMapping {
  const all = wordsOf(schema);
  const mapping: ColumnMapping = { columns: {}, strength: {} };
  assign(
    columns.filter((c) => !c.group),
    all,
    mapping,
    () => null
  );
  const fieldAt = new Map(Object.entries(mapping.columns).map(([key, col]) => [col, key]));
  assign(
    columns.filter((c) => c.group),
    all,
    mapping,
    (column) => {
      const group = column.group;
      if (!group) return null;
      if (group.kind === "parent") return fieldNamed(group.parent, all);
      return group.wholeCol === null ? null : (fieldAt.get(group.wholeCol) ?? null);
    }
  );
  return mapping;
}

/** True for a header column that numbers the rows (序号). */
export function isSerialColumn(column: HeaderColumn): boolean {
  return SERIAL_WORDS.has(column.candidates[0]);
}
