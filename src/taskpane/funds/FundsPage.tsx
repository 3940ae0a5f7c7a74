import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { fundBlock } from "../../core/blocks/funds";
import type { Grid } from "../../core/grid";
import { useStrings } from "../../i18n";
import type { PageProps } from "../coverage/CoveragePage";
import { canUseCells } from "../paneWorkbook";
import { FigureTable } from "../shared/FigureTable";
import { useFormStyles } from "../shared/formStyles";
import {
  formatMoney,
  messageOf,
  percentToFraction,
  readNonNegative,
  readPercent,
} from "../shared/numbers";
import { ReadStatus } from "../shared/ReadStatus";
import { useRange } from "../shared/useRange";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WritePanel } from "../shared/WritePanel";
import { fundFigures, sumPayroll } from "./fundFigures";
import { type LevelRow, presetLevels, readSplit } from "./levels";
import { PayrollField } from "./PayrollField";
import { SplitTable } from "./SplitTable";

/** The payroll as the form has it: a number, the sum of a range, or the reason there is none. */
function readPayroll(
  text: string,
  values: Grid | undefined,
  nonNegative: string
): { value?: number; error?: string } {
  if (values !== undefined) {
    try {
      return { value: sumPayroll(values) };
    } catch (error) {
      return { error: messageOf(error) };
    }
  }
  const n = readNonNegative(text);
  if (n.kind === "invalid") return { error: nonNegative };
  return n.kind === "number" ? { value: n.value } : {};
}

/** 经费计算: 计提经费 from the payroll, its split among the levels, and the check that the parts add back. */
export function FundsPage({ host, workbook }: PageProps) {
  const t = useStrings();
  const styles = useFormStyles();
  const reads = useWorkbookTask();
  const canRead = canUseCells(host) && !reads.pending;
  const payrollRange = useRange(workbook, canRead, reads);
  const [payrollText, setPayrollText] = useState("");
  const [rateText, setRateText] = useState("2");
  const [levels, setLevels] = useState<LevelRow[]>(() => presetLevels("6040", t));

  const payroll = readPayroll(payrollText, payrollRange.values, t.nonNegative);
  const rate = readPercent(rateText);
  const rateFraction = rate.kind === "number" ? percentToFraction(rate.value) : undefined;
  const split = readSplit(levels);
  const figures = fundFigures(payroll.value, rateFraction, levels.length, split.fractions);
  const fromRange = payrollRange.values !== undefined;

  const missing =
    payroll.value === undefined
      ? t.needPayroll
      : rateFraction === undefined
        ? t.rateField
        : split.fractions === undefined
          ? t.needSplit
          : undefined;

  return (
    <div className={styles.page}>
      <ReadStatus task={reads} />
      <div className={styles.section}>
        <PayrollField
          text={payrollText}
          onText={setPayrollText}
          range={payrollRange}
          host={host}
          canRead={canRead}
          error={payroll.error}
          note={payroll.value !== undefined ? formatMoney(payroll.value) : undefined}
        />
        <Field
          label={t.rateField}
          validationState={rate.kind === "invalid" ? "error" : "none"}
          validationMessage={rate.kind === "invalid" ? t.nonNegative : undefined}
        >
          <Input inputMode="decimal" value={rateText} onChange={(_, d) => setRateText(d.value)} />
        </Field>
        <SplitTable
          levels={levels}
          onChange={setLevels}
          ratios={split.ratios}
          wrongSum={split.wrongSum}
        />
      </div>
      <FigureTable
        rows={[
          { label: t.allocation, figure: figures.allocation },
          ...levels.map((level, i) => ({
            label: level.name || `${t.levelName} ${i + 1}`,
            figure: figures.shares[i],
          })),
          {
            label: t.partsCheck,
            figure:
              figures.check.kind === "ok"
                ? { kind: "value", text: `✓ ${t.partsAddUp}` }
                : figures.check.kind === "differ"
                  ? { kind: "error", message: t.partsDiffer(figures.check.diff) }
                  : { kind: "empty" },
          },
        ]}
      />
      <WritePanel
        host={host}
        workbook={workbook}
        canWrite={canUseCells(host)}
        missing={missing}
        sources={[payrollRange.readAddress]}
        sheetName={t.tabFunds}
        build={(anchor) =>
          fundBlock(
            {
              anchor,
              payroll: fromRange ? payrollRange.state.address : payroll.value!,
              rate: rateFraction,
              levels: levels.map((l, i) => ({
                name: l.name || `${t.levelName} ${i + 1}`,
                ratio: split.fractions![i],
              })),
            },
            { payroll: payroll.value }
          )
        }
      />
    </div>
  );
}
