/**
 * The offer Excel's green triangle makes, for every number stored as text the checks found: the
 * draft's formulas leave such cells out, so the pane proposes to convert them, and does so only once
 * the user has confirmed the list. Each cell is re-read first: one edited meanwhile is left alone.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import { cellName } from "../../core/ledgers";
import type { TextNumberFix } from "../../core/ledgers/textNumbers";
import type { WorkbookHost } from "../../core/workbook";
import { useLocale } from "../../i18n";
import { sheetCellAddress } from "../shared/readLedgers";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";

/** Cells listed in the confirmation; the rest are counted. */
const LISTED = 10;

const STRINGS = {
  "zh-CN": {
    found: (n: number) => `${n}个单元格是以文本形式存储的数字，报告草稿的公式不计入它们。`,
    offer: "转换为数字…",
    title: "转换为数字？",
    body: (n: number) => `将把下列${n}个单元格中的文字改为它所表示的数字（其他单元格不变）：`,
    more: (n: number) => `……另有${n}个`,
    confirm: "转换",
    cancel: "取消",
    converting: "正在转换…",
    done: (n: number, skipped: number) =>
      `已转换${n}个单元格。` + (skipped ? `${skipped}个单元格已被改动，未转换。` : ""),
    failed: "转换未完成",
  },
  "en-US": {
    found: (n: number) =>
      `${n} cell${n === 1 ? " holds a number" : "s hold numbers"} stored as text: the draft's formulas leave ${n === 1 ? "it" : "them"} out.`,
    offer: "Convert to numbers…",
    title: "Convert to numbers?",
    body: (n: number) =>
      `The text in these ${n} cell${n === 1 ? "" : "s"} will become the number it shows (no other cell changes):`,
    more: (n: number) => `…and ${n} more`,
    confirm: "Convert",
    cancel: "Cancel",
    converting: "Converting…",
    done: (n: number, skipped: number) =>
      `Converted ${n} cell${n === 1 ? "" : "s"}.` +
      (skipped
        ? ` ${skipped} changed meanwhile and ${skipped === 1 ? "was" : "were"} left alone.`
        : ""),
    failed: "Conversion not finished",
  },
};

const addressOf = (fix: TextNumberFix) => sheetCellAddress(fix.sheet, cellName(fix.row, fix.col));

export function ConvertTextNumbers({
  workbook,
  fixes,
  onConverted,
}: {
  workbook: WorkbookHost;
  fixes: readonly TextNumberFix[];
  /** Called after converting (the page checks again). */
  onConverted: () => void;
}) {
  const { locale } = useLocale();
  const t = STRINGS[locale];
  const task = useWorkbookTask();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  async function convert(): Promise<void> {
    setAsking(false);
    const done = await task.run(async () => {
      let converted = 0;
      let skipped = 0;
      for (const fix of fixes) {
        const address = addressOf(fix);
        // Written only over the very text the checks read: an edit made since is kept.
        const now = (await workbook.readRange(address)).values[0]?.[0];
        if (now !== fix.text) {
          skipped++;
          continue;
        }
        await workbook.writePlan(address, {
          cells: [{ row: 0, col: 0, value: fix.value, numberFormat: "General" }],
        });
        converted++;
      }
      return { converted, skipped };
    });
    if (done) {
      setOutcome(t.done(done.converted, done.skipped));
      onConverted();
    }
  }

  if (fixes.length === 0 && !outcome && !task.error) return null;
  return (
    <>
      {fixes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.found(fixes.length)}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={task.pending} onClick={() => setAsking(true)}>
              {t.offer}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {task.pending && <Spinner size="tiny" label={t.converting} />}
      {outcome && !task.pending && (
        <MessageBar intent="success">
          <MessageBarBody>{outcome}</MessageBarBody>
        </MessageBar>
      )}
      {task.error && <WorkbookErrorBar title={t.failed} message={task.error} hint="" />}
      <Dialog
        open={asking}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) setAsking(false);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.title}</DialogTitle>
            <DialogContent>
              {t.body(fixes.length)}
              <ul>
                {fixes.slice(0, LISTED).map((fix) => (
                  <li key={addressOf(fix)}>
                    {addressOf(fix)}：'{fix.text}' → {fix.value}
                  </li>
                ))}
                {fixes.length > LISTED && <li>{t.more(fixes.length - LISTED)}</li>}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void convert()}>
                {t.confirm}
              </Button>
              <Button appearance="secondary" onClick={() => setAsking(false)}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
