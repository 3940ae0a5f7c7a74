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
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import {
  ActionsHeaderCell,
  InvalidNote,
  RemoveRowButton,
  useEditableRowsStyles,
  withRowChanged,
} from "../shared/editableRows";
import { type CategoryInput, type CategoryRow, categoryRow } from "./categories";

const useStyles = makeStyles({
  number: { width: "20%" },
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
  const styles = { ...useEditableRowsStyles(), ...useStyles() };
  const update = (id: number, change: Partial<CategoryRow>) =>
    onChange(withRowChanged(rows, id, change));
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
            <ActionsHeaderCell />
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
                  <InvalidNote show={inputs[i]?.count.kind === "invalid"} count />
                </TableCell>
                <TableCell className={styles.number}>
                  <Input
                    className={styles.input}
                    aria-label={`${name} ${t.categoryPrice}`}
                    inputMode="decimal"
                    value={row.priceText}
                    onChange={(_, d) => update(row.id, { priceText: d.value })}
                  />
                  <InvalidNote show={inputs[i]?.price.kind === "invalid"} />
                </TableCell>
                <TableCell className={styles.actions}>
                  <RemoveRowButton
                    label={t.removeCategory(name)}
                    onlyRow={rows.length <= 1}
                    onRemove={() => onChange(rows.filter((r) => r.id !== row.id))}
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
