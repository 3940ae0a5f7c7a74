import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import { hasSelection, type PaneHost } from "../paneWorkbook";
import { LedgerColumnPicker } from "./LedgerColumnPicker";
import type { RangeInput } from "./useRange";
import { useOverview } from "./workbookOverview";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  // The buttons keep one line under the box at 320 px: their labels never break mid-word.
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    "& button": { whiteSpace: "nowrap" },
  },
});

export interface RangeFieldProps {
  label: string;
  range: RangeInput;
  /** Where the pane runs: "使用所选区域" only inside Excel or WPS (a file has no selection). */
  host: PaneHost;
  /** False outside Excel or while a read is pending. */
  canRead: boolean;
  /** Ledger field keys the 从台账填入 list offers first ("unionEstablished"). */
  fields?: readonly string[];
}

/**
 * A range address box with "从台账填入" (once ledgers are recognised) and, in Excel, "使用所选区域";
 * says how many cells were read, or what is wrong.
 */
export function RangeField({ label, range, host, canRead, fields }: RangeFieldProps) {
  const t = useStrings();
  const styles = useStyles();
  const { ensure } = useOverview();
  const values = range.values;
  const cells = values ? values.reduce((n, row) => n + row.length, 0) : 0;
  const hint = range.invalid
    ? t.rangeInvalid
    : values
      ? t.rangeCells(cells)
      : range.address
        ? t.rangeNotRead
        : undefined;
  return (
    // Inside Excel the ledgers are read when a range field is first used, not when the pane opens.
    <div className={styles.field} onFocus={hasSelection(host) ? ensure : undefined}>
      <Field
        label={label}
        validationState={range.invalid ? "error" : "none"}
        validationMessage={hint}
      >
        <Input
          value={range.state.address}
          placeholder={t.rangePlaceholder}
          onChange={(_, data) => range.type(data.value)}
          onBlur={() => void range.commit()}
        />
      </Field>
      <div className={styles.buttons}>
        <LedgerColumnPicker
          label={label}
          fields={fields}
          disabled={!canRead}
          onPick={(address) => void range.fromAddress(address)}
        />
        {hasSelection(host) && (
          <Button
            size="small"
            aria-label={t.useSelectionFor(label)}
            disabled={!canRead}
            onClick={() => void range.fromSelection()}
          >
            {t.useSelection}
          </Button>
        )}
      </div>
    </div>
  );
}
