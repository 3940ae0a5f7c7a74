import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { LEDGER_SCHEMAS } from "../../core/ledgers/schemas";
import { unusedColumns } from "../../core/ledgers/unusedColumns";
import type { DraftResult } from "../../core/report/draftReport";
import { workbookFacts } from "../../core/report/workbookFacts";
import type { WorkbookHost } from "../../core/workbook";
import { useLocale, useStrings } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { ReportSettingsFields } from "../shared/ReportSettingsFields";
import { ResultHeading } from "../shared/ResultHeading";
import { useReportSettings } from "../shared/useReportSettings";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { useOverview } from "../shared/workbookOverview";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";
import { WordExportButton } from "./WordExportButton";
import { PreviousPicker } from "./PreviousPicker";
import { PREVIOUS_STRINGS } from "./previousStrings";
import { previousProblem, type ReadPrevious, readPreviousFile } from "./readPrevious";
import type { PreviousWorkbook } from "../../core/report/previousWorkbook";

const useStyles = makeStyles({
  preview: {
    margin: 0,
    maxHeight: "360px",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ReportPageProps {
  workbook: WorkbookHost;
  canUse: boolean;
  /** The page is on screen: only then is the workbook read for the year and street it names. */
  visible?: boolean;
  /** Hands a file to the user (a browser download): the Word export. */
  saveFile: (bytes: Uint8Array, fileName: string) => void;
  /** Reads last year's workbook picked for 同比 (the file host by default; tests give their own). */
  readPrevious?: ReadPrevious;
}

/** 报告: "一键生成报告草稿" over the workbook (Excel or an opened file), the draft to read, 导出Word. */
export function ReportPage({
  workbook,
  canUse,
  visible = true,
  saveFile,
  readPrevious = readPreviousFile,
}: ReportPageProps) {
  const t = useStrings();
  const { locale } = useLocale();
  const form = useFormStyles();
  const styles = useStyles();
  const settings = useReportSettings(workbook, canUse);
  const task = useWorkbookTask();
  const [result, setResult] = useState<DraftResult | null>(null);
  const [previousFile, setPreviousFile] = useState<File | null>(null);
  const [unreadable, setUnreadable] = useState<Array<{ zh: string; en: string }>>([]);
  const yearBad = Number.isNaN(settings.yearValue);

  // The year and street the ledgers name fill the fields (as values the user can change).
  const { overview, ensure } = useOverview();
  useEffect(() => {
    if (canUse && visible) ensure();
  }, [canUse, visible, ensure]);
  const facts = useMemo(() => (overview ? workbookFacts(overview.sheets) : undefined), [overview]);
  const { suggest } = settings;
  useEffect(() => {
    if (facts) suggest({ year: facts.year?.value, street: facts.street?.value });
  }, [facts, suggest]);

  async function generate(): Promise<void> {
    setResult(null);
    setUnreadable([]);
    await task.run(async () => {
      await settings.save();
      // Last year's workbook is only read; one that cannot be is said, and the draft goes on without 同比.
      let previous: PreviousWorkbook | undefined;
      if (previousFile)
        try {
          previous = await readPrevious(previousFile);
        } catch (e) {
          setUnreadable([previousProblem(e)]);
        }
      const street = settings.street.trim();
      // The report composer loads with the first draft, as its own chunk (shared with the roll-up).
      const { draftReport } = await import(
        /* webpackChunkName: "compose" */ "../../core/report/draftReport"
      );
      setResult(
        await draftReport(workbook, {
          year: settings.yearValue,
          street: street === "" ? undefined : street,
          previous,
        })
      );
    });
  }

  const say = (text: { zh: string; en: string }) => (locale === "zh-CN" ? text.zh : text.en);
  const errors = result ? result.draft.findings.filter((f) => f.severity === "error").length : 0;
  const found = result
    ? result.detections.map((d) => {
        const schema = LEDGER_SCHEMAS.find((s) => s.id === d.schemaId);
        const name = locale === "zh-CN" ? schema?.title : schema?.titleEn;
        return t.reportLedger(d.sheetName ?? d.schemaId, name ?? d.schemaId);
      })
    : [];

  return (
    <div className={form.page}>
      {!canUse && <Text size={200}>{t.needWorkbook}</Text>}
      <Text>{t.reportIntro}</Text>
      <ReportSettingsFields settings={settings} />
      <PreviousPicker file={previousFile} onChange={setPreviousFile} disabled={task.pending} />
      <div className={form.row}>
        <Button
          appearance="primary"
          disabled={!canUse || task.pending || yearBad}
          onClick={() => void generate()}
        >
          {t.reportGenerate}
        </Button>
      </div>
      {task.pending && <Spinner size="small" labelPosition="after" label={t.reportGenerating} />}
      {task.error && (
        <WorkbookErrorBar title={t.reportFailed} message={task.error} hint={t.reportFailedHint} />
      )}
      {result && (
        <>
          {/* A draft from no ledgers, or over data with errors, is written but is no success. */}
          <MessageBar intent={!result.ledgers.length || errors ? "warning" : "success"}>
            <MessageBarBody>
              <ResultHeading focusKey={result}>
                {!result.ledgers.length
                  ? t.reportNoLedgersTitle
                  : errors
                    ? t.reportErrorsTitle
                    : t.reportDoneTitle}
              </ResultHeading>
              {t.reportDone(result.sheetName, result.formulas, result.draft.findings.length)}
              {!result.ledgers.length && ` ${t.reportNoLedgers}`}
              {errors > 0 && ` ${t.reportErrors(errors)}`}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.lines} aria-label={t.reportStatusLines}>
            <li>
              {found.length
                ? t.reportLedgersFound(found.join(t.listSeparator))
                : t.reportLedgersNone}
            </li>
            {result.draft.omitted.length > 0 && (
              <li>{t.reportLedgersMissing(result.draft.omitted.join(t.listSeparator))}</li>
            )}
            {unusedColumns(result.detections).map((u) => (
              <li key={`unused-${u.sheetName}`}>
                {t.reportColumnsUnused(u.sheetName, u.headers.join(t.listSeparator))}
              </li>
            ))}
            {result.draft.previous.source !== null && result.draft.previous.figures > 0 && (
              <li>
                {PREVIOUS_STRINGS[locale].used(
                  result.draft.previous.figures,
                  result.draft.previous.source
                )}
              </li>
            )}
            {[...result.yearNotices, ...result.previousNotices, ...unreadable].map((n) => (
              <li key={n.en}>{say(n)}</li>
            ))}
          </ul>
          <WordExportButton draft={result.draft} save={saveFile} />
          <Text as="h2" id="report-preview-title" size={400} weight="semibold">
            {t.reportPreview}
          </Text>
          <pre
            className={styles.preview}
            tabIndex={0}
            role="region"
            aria-labelledby="report-preview-title"
          >
            {result.draft.text}
          </pre>
        </>
      )}
    </div>
  );
}
