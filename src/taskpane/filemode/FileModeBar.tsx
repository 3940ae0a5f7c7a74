import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useLocale, useStrings } from "../../i18n";
import { DownloadButton } from "../shared/DownloadButton";
import { PendingSpinner } from "../shared/PendingSpinner";
import { FileErrorBar } from "./FileErrorBar";
import type { FileSession } from "./fileSession";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  input: { display: "none" },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
});

const ReplaceDialog = lazy(
  () => import(/* webpackChunkName: "replace-dialog" */ "./ReplaceDialog")
);

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileModeBarProps {
  session: FileSession | null;
  /** The pane wrote to the open copy since it was opened or last downloaded. */
  unsaved: boolean;
  open: (file: File) => Promise<FileSession>;
  onOpened: (session: FileSession) => void;
  onDownload: () => Promise<void>;
}

/**
 * Outside Excel: says the pane is not in Excel and offers "打开工作簿" (file mode); once a file is
 * open, names it (focus moves to that heading) and offers "下载结果". A new file never replaces work
 * not downloaded without asking.
 */
export function FileModeBar({ session, unsaved, open, onOpened, onDownload }: FileModeBarProps) {
  const t = useStrings();
  const { locale } = useLocale();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; fileName: string } | null>(null);
  /** A file chosen while the open copy has changes: waits for the user's word. */
  const [waiting, setWaiting] = useState<File | null>(null);

  useEffect(() => {
    if (session) heading.current?.focus();
  }, [session]);

  async function openFile(file: File): Promise<void> {
    setPending(true);
    setFailure(null);
    try {
      onOpened(await open(file));
    } catch (error) {
      setFailure({ error, fileName: file.name });
    } finally {
      setPending(false);
    }
  }

  function choose(file: File | undefined): void {
    if (input.current) input.current.value = ""; // the same file may be chosen again
    if (!file) return;
    if (session && unsaved) setWaiting(file);
    else void openFile(file);
  }

  const openButton = (
    <Button
      appearance={session ? "secondary" : "primary"}
      icon={<DocumentArrowUpRegular />}
      disabled={pending}
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
        onChange={(e) => choose(e.target.files?.[0])}
      />
      {session ? (
        // Keyed by the session so each newly opened file is announced.
        <MessageBar key={sessionKey(session)} intent="info" layout="multiline">
          <MessageBarBody>
            <h2 ref={heading} tabIndex={-1} className={styles.heading}>
              {t.fileModeTitle(session.fileName)}
            </h2>
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
      {session && unsaved && <Text size={200}>{t.unsavedChanges}</Text>}
      {pending && <PendingSpinner label={t.fileOpening} />}
      {failure && <FileErrorBar error={failure.error} fileName={failure.fileName} />}
      {session && waiting !== null && (
        <Suspense fallback={null}>
          <ReplaceDialog
            fileName={session.fileName}
            onReplace={() => {
              const file = waiting;
              setWaiting(null);
              void openFile(file);
            }}
            onCancel={() => setWaiting(null)}
          />
        </Suspense>
      )}
    </div>
  );
}

/** A stable key per session object. */
const keys = new WeakMap<FileSession, number>();
let nextKey = 0;
function sessionKey(session: FileSession): number {
  let key = keys.get(session);
  if (key === undefined) keys.set(session, (key = ++nextKey));
  return key;
}
