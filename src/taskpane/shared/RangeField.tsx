import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { RangeInput } from "./useRange";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export interface RangeFieldProps {
  label: string;
  range: RangeInput;
  /** False outside Excel or while a read is pending. */
  canRead: boolean;
}

/** A range address box with its "使用所选区域" button; says how many cells were read, or what is wrong. */
export function RangeField({ label, range, canRead }: RangeFieldProps) {
  const t = useStrings();
  const styles = useStyles();
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
    <div className={styles.row}>
      <Field
        className={styles.field}
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
      <Button
        aria-label={t.useSelectionFor(label)}
        disabled={!canRead}
        onClick={() => void range.fromSelection()}
      >
        {t.useSelection}
      </Button>
    </div>
  );
}
