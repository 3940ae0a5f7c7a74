/**
 * Last year's workbook, read for 同比: its ledgers are recognised and its figures computed by the same
 * composer as this year's (never typed twice), then kept as plain values with the file they came from.
 * A workbook that cannot serve (no ledgers, or this year's own) gives a notice and no 同比.
 */
import { detectWithConfirmed } from "../ledgers/detect";
import type { WorkbookSheet } from "../workbook";
import { composeReport } from "./composeReport";
import type { LastYear } from "./lastYear";
import { workbookFacts } from "./workbookFacts";

/** Last year's workbook as a host read it, and the name the user knows it by. */
export interface PreviousWorkbook {
  /** The file's name, as the user gave it (said in notices and on 报告数据). */
  source: string;
  sheets: readonly WorkbookSheet[];
  /** Its confirmed ledger mappings, as saved in it (untrusted; checked against its sheets). */
  ledgers?: unknown;
}

export interface LastYearResult {
  lastYear?: LastYear;
  notices: Array<{ zh: string; en: string }>;
}

/** The figures of last year's workbook, for a report of `year`; or why it gives none. */
export function lastYearOf(previous: PreviousWorkbook, year: number): LastYearResult {
  const { source } = previous;
  const detections = detectWithConfirmed(previous.sheets, previous.ledgers);
  if (!detections.length)
    return {
      notices: [
        {
          zh: `上年工作簿“${source}”中没有找到台账，本报告未作同比。`,
          en: `No ledgers were found in last year's workbook "${source}"; the report has no year-over-year figures.`,
        },
      ],
    };
  const named = workbookFacts(previous.sheets).year?.value;
  if (named === year)
    return {
      notices: [
        {
          zh: `上年工作簿“${source}”的台账写的是${named}年，与本报告年份相同，未作同比。`,
          en: `Last year's workbook "${source}" names ${named}, the report's own year; no year-over-year figures were stated.`,
        },
      ],
    };
  const notices =
    named !== undefined && named !== year - 1
      ? [
          {
            zh: `上年工作簿“${source}”的台账写的是${named}年，不是${year - 1}年，请核实（已按上年数使用）。`,
            en: `Last year's workbook "${source}" names ${named}, not ${year - 1}: please check (its figures were used as last year's).`,
          },
        ]
      : [];
  const draft = composeReport(previous.sheets, { year: named ?? year - 1, detections });
  return {
    lastYear: {
      source,
      year: named ?? year - 1,
      figures: draft.figures.map((f) => ({ key: f.key, label: f.label, value: f.value })),
    },
    notices,
  };
}
