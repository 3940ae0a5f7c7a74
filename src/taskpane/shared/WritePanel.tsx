import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { isCellAddress, topLeft } from "../../core/blocks/a1";
import { planExtent, type SheetPlan } from "../../core/sheetPlan";
import { useStrings } from "../../i18n";
import type { PaneWorkbook } from "../paneWorkbook";
import { messageOf } from "./numbers";
import { useWorkbookTask } from "./useWorkbookTask";
import { WorkbookErrorBar } from "./WorkbookErrorBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

type Outcome =
  | { kind: "written"; address: string }
  | { kind: "occupied"; anchor: string; rows: number; cols: number }
  | { kind: "unbuildable"; message: string };

export interface WritePanelProps {
  workbook: PaneWorkbook;
  /** False outside Excel: the button is disabled. */
  canWrite: boolean;
  /** What the form still needs before a block can be written (the button is disabled and says so). */
  missing?: string;
  /** Where the block goes when the 写入位置 box is empty; without it, at the selected cell. */
  defaultAnchor?: string;
  /** Builds the block for the cell it will be written at. */
  build: (anchor: string) => SheetPlan;
}

/**
 * "写入工作表": builds the results block, checks that its area is empty and only then writes it.
 * It never writes over data: an occupied area is reported and nothing is written.
 */
export function WritePanel({ workbook, canWrite, missing, defaultAnchor, build }: WritePanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const task = useWorkbookTask();
  const [anchorText, setAnchorText] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const typed = anchorText.trim();
  const anchorInvalid = typed !== "" && !isCellAddress(typed);

  async function write(): Promise<void> {
    setOutcome(null);
    await task.run(async () => {
      const anchor = typed || defaultAnchor || topLeft((await workbook.readSelection()).address);
      let plan: SheetPlan;
      try {
        plan = build(anchor);
      } catch (error) {
        setOutcome({ kind: "unbuildable", message: messageOf(error) });
        return;
      }
      const { rows, cols } = planExtent(plan);
      if (!(await workbook.isAreaEmpty(anchor, rows, cols))) {
        setOutcome({ kind: "occupied", anchor, rows, cols });
        return;
      }
      setOutcome({ kind: "written", address: await workbook.writePlan(anchor, plan) });
    });
  }

  const hint = anchorInvalid
    ? t.writeAtInvalid
    : defaultAnchor
      ? t.writeAtDefault(defaultAnchor)
      : t.writeAtSelection;
  return (
    <div className={styles.panel}>
      <Field
        label={t.writeAt}
        validationState={anchorInvalid ? "error" : "none"}
        validationMessage={hint}
      >
        <Input
          value={anchorText}
          placeholder={t.writeAtPlaceholder}
          onChange={(_, data) => setAnchorText(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!canWrite || task.pending || anchorInvalid || missing !== undefined}
          onClick={() => void write()}
        >
          {t.writeToSheet}
        </Button>
        {task.pending && <Spinner size="tiny" label={t.writing} />}
      </div>
      {missing !== undefined && <Text size={200}>{t.writeNeeds(missing)}</Text>}
      {task.error && (
        <WorkbookErrorBar title={t.writeFailed} message={task.error} hint={t.writeFailedHint} />
      )}
      {outcome?.kind === "unbuildable" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.blockFailed}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "occupied" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.occupiedTitle}</MessageBarTitle>
            {t.occupied(outcome.anchor, outcome.rows, outcome.cols)}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.writtenTitle}</MessageBarTitle>
            {t.written(outcome.address)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
