import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import type { Detection } from "../../core/ledgers";
import type { WorkbookHost, WorkbookSheet } from "../../core/workbook";
import { messageOf } from "./numbers";

/** The workbook's sheets and recognised ledgers: where a block goes by default, and the 从台账填入 list. */
export interface Overview {
  sheets: WorkbookSheet[];
  detections: Detection[];
}

interface OverviewState {
  overview?: Overview;
  /** Why the last read failed (the pages then fall back to the selection or a new sheet). */
  error?: string;
  /** Reads the workbook once, if it has not been read. */
  ensure: () => void;
  /** Reads it again (after the pane wrote to it). */
  refresh: () => void;
}

const OverviewContext = createContext<OverviewState>({ ensure: () => {}, refresh: () => {} });

/**
 * Holds the overview for the pages. `eager` reads at once (file mode: the file is in memory and its
 * ledgers are wanted right away); otherwise the first `ensure` reads (inside Excel, when a form first
 * needs it, so opening the pane costs no whole-workbook read).
 */
export function OverviewProvider({
  workbook,
  enabled,
  eager,
  children,
}: {
  workbook: WorkbookHost;
  enabled: boolean;
  eager: boolean;
  children: ReactNode;
}) {
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<string>();
  /** Bumped to ask for a read; 0 means not asked yet. */
  const [wanted, setWanted] = useState(eager ? 1 : 0);

  useEffect(() => {
    if (!enabled || wanted === 0) return;
    let live = true;
    // Ledger detection (the schemas and their matching) is a chunk of its own, fetched with the first read.
    import(/* webpackChunkName: "ledger-detection" */ "./readLedgers")
      .then(({ readLedgers }) => readLedgers(workbook))
      .then(
        ({ sheets, detections }) => {
          if (!live) return;
          setOverview({ sheets, detections });
          setError(undefined);
        },
        (e: unknown) => {
          if (live) setError(messageOf(e));
        }
      );
    return () => {
      live = false;
    };
  }, [workbook, enabled, wanted]);

  const ensure = useCallback(() => setWanted((n) => (n === 0 ? 1 : n)), []);
  const refresh = useCallback(() => setWanted((n) => n + 1), []);
  const value = useMemo(
    () => ({ overview: enabled ? overview : undefined, error, ensure, refresh }),
    [enabled, overview, error, ensure, refresh]
  );
  return <OverviewContext.Provider value={value}>{children}</OverviewContext.Provider>;
}

export function useOverview(): OverviewState {
  return useContext(OverviewContext);
}
