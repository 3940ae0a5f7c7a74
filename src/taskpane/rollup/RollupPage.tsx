import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Rollup, RollupFailure, SummarisedInput } from "../../core/rollup";
import type { ReportDraft } from "../../core/report/composeReport";
import { bytesFingerprint } from "../../core/rollup/fingerprint";
import { findingLine } from "../../core/rollup/rollupFinding";
import { reportYear } from "../../core/report/reportYear";
import type { WorkbookHost } from "../../core/workbook";
import { useLocale } from "../../i18n";
import { WordExportButton } from "../report/WordExportButton";
import { useFormStyles } from "../shared/formStyles";
import { ResultHeading } from "../shared/ResultHeading";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { browserRollupActions, type RollupActions } from "./rollupActions";
import { ROLLUP_STRINGS } from "./rollupStrings";

const useStyles = makeStyles({
  drop: {
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "240px",
    overflowY: "auto",
  },
});

export interface RollupPageProps {
  /** Inside Excel or WPS: the open workbook gets the roll-up's sheets. Absent: a new workbook to download. */
  workbook?: WorkbookHost;
  actions?: RollupActions;
}

const isXlsx = (f: File) => /\.xlsx$/i.test(f.name);

/** A reason in the user's language: the file host's errors carry both. */
function reason(e: unknown, zh: boolean): string {
  const both = e as { zh?: string; en?: string };
  if (zh && both.zh) return both.zh;
  if (!zh && both.en) return both.en;
  return e instanceof Error ? e.message : String(e);
}

/** 汇总: many street workbooks in (picked or dropped), the district's sheets out. */
export function RollupPage({ workbook, actions = browserRollupActions }: RollupPageProps) {
  const { locale } = useLocale();
  const zh = locale === "zh-CN";
  const s = ROLLUP_STRINGS[locale];
  const form = useFormStyles();
  const styles = useStyles();
  const task = useWorkbookTask();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [year, setYear] = useState("");
  const [district, setDistrict] = useState("");
  const [progress, setProgress] = useState("");
  const [failed, setFailed] = useState<string[]>([]);
  const [result, setResult] = useState<{
    rollup: Rollup;
    where: string;
    download?: () => void;
    /** The district draft and what its figures come from, for 导出Word. */
    draft: { draft: ReportDraft; basis: { from: string; edited: string } };
  } | null>(null);
  const yearValue = year.trim() === "" ? undefined : reportYear(year);

  async function run(): Promise<void> {
    setResult(null);
    setFailed([]);
    await task.run(async () => {
      // The roll-up and the report composer load with the first run, as their own chunk.
      const { readRollupInput, rollUp, summariseWorkbook, writeDistrict } = await import(
        /* webpackChunkName: "compose" */ "../../core/rollup"
      );
      // The file's grids and settings: its workbook model is let go before the street is summarised.
      const readStreet = async (file: File) => {
        const { workbook: street, bytes, notes } = await actions.read(file);
        const input = await readRollupInput(street, file.name);
        return {
          input: { ...input, notes: notes?.() ?? [] },
          fingerprint: bytesFingerprint(bytes),
        };
      };
      const summaries: SummarisedInput[] = [];
      const failures: RollupFailure[] = [];
      // One file at a time: each is read, summarised and let go before the next.
      for (const [i, file] of files.entries()) {
        setProgress(s.reading(i + 1, files.length, file.name));
        try {
          const { input, fingerprint } = await readStreet(file);
          summaries.push({
            summary: summariseWorkbook(input, yearValue ?? undefined),
            fingerprint,
          });
        } catch (e) {
          failures.push({ file: file.name, message: reason(e, true), messageEn: reason(e, false) });
          setFailed((prev) => [...prev, s.failed(file.name, reason(e, zh))]);
        }
      }
      setProgress("");
      const rollup = rollUp(summaries, failures, {
        year: yearValue ?? undefined,
        fallbackYear: new Date().getFullYear(),
        district,
      });
      if (!rollup.rows.length) throw new Error(s.nothing);
      if (workbook) {
        const existing = (await workbook.readSheets()).map((x) => x.name);
        const book = await writeDistrict(workbook, rollup, existing);
        setResult({
          rollup,
          where: s.inWorkbook(Object.values(book.names).join("、")),
          draft: book,
        });
      } else {
        const made = await actions.create();
        const book = await writeDistrict(made.workbook, rollup);
        const bytes = await made.toBuffer();
        const name = `${district.trim() || "区"}汇总-${rollup.year}.xlsx`;
        setResult({
          rollup,
          where: s.inNewFile,
          download: () => actions.download(bytes, name),
          draft: book,
        });
      }
    });
  }

  const add = (list: FileList | null) => {
    if (list) setFiles((prev) => [...prev, ...Array.from(list).filter(isXlsx)]);
  };

  return (
    <div className={form.page}>
      <Text>{s.intro}</Text>
      <div
        className={styles.drop}
        role="group"
        aria-label={s.drop}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          add(e.dataTransfer.files);
        }}
      >
        <Text>{s.drop}</Text>
        <div>
          <Button onClick={() => input.current?.click()}>{s.pick}</Button>
          <input
            ref={input}
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={s.pick}
            hidden
            onChange={(e) => {
              add(e.target.files);
              e.target.value = "";
            }}
          />
        </div>
      </div>
      {files.length > 0 && (
        <>
          <Text>{s.chosen(files.length)}</Text>
          <ul className={styles.list}>
            {files.map((f, i) => (
              <li key={`${i}-${f.name}`}>{f.name}</li>
            ))}
          </ul>
        </>
      )}
      <div className={form.row}>
        <Field label={s.year} validationState={yearValue === null ? "error" : "none"}>
          <Input value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" />
        </Field>
        <Field label={s.district}>
          <Input value={district} onChange={(_, d) => setDistrict(d.value)} />
        </Field>
      </div>
      <div className={form.row}>
        <Button
          appearance="primary"
          disabled={!files.length || task.pending || yearValue === null}
          onClick={() => void run()}
        >
          {s.run}
        </Button>
      </div>
      {progress && <Text role="status">{progress}</Text>}
      {failed.map((m) => (
        <MessageBar key={m} intent="warning">
          <MessageBarBody>{m}</MessageBarBody>
        </MessageBar>
      ))}
      {task.error && (
        <MessageBar intent="error">
          <MessageBarBody>{task.error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              <ResultHeading focusKey={result} plain>
                {s.done(result.rollup.rows.length, result.rollup.findings.length, result.where)}
              </ResultHeading>
            </MessageBarBody>
          </MessageBar>
          <WordExportButton
            draft={result.draft.draft}
            basis={result.draft.basis}
            save={actions.download}
          >
            {result.download && (
              <Button appearance="primary" onClick={result.download}>
                {s.download}
              </Button>
            )}
          </WordExportButton>
          {result.rollup.findings.length > 0 && (
            <>
              <Text as="h2" size={400} weight="semibold">
                {s.findings}
              </Text>
              <ul className={styles.list} aria-label={s.findings}>
                {result.rollup.findings.slice(0, 200).map((f, i) => (
                  <li key={i}>{findingLine(f)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
