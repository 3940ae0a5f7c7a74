import {
  Button,
  Dropdown,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import { columnLetters, type Detection, schemaById } from "../../core/ledgers";
import { useLocale, useStrings } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  field: { whiteSpace: "nowrap" },
  dropdown: { minWidth: "0", width: "100%" },
});

const NONE = "none";

export interface MappingTableProps {
  detection: Detection;
  ledgerTitle: string;
  /** Saves the columns (field key → 0-based column). */
  onConfirm: (columns: Record<string, number>) => Promise<void>;
}

/** A ledger's fields, each with a drop-down of the sheet's header columns (or "(无)"), and 确认. */
export function MappingTable({ detection, ledgerTitle, onConfirm }: MappingTableProps) {
  const t = useStrings();
  const { locale } = useLocale();
  const form = useFormStyles();
  const styles = useStyles();
  const task = useWorkbookTask();
  const schema = schemaById(detection.schemaId);
  const [columns, setColumns] = useState<Record<string, number>>({ ...detection.columns });
  const [saved, setSaved] = useState(false);

  const headers = Object.entries(detection.headerTexts)
    .map(([col, text]) => ({ col: Number(col), text: `${columnLetters(Number(col))} ${text}` }))
    .sort((a, b) => a.col - b.col);
  const textOf = (col: number | undefined) =>
    col === undefined
      ? t.mappingNone
      : (headers.find((h) => h.col === col)?.text ?? columnLetters(col));
  const label = (key: string) => {
    const field = schema.fields.find((f) => f.key === key)!;
    return locale === "zh-CN" ? field.label : field.labelEn;
  };
  const missing = schema.fields
    .filter((f) => f.required && columns[f.key] === undefined)
    .map((f) => label(f.key));

  function choose(key: string, value: string | undefined): void {
    setSaved(false);
    setColumns((prev) => {
      const next = { ...prev };
      if (value === undefined || value === NONE) delete next[key];
      else next[key] = Number(value);
      return next;
    });
  }

  async function confirm(): Promise<void> {
    setSaved(false);
    await task.run(async () => {
      await onConfirm(columns);
      setSaved(true);
    });
  }

  return (
    <div className={form.section}>
      <Text as="h3" weight="semibold">
        {t.mappingTitle(detection.sheetName ?? "", ledgerTitle)}
      </Text>
      <Table
        size="small"
        className={styles.table}
        aria-label={t.mappingTitle(detection.sheetName ?? "", ledgerTitle)}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.mappingField}</TableHeaderCell>
            <TableHeaderCell>{t.mappingColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {schema.fields.map((field) => {
            const col = columns[field.key];
            return (
              <TableRow key={field.key}>
                <TableCell className={styles.field}>
                  {label(field.key)}
                  {field.required ? ` ${t.mappingRequired}` : ""}
                </TableCell>
                <TableCell>
                  <Dropdown
                    className={styles.dropdown}
                    size="small"
                    aria-label={label(field.key)}
                    value={textOf(col)}
                    selectedOptions={[col === undefined ? NONE : String(col)]}
                    onOptionSelect={(_, data) => choose(field.key, data.optionValue)}
                  >
                    <Option value={NONE}>{t.mappingNone}</Option>
                    {headers.map((h) => (
                      <Option key={h.col} value={String(h.col)}>
                        {h.text}
                      </Option>
                    ))}
                  </Dropdown>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.mappingMissing(missing.join("、"))}</MessageBarBody>
        </MessageBar>
      )}
      <div className={form.row}>
        <Button appearance="primary" disabled={task.pending} onClick={() => void confirm()}>
          {t.mappingConfirm}
        </Button>
        {task.pending && <Spinner size="tiny" label={t.mappingSaving} />}
      </div>
      {task.error && <WorkbookErrorBar title={t.mappingSaveFailed} message={task.error} hint="" />}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.mappingSavedTitle}</MessageBarTitle>
            {t.mappingSaved}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
