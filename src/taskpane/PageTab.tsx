import {
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { ButtonHTMLAttributes } from "react";

/** The 2 px bar under a tab's label: ::before on hover, ::after under the selected tab. */
const barUnderTab = {
  content: '""',
  position: "absolute",
  bottom: 0,
  left: tokens.spacingHorizontalSNudge,
  right: tokens.spacingHorizontalSNudge,
  height: tokens.strokeWidthThick,
  borderRadius: tokens.borderRadiusCircular,
} as const;

/**
 * Fluent's small, transparent Tab, drawn from the same tokens: padding, the brand bar under the
 * selected tab, the grey bar on hover, the focus ring, forced colours. Not Fluent's Tab and TabList
 * themselves: their arrow keys come from tabster, 85 KB of script and a document-wide set-up in the
 * pane's first paint for this one row (docs/benchmarks.md, "Pane first tab"). Unlike Fluent's, the
 * brand bar does not slide from tab to tab: it is drawn under the selected one.
 */
const useStyles = makeStyles({
  root: {
    display: "grid",
    gridAutoFlow: "column",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    position: "relative",
    overflow: "hidden",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    backgroundColor: tokens.colorTransparentBackground,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    outlineStyle: "none",
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed },
    ":hover > span": { color: tokens.colorNeutralForeground2Hover },
    ":active > span": { color: tokens.colorNeutralForeground2Pressed },
    // The bar under the tab: grey while the pointer is on it, the brand colour once selected.
    "::before": barUnderTab,
    ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active::before": { backgroundColor: tokens.colorNeutralStroke1Pressed },
    "@media (forced-colors: active)": {
      ":hover::before": { backgroundColor: "Highlight" },
      ":active::before": { backgroundColor: "Highlight" },
    },
  },
  selected: {
    ":hover > span": { color: tokens.colorNeutralForeground1Hover },
    ":active > span": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { ...barUnderTab, backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
      ":active::after": { backgroundColor: "ButtonText" },
    },
  },
  // Its own ring: ::after is the selection bar, where Fluent's default ring would go.
  focus: createCustomFocusIndicatorStyle(
    {
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: "transparent",
      outlineStyle: "solid",
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
    { enableOutline: true }
  ),
  label: {
    ...typographyStyles.body1,
    gridColumnStart: 1,
    gridRowStart: 1,
    overflow: "hidden",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    color: tokens.colorNeutralForeground2,
  },
  labelSelected: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
  /** The label again, bold and unseen: a tab is as wide selected as not, so the row never shifts. */
  reserved: { visibility: "hidden" },
});

export interface PageTabProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  label: string;
  selected: boolean;
  /** The row's one stop in the Tab order (useRovingTabs moves it). */
  inTabOrder: boolean;
}

/**
 * One tab of the page row, a button: Enter, Space or a click opens its page. Only `inTabOrder` is
 * in the Tab order; the row's arrow keys reach the others (useRovingTabs).
 */
export function PageTab({ label, selected, inTabOrder, className, ...props }: PageTabProps) {
  const styles = useStyles();
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      tabIndex={inTabOrder ? 0 : -1}
      className={mergeClasses(styles.root, styles.focus, selected && styles.selected, className)}
      {...props}
    >
      <span className={mergeClasses(styles.label, selected && styles.labelSelected)}>{label}</span>
      <span
        aria-hidden
        className={mergeClasses(styles.label, styles.labelSelected, styles.reserved)}
      >
        {label}
      </span>
    </button>
  );
}
