import {
  Button,
  FluentProvider,
  Text,
  type Theme,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { WorkbookHost } from "../core/workbook";
import { type Locale, StringsProvider, useLocale, useStrings } from "../i18n";
import { withChineseTheme } from "./chineseFonts";
import { CoveragePage } from "./coverage/CoveragePage";
import { FileModeBar } from "./filemode/FileModeBar";
import {
  browserFileMode,
  type FileModeActions,
  type FileSession,
  resultFileName,
} from "./filemode/fileSession";
import { trackChanges } from "./filemode/trackChanges";
import {
  ChecksPage,
  FundsPage,
  InsurancePage,
  LedgersPage,
  ReportPage,
  RollupPage,
} from "./lazyPages";
import { canUseCells, type PaneHost } from "./paneWorkbook";
import { RibbonReportStatus, type RibbonStatusSource } from "./report/RibbonReportStatus";
import { Announcer } from "./shared/Announcer";
import { PageSkeleton } from "./shared/PageSkeleton";
import { PageTabs } from "./PageTabs";
import { tabId } from "./useRovingTabs";
import { OverviewProvider } from "./shared/workbookOverview";

/** The report draft's sheet (core's REPORT_SHEETS.draft, not imported: the report engine loads on demand). */
const REPORT_DRAFT_SHEET = "报告草稿";

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  languages: { display: "flex", gap: tokens.spacingHorizontalXS },
});

export type PageKey =
  "coverage" | "funds" | "insurance" | "ledgers" | "checks" | "report" | "rollup";

export interface AppProps {
  /** "excel" inside Excel, "wps" inside WPS 表格; "browser" elsewhere: the forms compute, and a workbook file can be opened (file mode). */
  host: Exclude<PaneHost, "file">;
  workbook: WorkbookHost;
  /** The language the pane starts in (the header's switch changes it). */
  locale?: Locale;
  /** How file mode opens and downloads files (the tests give their own). */
  fileMode?: FileModeActions;
  /** The ribbon's report run, shown at the top of the pane. */
  ribbonStatus?: RibbonStatusSource;
  /** Office's theme, as Fluent's (light outside Office). */
  theme?: Theme;
}

/** The task pane: a header with the language switch, and a tab per page. */
export function App({
  host,
  workbook,
  locale = "zh-CN",
  fileMode = browserFileMode,
  ribbonStatus,
  theme = webLightTheme,
}: AppProps) {
  return (
    <StringsProvider initialLocale={locale}>
      <LocalizedProvider theme={theme}>
        <Announcer>
          <Pane host={host} workbook={workbook} fileMode={fileMode} ribbonStatus={ribbonStatus} />
        </Announcer>
      </LocalizedProvider>
    </StringsProvider>
  );
}

/**
 * Fluent and the page follow the language switch: `lang` on the provider and on <html>. The theme names
 * Chinese UI fonts in either language: ledgers, sheet names and units are Chinese in both.
 */
function LocalizedProvider({ theme, children }: { theme: Theme; children: ReactNode }) {
  const { locale } = useLocale();
  const chineseTheme = useMemo(() => withChineseTheme(theme), [theme]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={chineseTheme} lang={locale}>
      {children}
    </FluentProvider>
  );
}

/** Warns on closing the tab while the open file has changes not downloaded. */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ""; // older browsers ask only when returnValue is set
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}

function LanguageSwitch() {
  const t = useStrings();
  const { locale, setLocale } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.languages} role="group" aria-label={t.language}>
      {/* Plain buttons with aria-pressed: a toggle, without ToggleButton's styles in the first paint. */}
      <Button
        size="small"
        appearance={locale === "zh-CN" ? "primary" : "secondary"}
        aria-pressed={locale === "zh-CN"}
        onClick={() => setLocale("zh-CN")}
        lang="zh-CN"
      >
        {t.languageZh}
      </Button>
      <Button
        size="small"
        appearance={locale === "en-US" ? "primary" : "secondary"}
        aria-pressed={locale === "en-US"}
        onClick={() => setLocale("en-US")}
        lang="en"
      >
        {t.languageEn}
      </Button>
    </div>
  );
}

function Pane({
  host,
  workbook,
  fileMode,
  ribbonStatus,
}: Required<Pick<AppProps, "host" | "workbook" | "fileMode">> & Pick<AppProps, "ribbonStatus">) {
  const t = useStrings();
  const styles = useStyles();
  const [page, setPage] = useState<PageKey>("coverage");
  /** Pages opened so far: each is mounted (its chunk loaded) when first shown, then kept. */
  const [visited, setVisited] = useState<ReadonlySet<PageKey>>(() => new Set(["coverage"]));
  const show = (key: PageKey) => {
    setPage(key);
    setVisited((v) => (v.has(key) ? v : new Set(v).add(key)));
  };
  /** The workbook file opened in file mode; `id` changes with each file so the workbook pages start afresh. */
  const [file, setFile] = useState<{ id: number; session: FileSession } | null>(null);
  /** The pane changed the open file since it was opened or last downloaded. */
  const [unsaved, setUnsaved] = useState(false);
  /** The open copy holds a report draft: the download is named for it ("…-报告草稿.xlsx"). */
  const [drafted, setDrafted] = useState(false);
  useLeaveWarning(unsaved);

  const active: PaneHost = file ? "file" : host;
  const session = file?.session;
  const tracked = useMemo(
    () =>
      session
        ? trackChanges(session.workbook, (added) => {
            setUnsaved(true);
            if (added?.startsWith(REPORT_DRAFT_SHEET)) setDrafted(true);
          })
        : undefined,
    [session]
  );
  const book = tracked ?? workbook;
  const canUse = canUseCells(active);
  /** "下载结果": one button, in the file bar, on every page. */
  const download = useCallback(async () => {
    if (!session) return;
    const suffix = drafted ? REPORT_DRAFT_SHEET : "结果";
    fileMode.download(await session.toBuffer(), resultFileName(session.fileName, suffix));
    setUnsaved(false);
  }, [session, fileMode, drafted]);
  const fresh = file?.id ?? 0;

  const pages: Array<{ key: PageKey; label: string; render: () => JSX.Element }> = [
    {
      key: "coverage",
      label: t.tabCoverage,
      render: () => <CoveragePage host={active} workbook={book} />,
    },
    { key: "funds", label: t.tabFunds, render: () => <FundsPage host={active} workbook={book} /> },
    {
      key: "insurance",
      label: t.tabInsurance,
      render: () => <InsurancePage host={active} workbook={book} />,
    },
    {
      key: "ledgers",
      label: t.tabLedgers,
      render: () => <LedgersPage key={fresh} workbook={book} canUse={canUse} />,
    },
    {
      key: "checks",
      label: t.tabChecks,
      render: () => <ChecksPage key={fresh} workbook={book} canUse={canUse} />,
    },
    {
      key: "report",
      label: t.tabReport,
      render: () => (
        <ReportPage
          key={fresh}
          workbook={book}
          canUse={canUse}
          visible={page === "report"}
          saveFile={fileMode.download}
        />
      ),
    },
    {
      key: "rollup",
      label: t.tabRollup,
      // Inside Excel or WPS the roll-up's sheets go into the open workbook; elsewhere into a new one to download.
      render: () => <RollupPage workbook={host === "browser" ? undefined : workbook} />,
    },
  ];
  return (
    <OverviewProvider key={fresh} workbook={book} enabled={canUse} eager={active === "file"}>
      <main className={styles.app}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.appTitle}
          </Text>
          <LanguageSwitch />
        </header>
        {ribbonStatus && <RibbonReportStatus source={ribbonStatus} />}
        {host === "browser" && (
          <FileModeBar
            session={session ?? null}
            unsaved={unsaved}
            open={fileMode.open}
            onOpened={(opened) => {
              setUnsaved(false);
              setDrafted(false);
              setFile((prev) => ({ id: (prev?.id ?? 0) + 1, session: opened }));
            }}
            onDownload={download}
          />
        )}
        <PageTabs pages={pages} selected={page} onSelect={(key) => show(key as PageKey)} />
        {/* A page stays mounted once opened, so its form keeps what was typed when another tab is shown. */}
        {pages.map((p) => (
          <div
            key={p.key}
            role="tabpanel"
            id={`panel-${p.key}`}
            aria-labelledby={tabId(p.key)}
            hidden={p.key !== page}
          >
            {visited.has(p.key) && <Suspense fallback={<PageSkeleton />}>{p.render()}</Suspense>}
          </div>
        ))}
      </main>
    </OverviewProvider>
  );
}
