import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import type { Ref } from "react";
import { MorePagesButton } from "./MorePagesButton";

export interface PageLink {
  key: string;
  label: string;
}

export interface MorePagesMenuProps {
  /** The pages whose tabs do not fit the row. */
  pages: readonly PageLink[];
  /** The row measures this button, to leave room for it. */
  buttonRef: Ref<HTMLButtonElement>;
  /** "更多页面 (3)" */
  label: string;
  onSelect: (key: string) => void;
}

/**
 * "更多页面": the tabs that do not fit the pane's width (PageTabs works out which), as Fluent's TabList
 * overflow pattern shows them.
 * Its own chunk: Fluent's menu is not needed for the first paint.
 */
export default function MorePagesMenu({ pages, buttonRef, label, onSelect }: MorePagesMenuProps) {
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <MorePagesButton ref={buttonRef} aria-label={label} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {pages.map((p) => (
            <MenuItem key={p.key} onClick={() => onSelect(p.key)}>
              {p.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
