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
    wordIndex.add(words);
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

/** What textScore gives for a text containing `word`, or null when the word is too small a part. */
function containedScore(text: string, word: string): number | null {
  const share = word.length / text.length;
  return share >= 0.34 ? 0.5 + 0.35 * share + (text.startsWith(word) ? 0.02 : 0) : null;
}

/** What textScore gives for a text inside a longer `word`, or null when it is too small a part. */
function containingScore(text: string, word: string): number | null {
  const share = text.length / word.length;
  return share >= 0.5 ? 0.3 + 0.4 * share : null;
}

/**
 * How well one candidate text names a field: 1 label, 0.95 synonym, below 0.9 for containment.
 * The reference for WordIndex, which gives the same scores for every field at once.
 */
function textScore(text: string, words: FieldWords): number {
  if (text === "") return 0;
  if (text === words.label) return 1;
  if (words.synonyms.has(text)) return 0.95;
  if (!typeAllowed(text, words.field.type)) return 0;
  let best = 0;
  for (const word of words.all) {
    if (word.length >= 2 && text.length <= 16 && text.includes(word)) {
      best = Math.max(best, containedScore(text, word) ?? 0);
    } else if (text.length >= 2 && word.includes(text)) {
      best = Math.max(best, containingScore(text, word) ?? 0);
    }
  }
  return best;
}

/** Cell texts whose scores are kept; past this the memory is emptied (texts of data rows are many). */
const KEPT_TEXTS = 4096;

/**
 * Every field's words, indexed, so that a text is scored against every field of every ledger at
 * once: detection tries each text of a sheet's first rows against all of them, and a text of a data
 * row names none. The words a text contains are found among its own substrings, the words
 * containing it by their substrings; the scores are textScore's.
 */
class WordIndex {
  /** Word → the fields that have it (label or synonym). */
  private readonly byWord = new Map<string, FieldWords[]>();
  /** Substring of two or more characters → the words it is part of. */
  private readonly inWords = new Map<string, Set<string>>();
  private readonly scores = new Map<string, Map<FieldWords, number>>();

  add(fields: readonly FieldWords[]): void {
    for (const words of fields) {
      for (const word of new Set(words.all)) {
        this.byWord.set(word, [...(this.byWord.get(word) ?? []), words]);
        for (let i = 0; i < word.length; i++)
          for (let j = i + 2; j <= word.length; j++) {
            const part = word.slice(i, j);
            const holders = this.inWords.get(part) ?? new Set<string>();
            holders.add(word);
            this.inWords.set(part, holders);
          }
      }
    }
    this.scores.clear();
  }

  /** textScore(text, words) for every field with a score above 0 (the others are absent). */
  scoresOf(text: string): Map<FieldWords, number> {
    let found = this.scores.get(text);
    if (found) return found;
    found = this.score(text);
    if (this.scores.size >= KEPT_TEXTS) this.scores.clear();
    this.scores.set(text, found);
    return found;
  }

  private score(text: string): Map<FieldWords, number> {
    const out = new Map<FieldWords, number>();
    if (text === "") return out;
    const exact = new Set(this.byWord.get(text) ?? []);
    for (const words of exact) out.set(words, words.label === text ? 1 : 0.95);
    const best = new Map<FieldWords, number>();
    const consider = (word: string, score: number | null) => {
      if (score === null) return;
      for (const words of this.byWord.get(word) ?? [])
        if (!exact.has(words)) best.set(words, Math.max(best.get(words) ?? 0, score));
    };
    // Words the text contains (two characters or more, in a text of at most 16).
    if (text.length <= 16) {
      const seen = new Set<string>();
      for (let i = 0; i < text.length; i++)
        for (let j = i + 2; j <= text.length; j++) {
          const word = text.slice(i, j);
          if (word === text || seen.has(word) || !this.byWord.has(word)) continue;
          seen.add(word);
          consider(word, containedScore(text, word));
        }
    }
    // Longer words that contain the text.
    if (text.length >= 2)
      for (const word of this.inWords.get(text) ?? [])
        if (word !== text) consider(word, containingScore(text, word));
    for (const [words, score] of best)
      if (score > 0 && typeAllowed(text, words.field.type)) out.set(words, score);
    return out;
  }
}

const wordIndex = new WordIndex();

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
    best = Math.max(best, (wordIndex.scoresOf(text).get(words) ?? 0) - 0.01 * i);
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

/** Each field's score for a text as mapColumns takes it (through the index), in field order. */
export function fieldScores(schema: LedgerSchema, text: string): number[] {
  const fields = wordsOf(schema); // first: a schema met for the first time joins the index
  const scores = wordIndex.scoresOf(text);
  return fields.map((words) => scores.get(words) ?? 0);
}

/** The same, by textScore field by field: what the index must agree with. */
export function fieldScoresOneByOne(schema: LedgerSchema, text: string): number[] {
  return wordsOf(schema).map((words) => textScore(text, words));
}
