import { AnnounceProvider, makeStyles } from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import { visuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  // Read by screen readers, not shown.
  hidden: visuallyHidden,
});

/**
 * The pane's live regions. Fluent's MessageBar announces through the announce context, which is a
 * no-op unless something provides it: every status bar (file opened, block written, draft made,
 * checks done, errors) is spoken from here, politely or, for errors and warnings, assertively. The
 * last message stays in the region (a new message replaces it, re-keyed so a repeat is spoken again).
 */
export function Announcer({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [polite, setPolite] = useState({ n: 0, text: "" });
  const [assertive, setAssertive] = useState({ n: 0, text: "" });
  const value = useMemo(
    () => ({
      announce: (message: string, options?: { alert?: boolean; polite?: boolean }) => {
        const text = message.trim();
        if (text === "") return;
        const set = options?.alert ? setAssertive : setPolite;
        set((m) => ({ n: m.n + 1, text }));
      },
    }),
    []
  );
  return (
    <AnnounceProvider value={value}>
      {children}
      <div
        className={styles.hidden}
        role="status"
        aria-live="polite"
        data-announcer
        data-testid="announce-polite"
      >
        <span key={polite.n}>{polite.text}</span>
      </div>
      <div
        className={styles.hidden}
        aria-live="assertive"
        data-announcer
        data-testid="announce-assertive"
      >
        <span key={assertive.n}>{assertive.text}</span>
      </div>
    </AnnounceProvider>
  );
}
