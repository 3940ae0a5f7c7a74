import { useCallback, useState } from "react";
import { messageOf } from "./numbers";

/**
 * Runs one workbook call at a time for a form: `pending` while it runs (the form shows a spinner),
 * and its failure kept in `error` for a MessageBar. A failure is never dropped and never thrown out
 * of an event handler: `run` resolves to undefined instead.
 */
export function useWorkbookTask() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(task: () => Promise<T>): Promise<T | undefined> => {
      setPending(true);
      setError(null);
      try {
        return await task();
      } catch (e) {
        setError(messageOf(e));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [],
  );
  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}

export type WorkbookTask = ReturnType<typeof useWorkbookTask>;
