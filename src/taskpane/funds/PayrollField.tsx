import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import { hasSelection, type PaneHost } from "../paneWorkbook";
import { LedgerColumnPicker } from "../shared/LedgerColumnPicker";
import type { RangeInput } from "../shared/useRange";
import { useOverview } from "../shared/workbookOverview";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    "& button": { whiteSpace: "nowrap" },
  },
});

export interface PayrollFieldProps {
  text: string;
  onText: (text: string) => void;
  /** The payroll range, when the figure is the sum of selected cells. */
  range: RangeInput;
  host: PaneHost;
  canRead: boolean;
  /** The field's message: invalid input, or a cell of the range that is not an amount. */
  error?: string;
  /** What the field shows under it when all is well (the range's sum). */
  note?: string;
}

/**
 * 工资总额: typed, or the sum of a range (从台账填入, or 使用所选区域 in Excel), which the block then
 * sums live.
 */
export function PayrollField({
  text,
  onText,
  range,
  host,
  canRead,
  error,
  note,
}: PayrollFieldProps) {
  const t = useStrings();
  const styles = useStyles();
  const { ensure } = useOverview();
  const fromRange = range.values !== undefined;
  return (
    <div className={styles.field} onFocus={hasSelection(host) ? ensure : undefined}>
      <Field
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
      <div className={styles.buttons}>
        {fromRange ? (
          <Button size="small" onClick={() => range.set({ address: "" })}>
            {t.typePayroll}
          </Button>
        ) : (
          <>
            <LedgerColumnPicker
              label={t.payrollField}
              fields={["payroll"]}
              disabled={!canRead}
              onPick={(address) => void range.fromAddress(address)}
            />
            {hasSelection(host) && (
              <Button
                size="small"
                aria-label={t.useSelectionFor(t.payrollField)}
                disabled={!canRead}
                onClick={() => void range.fromSelection()}
              >
                {t.useSelection}
              </Button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
