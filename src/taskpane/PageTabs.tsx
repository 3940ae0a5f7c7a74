import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { lazy, Suspense } from "react";
import { useStrings } from "../i18n";
import type { PageLink } from "./MorePagesMenu";

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
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden" },
  tab: { flexShrink: 0 },
});

export interface PageTabsProps {
  pages: readonly PageLink[];
  selected: string;
  onSelect: (key: string) => void;
}

function MorePages({ pages, onSelect }: Pick<PageTabsProps, "pages" | "onSelect">) {
  const t = useStrings();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Suspense
      fallback={
        // Same size while the menu's chunk loads, so the row does not jump.
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          icon={<MoreHorizontalRegular />}
          aria-label={`${t.moreTabs} (${overflowCount})`}
          disabled
        />
      }
    >
      <MorePagesMenu pages={pages} buttonRef={ref} count={overflowCount} onSelect={onSelect} />
    </Suspense>
  );
}

/**
 * The page tabs on one row at any pane width (Excel's is 320–350 px): the selected tab always shows,
 * the others in order as they fit, the rest under 更多页面.
 */
export function PageTabs({ pages, selected, onSelect }: PageTabsProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    // No reserved padding: the row holds exactly the tabs that fit, beside the 更多页面 button, which
    // sits after the tab list, not in it (a tablist may own only tabs: axe's aria-required-children).
    <Overflow minimumVisible={2} padding={0}>
      <div className={styles.row}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, data) => onSelect(data.value as string)}
          aria-label={t.pages}
        >
          {pages.map((p) => (
            <OverflowItem key={p.key} id={p.key} priority={p.key === selected ? 2 : 1}>
              <Tab
                className={styles.tab}
                value={p.key}
                id={`tab-${p.key}`}
                aria-controls={`panel-${p.key}`}
              >
                {p.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MorePages pages={pages} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}
