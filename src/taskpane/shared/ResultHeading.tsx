import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";

const useStyles = makeStyles({
  // Reads as a status bar's title: inline, the bar's own size, so the bar looks as it did.
  heading: {
    display: "inline",
    margin: 0,
    marginRight: tokens.spacingHorizontalXS,
    fontSize: "inherit",
    lineHeight: "inherit",
    fontWeight: tokens.fontWeightSemibold,
  },
  plain: { fontWeight: tokens.fontWeightRegular },
});

export interface ResultHeadingProps {
  /** Each new value (a new result) takes focus again; focus also moves when the heading appears. */
  focusKey: unknown;
  /** The whole status sentence is the heading: not bold. */
  plain?: boolean;
  children: ReactNode;
}

/**
 * The heading of what a long task just made (a report draft, checks, a roll-up). It takes focus when
 * it appears, so keyboard and screen-reader users land on the new content, not on the button that
 * started the task (which a pending task disables, sending focus to <body>).
 */
export function ResultHeading({ focusKey, plain = false, children }: ResultHeadingProps) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h2 ref={ref} tabIndex={-1} className={mergeClasses(styles.heading, plain && styles.plain)}>
      {children}
    </h2>
  );
}
