import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import type { Ref } from "react";
import { useStrings } from "../i18n";

export interface PageLink {
  key: string;
  label: string;
}

export interface MorePagesMenuProps {
  pages: readonly PageLink[];
  /** The overflow manager measures this button. */
  buttonRef: Ref<HTMLButtonElement>;
  count: number;
  onSelect: (key: string) => void;
}

/** One menu item per tab that does not fit the row. */
function HiddenPage({ page, onSelect }: { page: PageLink; onSelect: (key: string) => void }) {
  const visible = useIsOverflowItemVisible(page.key);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(page.key)}>{page.label}</MenuItem>;
}

/**
 * "更多页面": the tabs that do not fit the pane's width, as Fluent's TabList overflow pattern does.
 * Its own chunk: Fluent's menu is not needed for the first paint.
 */
export default function MorePagesMenu({ pages, buttonRef, count, onSelect }: MorePagesMenuProps) {
  const t = useStrings();
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={buttonRef}
          appearance="transparent"
          size="small"
          icon={<MoreHorizontalRegular />}
          aria-label={`${t.moreTabs} (${count})`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {pages.map((p) => (
            <HiddenPage key={p.key} page={p} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
