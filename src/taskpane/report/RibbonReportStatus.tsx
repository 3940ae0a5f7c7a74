import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { useStrings } from "../../i18n";
import { PendingSpinner } from "../shared/PendingSpinner";

/** What the pane needs of the ribbon's report run (src/commands' reportStatus store, passed in by the entry point). */
export interface RibbonStatusSource {
  get(): { state: "idle" | "running" | "done" | "failed"; message: string };
  subscribe(listener: () => void): () => void;
}

/**
 * The ribbon button "一键生成报告草稿" has no UI of its own: it opens the pane, and this bar says how
 * its run goes: under way, done (which sheet), or failed (Excel's message).
 */
export function RibbonReportStatus({ source }: { source: RibbonStatusSource }) {
  const t = useStrings();
  const status = useSyncExternalStore(source.subscribe, source.get);
  if (status.state === "idle") return null;
  if (status.state === "running")
    return <PendingSpinner label={status.message || t.ribbonRunning} />;
  return (
    <MessageBar intent={status.state === "done" ? "success" : "error"}>
      <MessageBarBody>
        <MessageBarTitle>{status.state === "done" ? t.ribbonDone : t.ribbonFailed}</MessageBarTitle>
        {status.message}
      </MessageBarBody>
    </MessageBar>
  );
}
