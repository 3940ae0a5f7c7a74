import { MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { type Locale, StringsProvider, useLocale, useStrings } from "../i18n";
import { CoveragePage } from "./coverage/CoveragePage";
import { FundsPage } from "./funds/FundsPage";
import { InsurancePage } from "./insurance/InsurancePage";
import type { PaneHost, PaneWorkbook } from "./paneWorkbook";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  languages: { display: "flex", gap: tokens.spacingHorizontalXS },
});

export type PageKey = "coverage" | "funds" | "insurance";

export interface AppProps {
  /** "excel" inside Excel; "browser" elsewhere: the forms compute, but reading and writing cells is off. */
  host: PaneHost;
  workbook: PaneWorkbook;
  /** The language the pane starts in (the header's switch changes it). */
  locale?: Locale;
}

/** The task pane: a header with the language switch, and a tab per calculator. */
export function App({ host, workbook, locale = "zh-CN" }: AppProps) {
  return (
    <StringsProvider initialLocale={locale}>
      <Pane host={host} workbook={workbook} />
    </StringsProvider>
  );
}

function LanguageSwitch() {
  const t = useStrings();
  const { locale, setLocale } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.languages} role="group" aria-label={t.language}>
      <ToggleButton size="small" checked={locale === "zh-CN"} onClick={() => setLocale("zh-CN")} lang="zh-CN">
        {t.languageZh}
      </ToggleButton>
      <ToggleButton size="small" checked={locale === "en-US"} onClick={() => setLocale("en-US")} lang="en">
        {t.languageEn}
      </ToggleButton>
    </div>
  );
}

function Pane({ host, workbook }: { host: PaneHost; workbook: PaneWorkbook }) {
  const t = useStrings();
  const styles = useStyles();
  const [page, setPage] = useState<PageKey>("coverage");
  const pages: Array<{ key: PageKey; label: string; render: () => JSX.Element }> = [
    { key: "coverage", label: t.tabCoverage, render: () => <CoveragePage host={host} workbook={workbook} /> },
    { key: "funds", label: t.tabFunds, render: () => <FundsPage host={host} workbook={workbook} /> },
    { key: "insurance", label: t.tabInsurance, render: () => <InsurancePage host={host} workbook={workbook} /> },
  ];
  return (
    <main className={styles.app}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {t.appTitle}
        </Text>
        <LanguageSwitch />
      </header>
      {host === "browser" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.browserTitle}</MessageBarTitle>
            {t.browserBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={page} onTabSelect={(_, data) => setPage(data.value as PageKey)} aria-label={t.pages}>
        {pages.map((p) => (
          <Tab key={p.key} value={p.key} id={`tab-${p.key}`} aria-controls={`panel-${p.key}`}>
            {p.label}
          </Tab>
        ))}
      </TabList>
      {/* Every page stays mounted so its form keeps what was typed when another tab is shown. */}
      {pages.map((p) => (
        <div key={p.key} role="tabpanel" id={`panel-${p.key}`} aria-labelledby={`tab-${p.key}`} hidden={p.key !== page}>
          {p.render()}
        </div>
      ))}
    </main>
  );
}
