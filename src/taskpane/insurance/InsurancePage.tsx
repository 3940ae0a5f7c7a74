import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { insuranceBlock } from "../../core/blocks/insurance";
import { useStrings } from "../../i18n";
import type { PageProps } from "../coverage/CoveragePage";
import { canUseCells, hasSelection } from "../paneWorkbook";
import { FigureTable } from "../shared/FigureTable";
import { useFormStyles } from "../shared/formStyles";
import { type NumberInput, readCount } from "../shared/numbers";
import { ReadStatus } from "../shared/ReadStatus";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WritePanel } from "../shared/WritePanel";
import {
  type CategoryRow,
  countsFromSelection,
  defaultCategories,
  readCategories,
} from "./categories";
import { CategoryTable } from "./CategoryTable";
import { insuranceFigures } from "./insuranceFigures";

/** A count field that says 请输入不小于0的整数 as you type. */
function NumberField({
  label,
  text,
  onText,
  input,
}: {
  label: string;
  text: string;
  onText: (text: string) => void;
  input: NumberInput;
}) {
  const t = useStrings();
  return (
    <Field
      label={label}
      validationState={input.kind === "invalid" ? "error" : "none"}
      validationMessage={input.kind === "invalid" ? t.nonNegativeInteger : undefined}
    >
      <Input inputMode="numeric" value={text} onChange={(_, d) => onText(d.value)} />
    </Field>
  );
}

/** 互助保障: enrolments by category, premiums, the stated total checked against its parts, and completion. */
export function InsurancePage({ host, workbook }: PageProps) {
  const t = useStrings();
  const styles = useFormStyles();
  const reads = useWorkbookTask();
  const canRead = canUseCells(host) && !reads.pending;
  const [rows, setRows] = useState<CategoryRow[]>(() => defaultCategories(t));
  const [statedText, setStatedText] = useState("");
  const [targetText, setTargetText] = useState("");
  const [shapeError, setShapeError] = useState<string | null>(null);

  const inputs = readCategories(rows);
  const stated = readCount(statedText);
  const target = readCount(targetText);
  const figures = insuranceFigures(inputs, stated, target, t.unitPeople);

  async function fillCounts(): Promise<void> {
    setShapeError(null);
    const data = await reads.run(() => workbook.readSelection());
    if (!data) return;
    const cells = data.values.reduce((n, line) => n + line.length, 0);
    const filled = countsFromSelection(rows, data.address, data.values);
    if (filled) setRows(filled);
    else setShapeError(t.countsShape(cells, rows.length));
  }

  // Categories that enter the block: those with a count; each needs a valid price.
  const used = rows
    .map((row, i) => ({ row, input: inputs[i] }))
    .filter(({ input }) => input.count.kind !== "empty");
  const categoriesReady =
    used.length > 0 &&
    used.every(({ input }) => input.count.kind === "number" && input.price.kind === "number");
  const categoriesInvalid = used.some(
    ({ input }) => input.count.kind === "invalid" || input.price.kind === "invalid"
  );
  const missing = categoriesReady || categoriesInvalid ? undefined : t.needCategories;
  const invalid = categoriesInvalid
    ? t.needCategories
    : stated.kind === "invalid"
      ? t.statedTotalField
      : target.kind === "invalid"
        ? t.targetField
        : undefined;
  const numberOf = (n: NumberInput) => (n.kind === "number" ? n.value : undefined);

  return (
    <div className={styles.page}>
      <ReadStatus task={reads} />
      <CategoryTable
        rows={rows}
        onChange={setRows}
        inputs={inputs}
        onCountsFromSelection={
          // A file has no selection: its "selection" would be the whole active sheet.
          hasSelection(host) && canRead ? () => void fillCounts() : undefined
        }
      />
      {shapeError && (
        <MessageBar intent="warning">
          <MessageBarBody>{shapeError}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.section}>
        <NumberField
          label={t.statedTotalField}
          text={statedText}
          onText={setStatedText}
          input={stated}
        />
        <NumberField
          label={t.targetField}
          text={targetText}
          onText={setTargetText}
          input={target}
        />
      </div>
      {figures.mismatch && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.mismatchTitle}</MessageBarTitle>
            {t.mismatch(
              figures.mismatch.stated,
              figures.mismatch.sum,
              Math.abs(figures.mismatch.diff)
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <FigureTable
        rows={[
          { label: t.totalEnrolments, figure: figures.total },
          { label: t.premiums, figure: figures.premiums },
          { label: t.completion, figure: figures.completion },
          { label: t.completionText, figure: figures.completionText },
        ]}
      />
      <WritePanel
        host={host}
        workbook={workbook}
        canWrite={canUseCells(host)}
        missing={missing}
        invalid={invalid}
        sources={used.map(({ row }) => row.countRef)}
        sheetName={t.tabInsurance}
        build={(anchor) =>
          insuranceBlock(
            {
              anchor,
              categories: used.map(({ row, input }) => ({
                name: row.name,
                count: row.countRef ?? numberOf(input.count)!,
                price: numberOf(input.price)!,
              })),
              statedTotal: numberOf(stated),
              target: numberOf(target),
              unit: t.unitPeople,
            },
            { counts: used.map(({ input }) => numberOf(input.count) ?? undefined) }
          )
        }
      />
    </div>
  );
}
