import { PendingSpinner } from "./PendingSpinner";
import { useStrings } from "../../i18n";
import { WorkbookErrorBar } from "./WorkbookErrorBar";
import type { WorkbookTask } from "./useWorkbookTask";

/** A spinner while a form reads the workbook, and the error bar when a read failed. */
export function ReadStatus({ task }: { task: WorkbookTask }) {
  const t = useStrings();
  if (task.pending) return <PendingSpinner label={t.reading} />;
  if (task.error)
    return <WorkbookErrorBar title={t.readFailed} message={task.error} hint={t.readFailedHint} />;
  return null;
}
