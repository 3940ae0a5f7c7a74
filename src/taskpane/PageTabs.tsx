import { makeStyles } from "@fluentui/react-components";
import { lazy, Suspense, useRef } from "react";
import { useStrings } from "../i18n";
import { MorePagesButton } from "./MorePagesButton";
import type { PageLink } from "./MorePagesMenu";
import { PageTab } from "./PageTab";
import { OVERFLOWING, useFittingTabs } from "./useFittingTabs";
import { tabId, useRovingTabs } from "./useRovingTabs";

const MorePagesMenu = lazy(() => import(/* webpackChunkName: "more-pages" */ "./MorePagesMenu"));

/**
 * Nothing past the row's edge, but for the focus ring Fluent draws 2 px outside a tab: `hidden`
 * cut its top and bottom off. overflow-clip-margin is Chromium's (Edge WebView2's) since version 90.
 */
const clipLeavingFocusRing = { overflow: "clip", overflowClipMargin: "4px" } as const;

const useStyles = makeStyles({
  // One row whatever the width: what does not fit goes into the 更多页面 menu.
  row: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    minWidth: 0,
    ...clipLeavingFocusRing,
  },
  tabs: {
    display: "flex",
    alignItems: "center",
    flexWrap: "nowrap",
    minWidth: 0,
    ...clipLeavingFocusRing,
    // Marked by useFittingTabs for the first paint, before React has the widths.
    [`& [${OVERFLOWING}]`]: { display: "none" },
  },
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
  const { stop, rowProps } = useRovingTabs(
    row,
    pages.filter((p) => !hidden.includes(p.key)).map((p) => p.key),
    selected
  );
  return (
    // The 更多页面 button sits after the tab list, not in it (a tablist may own only tabs: axe's
    // aria-required-children).
    <div className={styles.row} ref={row}>
      <div role="tablist" className={styles.tabs} aria-label={t.pages} {...rowProps}>
        {pages.map((p) => (
          <PageTab
            key={p.key}
            label={p.label}
            selected={p.key === selected}
            inTabOrder={p.key === stop}
            className={hidden.includes(p.key) ? styles.hidden : undefined}
            id={tabId(p.key)}
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
