import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useLocale, useStrings } from "../../i18n";
import { DownloadButton } from "../shared/DownloadButton";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";
import type { FileSession } from "./fileSession";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  input: { display: "none" },
});

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileModeBarProps {
  session: FileSession | null;
  open: (file: File) => Promise<FileSession>;
  onOpened: (session: FileSession) => void;
  onDownload: () => Promise<void>;
}

/**
 * Outside Excel: says the pane is not in Excel and offers "打开工作簿" (file mode); once a file is
 * open, names it and offers "下载结果".
 */
export function FileModeBar({ session, open, onOpened, onDownload }: FileModeBarProps) {
  const t = useStrings();
  const { locale } = useLocale();
  const styles = useStyles();
  const task = useWorkbookTask();
  const input = useRef<HTMLInputElement>(null);

  async function choose(file: File | undefined): Promise<void> {
    if (!file) return;
    const opened = await task.run(() => open(file));
    if (input.current) input.current.value = ""; // the same file may be chosen again
    if (opened) onOpened(opened);
  }

  const openButton = (
    <Button
      appearance={session ? "secondary" : "primary"}
      icon={<DocumentArrowUpRegular />}
      disabled={task.pending}
      onClick={() => input.current?.click()}
    >
      {session ? t.fileOpenOther : t.fileOpen}
    </Button>
  );

  return (
    <div className={styles.bar}>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={ACCEPT}
        aria-label={t.fileOpen}
        data-testid="workbook-file"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {session ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.fileModeTitle(session.fileName)}</MessageBarTitle>
            {t.fileModeBody}
            {session.notices.map((n) => (
              <div key={n.zh}>{locale === "zh-CN" ? n.zh : n.en}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.browserTitle}</MessageBarTitle>
            {t.browserBody}
          </MessageBarBody>
          <MessageBarActions>{openButton}</MessageBarActions>
        </MessageBar>
      )}
      {session && (
        <div className={styles.row}>
          <DownloadButton onDownload={onDownload} />
          {openButton}
        </div>
      )}
      {task.pending && <Spinner size="tiny" labelPosition="after" label={t.fileOpening} />}
      {task.error && (
        <WorkbookErrorBar title={t.fileOpenFailed} message={task.error} hint={t.fileOpenHint} />
      )}
    </div>
  );
}
