/**
 * Last year's figures (同比): computed from last year's workbook by the same composer, and matched
 * to this year's figures for the 上年数 column of 报告数据. A figure is matched by its label, which
 * names what it counts ("劳动合同纠纷调处成功(件)", "职工培训(期)"): the keys of category figures
 * are their order in the ledger, which differs from one year to the next.
 */
import type { FigureDef } from "./section";

export interface LastYearFigure {
  key: string;
  label: string;
  value: number;
}

export interface LastYear {
  /** Where the values come from, as the user named it (a file name). */
  source: string;
  /** The year last year's ledgers name, when they do. */
  year?: number;
  figures: LastYearFigure[];
}

/** Last year's value of a figure: a value copied from last year's workbook, or a cell of this one. */
export interface PreviousValue {
  value: number;
  /** Without the "=": a reference to the cell holding it (the 年度任务 sheet's 上年数). */
  formula?: string;
}

/**
 * This year's figures' values last year, by key. A label found once last year is matched whatever
 * the key; a label found more than once is matched only with the same key.
 */
export function matchLastYear(
  defs: readonly FigureDef[],
  last: LastYear
): Map<string, PreviousValue> {
  const byLabel = new Map<string, LastYearFigure[]>();
  for (const f of last.figures) {
    if (!Number.isFinite(f.value)) continue;
    byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f]);
  }
  const matched = new Map<string, PreviousValue>();
  for (const def of defs) {
    const same = byLabel.get(def.label) ?? [];
    const hit = same.length === 1 ? same[0] : same.find((f) => f.key === def.key);
    if (hit) matched.set(def.key, { value: hit.value });
  }
  return matched;
}

/** Without last year's workbook: the values this year's ledgers carry (a 上年数 column of 年度任务). */
export function carriedLastYear(defs: readonly FigureDef[]): Map<string, PreviousValue> {
  const carried = new Map<string, PreviousValue>();
  for (const def of defs)
    if (def.previous && Number.isFinite(def.previous.value))
      carried.set(def.key, { value: def.previous.value, formula: def.previous.formula });
  return carried;
}

/**
 * Last year's workbook could not be read: one sentence (the reason names the file), and the report
 * goes on without 同比.
 */
export function unreadablePrevious(reason: { zh: string; en: string }): { zh: string; en: string } {
  const zh = reason.zh.replace(/[。.；;，,\s]+$/, "");
  const en = reason.en.replace(/[.;,\s]+$/, "");
  return {
    zh: `上年工作簿无法读取（${zh}），本报告未作同比。`,
    en: `Last year's workbook could not be read (${en}); the report has no year-over-year figures.`,
  };
}
