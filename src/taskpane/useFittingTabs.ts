import {
  type RefObject,
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { hiddenTabs } from "./fittingTabs";

/** Until the 更多页面 button is on screen to be measured: Fluent's small icon button is 24 px. */
const MORE_WIDTH = 24;

interface Measured {
  /** The labels the widths belong to: other labels (the language switch) are measured again. */
  labels: string;
  widths: number[];
  available: number;
}

/** Set on a tab, before React knows the widths, when it does not fit: the row's style hides it. */
export const OVERFLOWING = "data-overflowing";

/**
 * The keys of the tabs that do not fit `row`. The tabs are measured once, all shown, in one layout
 * read before the first paint (and again when their labels change); after that only the row's width
 * (a ResizeObserver) and the selection move them.
 *
 * The first paint does not wait for React: the tabs that do not fit are marked in the DOM
 * ([data-overflowing], as Fluent's overflow manager marks them), and the widths reach React's state
 * as a transition, after the paint. A state update in a layout effect would render again before the
 * paint, and run every pending effect of the pane first (docs/benchmarks.md, "Pane first tab").
 */
export function useFittingTabs(
  row: RefObject<HTMLElement>,
  more: RefObject<HTMLElement>,
  tabs: ReadonlyArray<{ key: string; label: string }>,
  selected: string,
  minimumVisible: number
): string[] {
  const labels = tabs.map((t) => t.label).join("\n");
  const [measured, setMeasured] = useState<Measured | null>(null);
  const [moreWidth, setMoreWidth] = useState(MORE_WIDTH);
  const current = measured?.labels === labels ? measured : null;
  /** Measured and marked, on its way to the state: not measured again (the marked tabs are 0 px wide). */
  const pending = useRef<string | null>(null);

  useLayoutEffect(() => {
    const rowElement = row.current;
    if (!rowElement) return;
    const tabElements = () => Array.from(rowElement.querySelectorAll<HTMLElement>('[role="tab"]'));
    if (current) {
      // React's state hides the tabs now: the marks of the first paint go.
      if (pending.current !== null)
        for (const tab of tabElements()) tab.removeAttribute(OVERFLOWING);
      pending.current = null;
      return;
    }
    if (pending.current === labels) return;
    pending.current = labels;
    // Every tab at its own width for the measure, whatever an earlier one marked.
    const elements = tabElements();
    for (const tab of elements) tab.removeAttribute(OVERFLOWING);
    const widths = elements.map((tab) => tab.getBoundingClientRect().width);
    const next = { labels, widths, available: rowElement.getBoundingClientRect().width };
    const hidden = hiddenTabs({
      widths,
      selected: selectedIndex(tabs, selected),
      available: next.available,
      more: moreWidth,
      minimumVisible,
    });
    elements.forEach((tab, i) => tab.toggleAttribute(OVERFLOWING, hidden.includes(i)));
    startTransition(() => setMeasured(next));
  });

  useLayoutEffect(() => {
    const width = more.current?.getBoundingClientRect().width;
    if (width && Math.abs(width - moreWidth) > 0.5) setMoreWidth(width);
  });

  useEffect(() => {
    if (!row.current || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const available = entry.contentRect.width;
      setMeasured((m) => (m && Math.abs(m.available - available) > 0.5 ? { ...m, available } : m));
    });
    observer.observe(row.current);
    return () => observer.disconnect();
  }, [row]);

  if (!current || current.widths.length !== tabs.length) return [];
  const hidden = hiddenTabs({
    widths: current.widths,
    selected: selectedIndex(tabs, selected),
    available: current.available,
    more: moreWidth,
    minimumVisible,
  });
  return hidden.map((i) => tabs[i].key);
}

function selectedIndex(tabs: ReadonlyArray<{ key: string }>, selected: string): number {
  return Math.max(
    0,
    tabs.findIndex((t) => t.key === selected)
  );
}
