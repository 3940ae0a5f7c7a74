import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useLayoutEffect,
  useState,
} from "react";
import { tabKeyTarget } from "./tabKeys";
import { OVERFLOWING } from "./useFittingTabs";

const TAB_ID = "tab-";

/** A page tab's element id; its panel names it in aria-labelledby (App). */
export const tabId = (key: string) => TAB_ID + key;

/** The page key of a tab element, from its id. */
const keyOf = (element: EventTarget | null): string | null =>
  element instanceof HTMLElement &&
  element.getAttribute("role") === "tab" &&
  element.id.startsWith(TAB_ID)
    ? element.id.slice(TAB_ID.length)
    : null;

/**
 * WAI-ARIA's tabs pattern, manual activation (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/), for
 * the page row: one tab in the Tab order (a roving tabindex), the one last focused while focus is in
 * the row, else the selected one; the arrow keys, Home and End move focus among the tabs on screen
 * (`shown`, in order); Enter or Space, the tabs' own buttons, open a page.
 */
export function useRovingTabs(
  row: RefObject<HTMLElement>,
  shown: readonly string[],
  selected: string
) {
  const [focused, setFocused] = useState<string | null>(null);
  const stop = focused !== null && shown.includes(focused) ? focused : selected;

  // A focused tab that goes under 更多页面 (a narrower pane, the language switch) hands focus to the
  // selected tab rather than dropping it to the page.
  useLayoutEffect(() => {
    const active = keyOf(document.activeElement);
    if (active === null || shown.includes(active) || !row.current?.contains(document.activeElement))
      return;
    row.current.querySelector<HTMLElement>(`#${tabId(selected)}`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Alt+← is the browser's Back, Ctrl+Home the page's top: not the row's.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = shown.flatMap((key) => {
      const tab = event.currentTarget.querySelector<HTMLElement>(`#${tabId(key)}`);
      return tab && !tab.hasAttribute(OVERFLOWING) ? [tab] : [];
    });
    const next = tabKeyTarget(event.key, tabs.indexOf(event.target as HTMLElement), tabs.length);
    if (next === null) return;
    event.preventDefault();
    tabs[next].focus();
  };
  /** Focus by any means (arrows, a click) makes that tab the stop. */
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const key = keyOf(event.target);
    if (key !== null) setFocused(key);
  };
  /** Leaving the row: coming back lands on the selected tab. */
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };
  return { stop, rowProps: { onKeyDown, onFocus, onBlur } };
}
