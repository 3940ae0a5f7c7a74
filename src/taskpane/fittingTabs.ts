/**
 * Which page tabs fit the pane's row, the rest going under 更多页面. Pure, over widths measured once:
 * Fluent's overflow manager measured tab by tab, hiding one and re-measuring the row each time, and
 * each of those reads forced a layout (58 of them, the largest single cost of the first paint in a
 * Chromium profile; docs/benchmarks.md, "Pane first tab").
 */

export interface TabRow {
  /** Each tab's width in px, in the row's order. */
  widths: readonly number[];
  /** The index of the selected tab: it always shows. */
  selected: number;
  /** The row's width in px. */
  available: number;
  /** The 更多页面 button's width in px, taken from the row when some tab does not fit. */
  more: number;
  /** At least this many tabs show, even if the row must clip them (the selected one among them). */
  minimumVisible: number;
}

/** The indexes of the tabs that do not fit: none when all do; else the last ones in order, never the selected one. */
export function hiddenTabs({
  widths,
  selected,
  available,
  more,
  minimumVisible,
}: TabRow): number[] {
  // Half a pixel of slack: widths come as fractions, and their sum may round above the row's width.
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= available + 0.5) return [];
  let used = widths[selected] ?? 0;
  let shown = 1;
  const hidden: number[] = [];
  for (let i = 0; i < widths.length; i++) {
    if (i === selected) continue;
    const fits = !hidden.length && used + widths[i] + more <= available + 0.5;
    if (fits || shown < minimumVisible) {
      used += widths[i];
      shown++;
    } else hidden.push(i);
  }
  return hidden;
}
