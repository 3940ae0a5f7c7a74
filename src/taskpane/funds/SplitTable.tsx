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
import type { NumberInput } from "../shared/numbers";
import { type LevelRow, levelRow, type PresetKey, presetLevels } from "./levels";

const useStyles = makeStyles({
  ratio: { width: "24%" },
});

export interface SplitTableProps {
  levels: readonly LevelRow[];
  onChange: (levels: LevelRow[]) => void;
  /** Each row's ratio as read, in order. */
  ratios: readonly NumberInput[];
  /** The sum in percent points when it is not 100. */
  wrongSum?: string;
}

/** The editable table of levels and ratios, with presets; says at once when a ratio or the sum is wrong. */
export function SplitTable({ levels, onChange, ratios, wrongSum }: SplitTableProps) {
  const t = useStrings();
  const styles = { ...useEditableRowsStyles(), ...useStyles() };
  const update = (id: number, change: Partial<LevelRow>) =>
    onChange(withRowChanged(levels, id, change));
  const preset = (key: PresetKey) => onChange(presetLevels(key, t));
  return (
    <div className={styles.wrap}>
      <Text className={styles.title}>{t.splitTitle}</Text>
      <div className={styles.buttons} role="group" aria-label={t.presets}>
        <Text size={200}>{t.presets}:</Text>
        <Button size="small" onClick={() => preset("6040")}>
          {t.preset6040}
        </Button>
        <Button size="small" onClick={() => preset("city")}>
          {t.presetCity}
        </Button>
      </div>
      <Table size="small" aria-label={t.splitTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.levelName}</TableHeaderCell>
            <TableHeaderCell className={styles.ratio}>{t.levelRatio}</TableHeaderCell>
            <ActionsHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {levels.map((level, i) => {
            const invalid = ratios[i]?.kind === "invalid";
            return (
              <TableRow key={level.id}>
                <TableCell>
                  <Input
                    className={styles.input}
                    aria-label={`${t.levelName} ${i + 1}`}
                    value={level.name}
                    onChange={(_, d) => update(level.id, { name: d.value })}
                  />
                </TableCell>
                <TableCell className={styles.ratio}>
                  <Input
                    className={styles.input}
                    aria-label={`${t.levelRatio} ${i + 1}`}
                    aria-invalid={invalid}
                    inputMode="decimal"
                    value={level.ratioText}
                    onChange={(_, d) => update(level.id, { ratioText: d.value })}
                  />
                  <InvalidNote show={invalid} />
                </TableCell>
                <TableCell className={styles.actions}>
                  <RemoveRowButton
                    label={t.removeLevel(level.name || `${t.levelName} ${i + 1}`)}
                    onlyRow={levels.length <= 1}
                    onRemove={() => onChange(levels.filter((l) => l.id !== level.id))}
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
          onClick={() => onChange([...levels, levelRow(t.levelNew, "")])}
        >
          {t.addLevel}
        </Button>
      </div>
      {wrongSum !== undefined && (
        <Text className={styles.error} role="alert">
          {t.ratioSum(wrongSum)}
        </Text>
      )}
    </div>
  );
}
