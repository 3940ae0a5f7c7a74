import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  type ConfirmedMapping,
  confirmedMapping,
  type Detection,
  schemaById,
} from "../../core/ledgers";
import { SETTINGS } from "../../core/settingsKeys";
import type { WorkbookHost } from "../../core/workbook";
import { useLocale, useStrings } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { isConfirmed, readLedgers } from "../shared/readLedgers";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";
import { MappingTable } from "./MappingTable";

const useStyles = makeStyles({
  list: { gap: tokens.spacingVerticalXS },
  choice: { display: "flex", flexDirection: "column", minWidth: 0 },
  radio: { overflowWrap: "anywhere" },
  // Under the sheet's name, in line with its label (past the radio's circle).
  details: { paddingLeft: "32px", color: tokens.colorNeutralForeground2 },
});

interface Found {
  detections: Detection[];
  confirmed: ConfirmedMapping[];
}

/** 识别台账: every ledger found in the workbook, and for the chosen one its columns to confirm or correct. */
export function DetectLedgers({ workbook, canUse }: { workbook: WorkbookHost; canUse: boolean }) {
  const t = useStrings();
  const { locale } = useLocale();
  const form = useFormStyles();
  const styles = useStyles();
  const task = useWorkbookTask();
  const [found, setFound] = useState<Found | null>(null);
  const [selected, setSelected] = useState(0);

  async function detect(): Promise<void> {
    await task.run(async () => {
      const { detections, confirmed } = await readLedgers(workbook);
      setFound({ detections, confirmed });
      setSelected(0);
    });
  }

  /** Saves one ledger's mapping, replacing what was kept for the same ledger. */
  async function confirm(mapping: ConfirmedMapping): Promise<void> {
    const saved = await workbook.getSetting<unknown>(SETTINGS.ledgers);
    // Anything saved may have been edited by hand: keep only entries that are objects.
    const others = (Array.isArray(saved) ? (saved as unknown[]) : []).filter(
      (m): m is ConfirmedMapping =>
        typeof m === "object" && m !== null && (m as ConfirmedMapping).schemaId !== mapping.schemaId
    );
    const next = [...others, mapping];
    await workbook.setSetting(SETTINGS.ledgers, next);
    setFound(
      (f) =>
        f && {
          confirmed: next,
          detections: f.detections.map((d) =>
            d.schemaId === mapping.schemaId && d.sheetName === mapping.sheetName
              ? { ...d, columns: { ...mapping.columns } }
              : d
          ),
        }
    );
  }

  const title = (d: Detection) =>
    locale === "zh-CN" ? schemaById(d.schemaId).title : schemaById(d.schemaId).titleEn;
  const current = found?.detections[selected];

  return (
    <section className={form.section} aria-labelledby="detect-ledgers-title">
      <Text as="h2" id="detect-ledgers-title" size={400} weight="semibold">
        {t.detectTitle}
      </Text>
      <div className={form.row}>
        <Button
          appearance="primary"
          disabled={!canUse || task.pending}
          onClick={() => void detect()}
        >
          {t.detectButton}
        </Button>
        {task.pending && <Spinner size="tiny" label={t.detecting} />}
      </div>
      {task.error && (
        <WorkbookErrorBar title={t.detectFailed} message={task.error} hint={t.detectFailedHint} />
      )}
      {found && found.detections.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t.detectNone}</MessageBarBody>
        </MessageBar>
      )}
      {found && found.detections.length > 0 && (
        <>
          <Text>{t.detectFound(found.detections.length)}</Text>
          {/* One choice per ledger: the sheet's name on its own line, over what was found in it, so
              names stay readable at Excel's 320 px (a table squeezed them two characters to a line). */}
          <RadioGroup
            className={styles.list}
            value={String(selected)}
            onChange={(_, data) => setSelected(Number(data.value))}
            aria-label={t.detectTitle}
          >
            {found.detections.map((d, i) => (
              <div key={`${d.sheetName}-${d.schemaId}`} className={styles.choice}>
                <Radio
                  className={styles.radio}
                  value={String(i)}
                  label={d.sheetName}
                  aria-describedby={`detected-${i}`}
                />
                <Text id={`detected-${i}`} size={200} className={styles.details}>
                  {t.detectDetails(
                    title(d),
                    `${Math.round(d.confidence * 100)}%`,
                    isConfirmed(d, found.confirmed) ? t.detectConfirmed : t.detectGuessed
                  )}
                </Text>
              </div>
            ))}
          </RadioGroup>
          {current && (
            <MappingTable
              key={`${current.sheetName}-${current.schemaId}`}
              detection={current}
              ledgerTitle={title(current)}
              onConfirm={(columns) => confirm({ ...confirmedMapping(current), columns })}
            />
          )}
        </>
      )}
    </section>
  );
}
