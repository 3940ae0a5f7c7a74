import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { PendingSpinner } from "./PendingSpinner";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import { useWorkbookTask } from "./useWorkbookTask";
import { WorkbookErrorBar } from "./WorkbookErrorBar";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** "下载结果" in file mode: builds the .xlsx of the workbook as it is now and hands it to the browser. */
export function DownloadButton({
  onDownload,
  appearance = "primary",
}: {
  onDownload: () => Promise<void>;
  appearance?: "primary" | "secondary";
}) {
  const t = useStrings();
  const styles = useStyles();
  const task = useWorkbookTask();
  return (
    <>
      <div className={styles.row}>
        <Button
          appearance={appearance}
          icon={<ArrowDownloadRegular />}
          disabled={task.pending}
          onClick={() => void task.run(onDownload)}
        >
          {t.download}
        </Button>
        {task.pending && <PendingSpinner label={t.downloading} />}
      </div>
      {task.error && <WorkbookErrorBar title={t.downloadFailed} message={task.error} hint="" />}
    </>
  );
}
