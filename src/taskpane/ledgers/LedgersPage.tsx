import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../../core/workbook";
import { useStrings } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { ReportSettingsFields } from "../shared/ReportSettingsFields";
import { useReportSettings } from "../shared/useReportSettings";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";
import { DetectLedgers } from "./DetectLedgers";
import { InsertLedger } from "./InsertLedger";

export interface WorkbookPageProps {
  workbook: WorkbookHost;
  /** False in a plain browser before a workbook is opened: the buttons are off and say why. */
  canUse: boolean;
}

/** 台账: insert a standard ledger, find the ledgers already in the workbook, and name the street and year. */
export function LedgersPage({ workbook, canUse }: WorkbookPageProps) {
  const t = useStrings();
  const styles = useFormStyles();
  return (
    <div className={styles.page}>
      {!canUse && <Text size={200}>{t.needWorkbook}</Text>}
      <InsertLedger workbook={workbook} canUse={canUse} />
      <DetectLedgers workbook={workbook} canUse={canUse} />
      <ReportSettingsSection workbook={workbook} canUse={canUse} />
    </div>
  );
}

function ReportSettingsSection({ workbook, canUse }: WorkbookPageProps) {
  const t = useStrings();
  const styles = useFormStyles();
  const settings = useReportSettings(workbook, canUse);
  const task = useWorkbookTask();
  const [saved, setSaved] = useState(false);
  async function save(): Promise<void> {
    setSaved(false);
    await task.run(async () => {
      await settings.save();
      setSaved(true);
    });
  }
  return (
    <section className={styles.section} aria-labelledby="report-settings-title">
      <Text as="h2" id="report-settings-title" size={400} weight="semibold">
        {t.settingsTitle}
      </Text>
      <ReportSettingsFields settings={settings} />
      <div className={styles.row}>
        <Button
          disabled={!canUse || task.pending || Number.isNaN(settings.yearValue)}
          onClick={() => void save()}
        >
          {t.settingsSave}
        </Button>
        {task.pending && <Spinner size="tiny" label={t.mappingSaving} />}
      </div>
      {task.error && <WorkbookErrorBar title={t.mappingSaveFailed} message={task.error} hint="" />}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t.settingsSaved}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
