import {
  Button,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import { type CategoryInput, type CategoryRow, categoryRow } from "./categories";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  number: { width: "20%" },
  input: { width: "100%", minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { width: "32px" },
});

export interface CategoryTableProps {
  rows: readonly CategoryRow[];
  onChange: (rows: CategoryRow[]) => void;
  inputs: readonly CategoryInput[];
  /** Fills the counts from the selected cells; undefined outside Excel. */
  onCountsFromSelection?: () => void;
}

/** The enrolment categories: name, people and premium per head, editable; rows can be added and removed. */
export function CategoryTable({
  rows,
  onChange,
  inputs,
  onCountsFromSelection,
}: CategoryTableProps) {
  const t = useStrings();
  const styles = useStyles();
  const update = (id: number, change: Partial<CategoryRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));
  const invalidNote = (bad: boolean) =>
    bad && (
      <Text size={200} className={styles.error} role="alert">
        {t.nonNegative}
      </Text>
    );
  const linked = rows.filter((r) => r.countRef).map((r) => r.countRef);
  return (
    <div className={styles.wrap}>
      <Text className={styles.title}>{t.categoriesTitle}</Text>
      <Table size="small" aria-label={t.categoriesTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.categoryName}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.categoryCount}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.categoryPrice}</TableHeaderCell>
            <TableHeaderCell className={styles.actions} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => {
            const name = row.name || `${t.categoryName} ${i + 1}`;
            return (
              <TableRow key={row.id}>
                <TableCell>
                  <Input
                    className={styles.input}
                    aria-label={`${t.categoryName} ${i + 1}`}
                    value={row.name}
                    onChange={(_, d) => update(row.id, { name: d.value })}
                  />
                </TableCell>
                <TableCell className={styles.number}>
                  <Input
                    className={styles.input}
                    aria-label={`${name} ${t.categoryCount}`}
                    title={row.countRef}
                    inputMode="numeric"
                    value={row.countText}
                    onChange={(_, d) => update(row.id, { countText: d.value, countRef: undefined })}
                  />
                  {invalidNote(inputs[i]?.count.kind === "invalid")}
                </TableCell>
                <TableCell className={styles.number}>
                  <Input
                    className={styles.input}
                    aria-label={`${name} ${t.categoryPrice}`}
                    inputMode="decimal"
                    value={row.priceText}
                    onChange={(_, d) => update(row.id, { priceText: d.value })}
                  />
                  {invalidNote(inputs[i]?.price.kind === "invalid")}
                </TableCell>
                <TableCell className={styles.actions}>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t.removeCategory(name)}
                    disabled={rows.length <= 1}
                    onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div className={styles.buttons}>
        <Button
          size="small"
          icon={<AddRegular />}
          onClick={() => onChange([...rows, categoryRow(t.categoryNew)])}
        >
          {t.addCategory}
        </Button>
        <Button size="small" disabled={!onCountsFromSelection} onClick={onCountsFromSelection}>
          {t.countsFromSelection}
        </Button>
      </div>
      {linked.length > 0 && <Text size={200}>{t.countsLinked(linked.join(", "))}</Text>}
    </div>
  );
}
