import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { draftReport, type DraftResult } from "../../core/report/draftReport";
import type { WorkbookHost } from "../../core/workbook";
import { useStrings } from "../../i18n";
import { DownloadButton } from "../shared/DownloadButton";
import { useFormStyles } from "../shared/formStyles";
import { ReportSettingsFields } from "../shared/ReportSettingsFields";
import { useReportSettings } from "../shared/useReportSettings";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";

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
});

export interface ReportPageProps {
  workbook: WorkbookHost;
  canUse: boolean;
  /** In file mode: downloads the workbook with the new sheet. */
  onDownload?: () => Promise<void>;
}

/** 报告: "一键生成报告草稿" over the workbook (Excel or an opened file), with the draft to read at once. */
export function ReportPage({ workbook, canUse, onDownload }: ReportPageProps) {
  const t = useStrings();
  const form = useFormStyles();
  const styles = useStyles();
  const settings = useReportSettings(workbook, canUse);
  const task = useWorkbookTask();
  const [result, setResult] = useState<DraftResult | null>(null);
  const yearBad = Number.isNaN(settings.yearValue);

  async function generate(): Promise<void> {
    setResult(null);
    await task.run(async () => {
      await settings.save();
      const street = settings.street.trim();
      setResult(
        await draftReport(workbook, {
          year: settings.yearValue,
          street: street === "" ? undefined : street,
        })
      );
    });
  }

  return (
    <div className={form.page}>
      {!canUse && <Text size={200}>{t.needWorkbook}</Text>}
      <Text>{t.reportIntro}</Text>
      <ReportSettingsFields settings={settings} />
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
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{t.reportDoneTitle}</MessageBarTitle>
              {t.reportDone(result.sheetName, result.formulas, result.draft.findings.length)}
            </MessageBarBody>
          </MessageBar>
          {onDownload && <DownloadButton onDownload={onDownload} />}
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
