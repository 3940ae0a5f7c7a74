import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { cellName, type Finding } from "../../core/ledgers";
import { workbookFindings } from "../../core/ledgers/workbookFindings";
import type { WorkbookHost } from "../../core/workbook";
import { useLocale, useStrings } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { ResultHeading } from "../shared/ResultHeading";
import { readLedgers, sheetCellAddress } from "../shared/readLedgers";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";
import { textNumberFixes, type TextNumberFix } from "../../core/ledgers/textNumbers";
import { ConvertTextNumbers } from "./ConvertTextNumbers";

/** More would only slow the pane down: the first ones show what to fix. */
const SHOWN_PER_SHEET = 200;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  finding: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `1px solid ${tokens.colorBrandStroke1}`,
  },
  badge: { flexShrink: 0, marginTop: "2px" },
  message: { overflowWrap: "anywhere" },
});

interface SheetFindings {
  sheet: string;
  findings: Finding[];
}

interface CheckResult {
  ledgers: number;
  groups: SheetFindings[];
  /** Numbers stored as text, which the pane offers to convert. */
  fixes: TextNumberFix[];
}

/** 数据核对: every check over every ledger found, grouped by sheet; a click selects the cell. */
export function ChecksPage({ workbook, canUse }: { workbook: WorkbookHost; canUse: boolean }) {
  const t = useStrings();
  const { locale } = useLocale();
  const form = useFormStyles();
  const styles = useStyles();
  const task = useWorkbookTask();
  const select = useWorkbookTask();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  async function runChecks(): Promise<void> {
    setChosen(null);
    await task.run(async () => {
      const { sheets, detections } = await readLedgers(workbook);
      // The same findings as `union-stats check`: dates against the year the ledgers name, the
      // 政策参数 sheet's activity types, cells far from a ledger.
      const findings = workbookFindings(sheets, detections);
      const groups: SheetFindings[] = [];
      for (const f of findings) {
        const sheet = f.sheet ?? ""; // workbookFindings names the sheet of every finding
        const group = groups.find((g) => g.sheet === sheet);
        if (group) group.findings.push(f);
        else groups.push({ sheet, findings: [f] });
      }
      setResult({ ledgers: detections.length, groups, fixes: textNumberFixes(sheets, findings) });
    });
  }

  async function goTo(address: string): Promise<void> {
    setChosen(address);
    await select.run(() => workbook.selectRange(address));
  }

  const all = result?.groups.flatMap((g) => g.findings) ?? [];
  const errors = all.filter((f) => f.severity === "error").length;

  return (
    <div className={form.page}>
      {!canUse && <Text size={200}>{t.needWorkbook}</Text>}
      <Text>{t.checksIntro}</Text>
      <div className={form.row}>
        <Button
          appearance="primary"
          disabled={!canUse || task.pending}
          onClick={() => void runChecks()}
        >
          {t.checksRun}
        </Button>
        {task.pending && <Spinner size="tiny" label={t.checking} />}
      </div>
      {task.error && (
        <WorkbookErrorBar title={t.checksFailed} message={task.error} hint={t.detectFailedHint} />
      )}
      {result && (
        <MessageBar
          intent={
            result.ledgers === 0
              ? "info"
              : all.length === 0
                ? "success"
                : errors > 0
                  ? "error"
                  : "warning"
          }
        >
          <MessageBarBody>
            <ResultHeading focusKey={result} plain>
              {result.ledgers === 0
                ? t.checksNoLedgers
                : all.length === 0
                  ? t.checksNone(result.ledgers)
                  : t.checksSummary(all.length, errors, all.length - errors)}
            </ResultHeading>
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <ConvertTextNumbers
          workbook={workbook}
          fixes={result.fixes}
          onConverted={() => void runChecks()}
        />
      )}
      {select.error && <WorkbookErrorBar title={t.selectFailed} message={select.error} hint="" />}
      {result?.groups.map((group) => (
        <section key={group.sheet} className={form.section} aria-label={group.sheet}>
          <Text as="h2" size={400} weight="semibold">
            {t.checksSheet(group.sheet, group.findings.length)}
          </Text>
          <ul className={styles.list}>
            {group.findings.slice(0, SHOWN_PER_SHEET).map((f, i) => {
              const address = sheetCellAddress(group.sheet, cellName(f.row, f.col));
              const error = f.severity === "error";
              return (
                <li key={`${f.code}-${f.row}-${f.col}-${i}`}>
                  <Button
                    appearance="subtle"
                    className={mergeClasses(styles.finding, chosen === address && styles.selected)}
                    aria-pressed={chosen === address}
                    title={address}
                    onClick={() => void goTo(address)}
                  >
                    <Badge
                      className={styles.badge}
                      appearance="filled"
                      color={error ? "danger" : "warning"}
                      size="small"
                    >
                      {error ? t.severityError : t.severityWarning}
                    </Badge>
                    <span className={styles.message}>
                      {locale === "zh-CN" ? f.message : (f.messageEn ?? f.message)}
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
          {group.findings.length > SHOWN_PER_SHEET && (
            <Text size={200}>{t.checksMore(SHOWN_PER_SHEET, group.findings.length)}</Text>
          )}
        </section>
      ))}
    </div>
  );
}
