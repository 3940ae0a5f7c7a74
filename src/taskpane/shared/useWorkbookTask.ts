import { useCallback, useState } from "react";
import { messageOf } from "./numbers";

/**
 * Runs a form's workbook calls: `pending` while any runs (the form shows a spinner), and the last
 * failure kept in `error` for a MessageBar. A failure is never dropped and never thrown out
 * of an event handler: `run` resolves to undefined instead.
 */
export function useWorkbookTask() {
  const [running, setRunning] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    setRunning((n) => n + 1);
    setError(null);
    try {
      return await task();
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    } finally {
      setRunning((n) => n - 1);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { pending: running > 0, error, run, clearError };
}

export type WorkbookTask = ReturnType<typeof useWorkbookTask>;
