import {
  composeReport,
  type ReportDraft,
  type WorkbookSheet,
} from "../../../../src/core/report/composeReport";
import type { LastYear } from "../../../../src/core/report/lastYear";
import type { Detection } from "../../../../src/core/ledgers/detect";
import type { LedgerId } from "../../../../src/core/ledgers/schemas";
import { ledgerView, type LedgerView } from "../../../../src/core/report/ledgerView";
import { evaluateDraft } from "../evaluatePlan";
import { handDetection } from "../handDetection";

/**
 * A small ledger written by hand, with its columns named by field key, so a test states exactly which
 * columns a section sees (detection is not what these tests are about): header in row 1, data below.
 */
export interface HandLedger {
  sheet: WorkbookSheet;
  detection: Detection;
}

export function handLedger(
  schemaId: LedgerId,
  name: string,
  columns: Array<[key: string, header: string]>,
  rows: unknown[][]
): HandLedger {
  const grid = [columns.map(([, h]) => h), ...rows] as WorkbookSheet["grid"];
  return {
    sheet: { name, grid },
    detection: handDetection(schemaId, name, columns, rows.length),
  };
}

export const viewOf = (l: HandLedger): LedgerView =>
  ledgerView(l.sheet.grid, l.detection, l.sheet.name);

/**
 * The draft of some hand-made ledgers. Call it inside a test, never in a describe body: a mutation
 * run switches a mutant on only while tests run, so a draft made at load time would hide it.
 */
export function draftOf(ledgers: HandLedger[], lastYear?: LastYear): ReportDraft {
  return composeReport(
    ledgers.map((l) => l.sheet),
    { year: 2024, detections: ledgers.map((l) => l.detection), lastYear }
  );
}

/** The sentences under a section's heading ("组织建设"), in order. */
export function sectionTexts(draft: ReportDraft, title: string): string[] {
  const start = draft.blocks.findIndex(
    (b) => b.kind === "heading" && b.text.endsWith(`、${title}`)
  );
  if (start < 0) return [];
  const out: string[] = [];
  for (const b of draft.blocks.slice(start + 1)) {
    if (b.kind === "heading") break;
    if (b.kind === "paragraph") out.push(b.text);
  }
  return out;
}

/** Some figures as [key, label, source, value], in the draft's order. */
export function figureRows(
  draft: ReportDraft,
  keys: string[]
): Array<[string, string, string, number]> {
  return draft.figures
    .filter((f) => keys.includes(f.key))
    .map((f) => [f.key, f.label, f.source, f.value]);
}

/** The key-figure table's number format of some figures, by key. */
export function formatsOf(draft: ReportDraft, keys: string[]): Record<string, string> {
  return Object.fromEntries(
    draft.figures.filter((f) => keys.includes(f.key)).map((f) => [f.key, f.format])
  );
}

/** HyperFormula's value of every figure and sentence equals core's. */
export function expectFormulasAgree(ledgers: HandLedger[], draft: ReportDraft): void {
  const { figure, sentence } = evaluateDraft(
    ledgers.map((l) => l.sheet),
    draft
  );
  for (const f of draft.figures)
    expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
  for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
}
