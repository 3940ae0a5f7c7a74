import type { ReportOutcome, ReportStep } from "../excel/generateReport";

/**
 * Where the report draft run started from the ribbon stands, for the task pane to show: the ribbon
 * handler has no UI of its own. A tiny observable store, shaped for React's useSyncExternalStore:
 *
 *   const status = useSyncExternalStore(reportStatus.subscribe, reportStatus.get);
 *
 * Snapshots are immutable (a new object per change). `message` is ready to show (zh-CN, the
 * product's first language); the pane may instead word it from `state`, `step`, `outcome` and
 * `error` in the user's language.
 */
export type ReportRunState = "idle" | "running" | "done" | "failed";

export interface ReportStatus {
  state: ReportRunState;
  message: string;
  /** While running: the step under way. */
  step?: ReportStep;
  /** When done. */
  outcome?: ReportOutcome;
  /** When failed: Excel's (or the add-in's) message, and its code when Office.js gave one. */
  error?: { message: string; code?: string };
}

export interface ReportStatusStore {
  get(): ReportStatus;
  set(status: ReportStatus): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export const IDLE: ReportStatus = { state: "idle", message: "" };

export function createReportStatusStore(initial: ReportStatus = IDLE): ReportStatusStore {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (next) => {
      status = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The one store of the page: the build's single webpack runtime (optimization.runtimeChunk) gives the
 * pane, functions and commands bundles one instance of every module, so they all see this one.
 */
export const reportStatus: ReportStatusStore = createReportStatusStore();
