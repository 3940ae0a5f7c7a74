import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { type FocusEvent, type KeyboardEvent, lazy, Suspense, useRef, useState } from "react";
import { useStrings } from "../i18n";
import { MorePagesButton } from "./MorePagesButton";
import type { PageLink } from "./MorePagesMenu";
import { PageTab } from "./PageTab";
import { tabKeyTarget } from "./tabKeys";
import { OVERFLOWING, useFittingTabs } from "./useFittingTabs";

const MorePagesMenu = lazy(() => import(/* webpackChunkName: "more-pages" */ "./MorePagesMenu"));

const useStyles = makeStyles({
  // One row whatever the width: what does not fit goes into the 更多页面 menu.
  row: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    minWidth: 0,
    overflow: "hidden",
  },
  tabs: {
    display: "flex",
    alignItems: "center",
    flexWrap: "nowrap",
    minWidth: 0,
    overflow: "hidden",
    // Marked by useFittingTabs for the first paint, before React has the widths.
    [`& [${OVERFLOWING}]`]: { display: "none" },
  },
  tab: { flexShrink: 0 },
  hidden: { display: "none" },
});

export interface PageTabsProps {
  pages: readonly PageLink[];
  selected: string;
  onSelect: (key: string) => void;
}

/**
 * The page tabs on one row at any pane width (Excel's is 320–350 px): the selected tab always shows,
 * the others in order as they fit, the rest under 更多页面.
 */
export function PageTabs({ pages, selected, onSelect }: PageTabsProps) {
  const t = useStrings();
  const styles = useStyles();
  const row = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const hidden = useFittingTabs(row, more, pages, selected, 2);
  const moreLabel = `${t.moreTabs} (${hidden.length})`;
  /**
   * The row's one stop in the Tab order (a roving tabindex): the tab the arrow keys last moved to
   * while focus is in the row, else the selected tab.
   */
  const [focused, setFocused] = useState<string | null>(null);
  const stop = focused !== null && !hidden.includes(focused) ? focused : selected;
  /** The arrow keys, Home and End move focus among the tabs on screen; Enter or Space opens one. */
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const shown = pages.flatMap((p) => {
      const tab = event.currentTarget.querySelector<HTMLElement>(`#tab-${p.key}`);
      return tab && !hidden.includes(p.key) && !tab.hasAttribute(OVERFLOWING)
        ? [{ key: p.key, tab }]
        : [];
    });
    const next = tabKeyTarget(
      event.key,
      shown.findIndex(({ tab }) => tab === event.target),
      shown.length
    );
    if (next === null) return;
    event.preventDefault();
    setFocused(shown[next].key);
    shown[next].tab.focus();
  };
  /** Leaving the row: coming back lands on the selected tab. */
  const leave = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };
  return (
    // The 更多页面 button sits after the tab list, not in it (a tablist may own only tabs: axe's
    // aria-required-children).
    <div className={styles.row} ref={row}>
      <div
        role="tablist"
        className={styles.tabs}
        aria-label={t.pages}
        onKeyDown={moveFocus}
        onBlur={leave}
      >
        {pages.map((p) => (
          <PageTab
            key={p.key}
            label={p.label}
            selected={p.key === selected}
            inTabOrder={p.key === stop}
            className={mergeClasses(styles.tab, hidden.includes(p.key) && styles.hidden)}
            id={`tab-${p.key}`}
            aria-controls={`panel-${p.key}`}
            onClick={() => onSelect(p.key)}
          />
        ))}
      </div>
      {hidden.length > 0 && (
        <Suspense fallback={<MorePagesButton ref={more} aria-label={moreLabel} disabled />}>
          <MorePagesMenu
            pages={pages.filter((p) => hidden.includes(p.key))}
            buttonRef={more}
            label={moreLabel}
            onSelect={onSelect}
          />
        </Suspense>
      )}
    </div>
  );
}
