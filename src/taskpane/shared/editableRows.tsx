/**
 * What the pane's editable tables share (the fund levels, the insurance categories): their layout,
 * the note under a field that is not a number, the button that removes a row, and the update of
 * one row by its id.
 */
import { Button, TableHeaderCell, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import { visuallyHidden } from "./visuallyHidden";

export const useEditableRowsStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  input: { width: "100%", minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { width: "32px" },
  // Read by screen readers, not shown: the column of remove buttons needs no visible title.
  hidden: visuallyHidden,
});

/** The header of the remove-button column: it has text (a header cell must), visually hidden. */
export function ActionsHeaderCell() {
  const t = useStrings();
  const styles = useEditableRowsStyles();
  return (
    <TableHeaderCell className={styles.actions}>
      <span className={styles.hidden}>{t.rowActions}</span>
    </TableHeaderCell>
  );
}

/** The rows with one of them changed. */
export function withRowChanged<Row extends { id: number }>(
  rows: readonly Row[],
  id: number,
  change: Partial<Row>
): Row[] {
  return rows.map((row) => (row.id === id ? { ...row, ...change } : row));
}

/** Said under a field as soon as what is typed there is not a non-negative number (or, for a count, a whole one). */
export function InvalidNote({ show, count = false }: { show: boolean; count?: boolean }) {
  const t = useStrings();
  const styles = useEditableRowsStyles();
  if (!show) return null;
  return (
    <Text size={200} className={styles.error} role="alert">
      {count ? t.nonNegativeInteger : t.nonNegative}
    </Text>
  );
}

/** Removes a row; the last row stays. */
export function RemoveRowButton(props: { label: string; onlyRow: boolean; onRemove: () => void }) {
  return (
    <Button
      appearance="subtle"
      icon={<DeleteRegular />}
      aria-label={props.label}
      disabled={props.onlyRow}
      onClick={props.onRemove}
    />
  );
}
