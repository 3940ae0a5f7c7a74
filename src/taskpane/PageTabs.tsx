import { Tab, TabList, makeStyles, mergeClasses } from "@fluentui/react-components";
import { lazy, Suspense, useRef } from "react";
import { useStrings } from "../i18n";
import { MorePagesButton } from "./MorePagesButton";
import type { PageLink } from "./MorePagesMenu";
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
  return (
    // The 更多页面 button sits after the tab list, not in it (a tablist may own only tabs: axe's
    // aria-required-children).
    <div className={styles.row} ref={row}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as string)}
        aria-label={t.pages}
      >
        {pages.map((p) => (
          <Tab
            key={p.key}
            className={mergeClasses(styles.tab, hidden.includes(p.key) && styles.hidden)}
            value={p.key}
            id={`tab-${p.key}`}
            aria-controls={`panel-${p.key}`}
          >
            {p.label}
          </Tab>
        ))}
      </TabList>
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
