import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { LEDGER_SCHEMAS, type LedgerId, schemaById } from "../../core/ledgers";
import { ledgerTemplatePlan } from "../../core/ledgers/template";
import type { WorkbookHost } from "../../core/workbook";
import { useLocale, useStrings } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";
import { sampleRows } from "./sampleRows";

/** 插入标准台账: a new sheet with the ledger as an Excel table; never over an existing sheet (the host picks a fresh name). */
export function InsertLedger({ workbook, canUse }: { workbook: WorkbookHost; canUse: boolean }) {
  const t = useStrings();
  const { locale } = useLocale();
  const styles = useFormStyles();
  const task = useWorkbookTask();
  const [id, setId] = useState<LedgerId>(LEDGER_SCHEMAS[0].id);
  const [withSample, setWithSample] = useState(false);
  const [inserted, setInserted] = useState<string | null>(null);
  const title = (ledger: LedgerId) =>
    locale === "zh-CN" ? schemaById(ledger).title : schemaById(ledger).titleEn;

  async function insert(): Promise<void> {
    setInserted(null);
    await task.run(async () => {
      const schema = schemaById(id);
      const rows = withSample ? await sampleRows(id) : [];
      setInserted(await workbook.addSheetWithPlan(schema.title, ledgerTemplatePlan(schema, rows)));
    });
  }

  return (
    <section className={styles.section} aria-labelledby="insert-ledger-title">
      <Text as="h2" id="insert-ledger-title" size={400} weight="semibold">
        {t.insertTitle}
      </Text>
      <Field label={t.insertLedger}>
        <Dropdown
          value={title(id)}
          selectedOptions={[id]}
          onOptionSelect={(_, data) => data.optionValue && setId(data.optionValue as LedgerId)}
        >
          {LEDGER_SCHEMAS.map((s) => (
            <Option key={s.id} value={s.id}>
              {title(s.id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Checkbox
        label={t.insertWithSample}
        checked={withSample}
        onChange={(_, data) => setWithSample(data.checked === true)}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!canUse || task.pending}
          onClick={() => void insert()}
        >
          {t.insertButton}
        </Button>
        {task.pending && <Spinner size="tiny" label={t.inserting} />}
      </div>
      {task.error && (
        <WorkbookErrorBar title={t.insertFailed} message={task.error} hint={t.insertFailedHint} />
      )}
      {inserted !== null && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.insertedTitle}</MessageBarTitle>
            {t.inserted(inserted)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
