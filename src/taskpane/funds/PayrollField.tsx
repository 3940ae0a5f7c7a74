import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { RangeInput } from "../shared/useRange";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export interface PayrollFieldProps {
  text: string;
  onText: (text: string) => void;
  /** The payroll range, when the figure is the sum of selected cells. */
  range: RangeInput;
  canRead: boolean;
  /** The field's message: invalid input, or a cell of the range that is not an amount. */
  error?: string;
  /** What the field shows under it when all is well (the range's sum). */
  note?: string;
}

/** 工资总额: typed, or the sum of a selected range ("使用所选区域"), which the block then sums live. */
export function PayrollField({ text, onText, range, canRead, error, note }: PayrollFieldProps) {
  const t = useStrings();
  const styles = useStyles();
  const fromRange = range.values !== undefined;
  return (
    <div className={styles.row}>
      <Field
        className={styles.field}
        label={t.payrollField}
        validationState={error ? "error" : "none"}
        validationMessage={error ?? (fromRange ? note : undefined)}
      >
        <Input
          inputMode="decimal"
          value={fromRange ? t.payrollFromRange(range.state.address) : text}
          readOnly={fromRange}
          onChange={(_, d) => onText(d.value)}
        />
      </Field>
      {fromRange ? (
        <Button onClick={() => range.set({ address: "" })}>{t.typePayroll}</Button>
      ) : (
        <Button
          aria-label={t.useSelectionFor(t.payrollField)}
          disabled={!canRead}
          onClick={() => void range.fromSelection()}
        >
          {t.useSelection}
        </Button>
      )}
    </div>
  );
}
