import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isCellAddress, topLeft } from "../../core/blocks/a1";
import { defaultWriteAnchor } from "../../core/blocks/writeAnchor";
import { planExtent, type SheetPlan } from "../../core/sheetPlan";
import { useStrings } from "../../i18n";
import { hasSelection, type PaneHost, type PaneWorkbook } from "../paneWorkbook";
import { anchorBesideData } from "./defaultAnchor";
import { messageOf } from "./numbers";
import { PendingSpinner } from "./PendingSpinner";
import { useWorkbookTask } from "./useWorkbookTask";
import { WorkbookErrorBar } from "./WorkbookErrorBar";
import { useOverview } from "./workbookOverview";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

type Outcome =
  | { kind: "written"; address: string }
  | { kind: "sheet"; name: string }
  | { kind: "occupied"; anchor: string; rows: number; cols: number }
  | { kind: "unbuildable"; message: string };

/** Where the block goes: a cell, a new sheet, or (in Excel, with nothing better) the selected cell. */
export type WriteTarget =
  { kind: "cell"; anchor: string } | { kind: "sheet" } | { kind: "selection" };

/**
 * The block's place when the 写入位置 box is empty: right of the used range of the data's sheet
 * (core's rule); beside the data when that sheet is not known yet; else the selected cell in Excel,
 * a new sheet in a file (a file has no selection, and its active sheet's A1 is usually taken).
 */
export function defaultTarget(
  host: PaneHost,
  sheets: Parameters<typeof defaultWriteAnchor>[0] | undefined,
  sources: ReadonlyArray<string | undefined>
): WriteTarget {
  const anchor = (sheets && defaultWriteAnchor(sheets, sources)) ?? anchorBesideData(sources);
  if (anchor) return { kind: "cell", anchor };
  return hasSelection(host) ? { kind: "selection" } : { kind: "sheet" };
}

export interface WritePanelProps {
  host: PaneHost;
  workbook: PaneWorkbook;
  /** False outside Excel and file mode: the button is disabled. */
  canWrite: boolean;
  /** What the form still needs before a block can be written (the button is disabled and says so). */
  missing?: string;
  /** A field that is filled but not valid: the button is disabled and says to correct it. */
  invalid?: string;
  /** The ranges the block reads, sheet-qualified as the host spelled them: they place it by default. */
  sources: ReadonlyArray<string | undefined>;
  /** The name of the sheet "写入新工作表" adds ("组织覆盖", then "组织覆盖 (2)"…). */
  sheetName: string;
  /** Builds the block for the cell it will be written at. */
  build: (anchor: string) => SheetPlan;
}

/**
 * "写入工作表": builds the results block, checks that its area is empty and only then writes it.
 * It never writes over data: an occupied area is reported and nothing is written. The hint under
 * the box says exactly where the block goes before the click.
 */
export function WritePanel({
  host,
  workbook,
  canWrite,
  missing,
  invalid,
  sources,
  sheetName,
  build,
}: WritePanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const task = useWorkbookTask();
  const { overview, ensure, refresh } = useOverview();
  const [anchorText, setAnchorText] = useState("");
  const [newSheet, setNewSheet] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const typed = anchorText.trim();
  const anchorInvalid = !newSheet && typed !== "" && !isCellAddress(typed);
  const hasSources = sources.some((s) => s !== undefined);
  useEffect(() => {
    if (hasSources && canWrite) ensure();
  }, [hasSources, canWrite, ensure]);

  const target: WriteTarget = newSheet
    ? { kind: "sheet" }
    : typed !== ""
      ? { kind: "cell", anchor: typed }
      : defaultTarget(host, overview?.sheets, sources);

  async function write(): Promise<void> {
    setOutcome(null);
    await task.run(async () => {
      const anchor =
        target.kind === "cell"
          ? target.anchor
          : target.kind === "sheet"
            ? "A1"
            : topLeft((await workbook.readSelection()).address);
      let plan: SheetPlan;
      try {
        plan = build(anchor);
      } catch (error) {
        setOutcome({ kind: "unbuildable", message: messageOf(error) });
        return;
      }
      if (target.kind === "sheet") {
        setOutcome({ kind: "sheet", name: await workbook.addSheetWithPlan(sheetName, plan) });
        refresh();
        return;
      }
      const { rows, cols } = planExtent(plan);
      if (!(await workbook.isAreaEmpty(anchor, rows, cols))) {
        setOutcome({ kind: "occupied", anchor, rows, cols });
        return;
      }
      setOutcome({ kind: "written", address: await workbook.writePlan(anchor, plan) });
      refresh(); // the sheet's used range grew: the next block goes right of this one
    });
  }

  const hint = anchorInvalid
    ? t.writeAtInvalid
    : typed !== "" || newSheet
      ? undefined
      : target.kind === "cell"
        ? t.writeAtDefault(target.anchor)
        : target.kind === "sheet"
          ? t.writeAtNewSheet
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
          disabled={newSheet}
          placeholder={t.writeAtPlaceholder}
          onChange={(_, data) => setAnchorText(data.value)}
        />
      </Field>
      <Checkbox
        label={t.writeNewSheet}
        checked={newSheet}
        onChange={(_, data) => setNewSheet(data.checked === true)}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={
            !canWrite ||
            task.pending ||
            anchorInvalid ||
            missing !== undefined ||
            invalid !== undefined
          }
          onClick={() => void write()}
        >
          {t.writeToSheet}
        </Button>
        {task.pending && <PendingSpinner label={t.writing} />}
      </div>
      {invalid !== undefined ? (
        <Text size={200}>{t.writeFix(invalid)}</Text>
      ) : (
        missing !== undefined && <Text size={200}>{t.writeNeeds(missing)}</Text>
      )}
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
      {outcome?.kind === "sheet" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.writtenTitle}</MessageBarTitle>
            {t.writtenNewSheet(outcome.name)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
