import { type RefObject, useEffect, useLayoutEffect, useState } from "react";
import { hiddenTabs } from "./fittingTabs";

/** Until the 更多页面 button is on screen to be measured: Fluent's small icon button is 24 px. */
const MORE_WIDTH = 24;

interface Measured {
  /** The labels the widths belong to: other labels (the language switch) are measured again. */
  labels: string;
  widths: number[];
  available: number;
}

/**
 * The keys of the tabs that do not fit `row`. The tabs are measured once, all shown, in one layout
 * read before the first paint (and again when their labels change); after that only the row's width
 * (a ResizeObserver) and the selection move them.
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

  useLayoutEffect(() => {
    if (current || !row.current) return;
    const widths = Array.from(
      row.current.querySelectorAll<HTMLElement>('[role="tab"]'),
      (tab) => tab.getBoundingClientRect().width
    );
    setMeasured({ labels, widths, available: row.current.getBoundingClientRect().width });
  }, [current, labels, row]);

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
    selected: Math.max(
      0,
      tabs.findIndex((t) => t.key === selected)
    ),
    available: current.available,
    more: moreWidth,
    minimumVisible,
  });
  return hidden.map((i) => tabs[i].key);
}
