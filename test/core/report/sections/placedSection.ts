import { HyperFormula, type RawCellContent } from "hyperformula";
import type { CellValue } from "../../../../src/core/grid";
import type { Detection } from "../../../../src/core/ledgers/detect";
import type { LedgerId } from "../../../../src/core/ledgers/schemas";
import type { PreviousValue } from "../../../../src/core/report/lastYear";
import { type LedgerView, ledgerView } from "../../../../src/core/report/ledgerView";
import { phraseFormula, phraseText } from "../../../../src/core/report/phrase";
import {
  type PlacedFigure,
  PREVIOUS_COL,
  placeFigures,
} from "../../../../src/core/report/resolveFigures";
import type { SectionContent } from "../../../../src/core/report/section";
import { arrayUsesOutsideSumproduct } from "../arrayRule";
import { handDetection } from "../handDetection";

/**
 * One section over small hand-made ledgers, without the rest of the report: its figures placed as
 * the key-figure sheet places them, its sentences rendered as text and as live formulas, and every
 * formula evaluated by HyperFormula (built-in functions only) over the ledgers' cells, so a test
 * states the hand-worked figure once and both core and the formula must give it.
 */
export interface SmallLedger {
  view: LedgerView;
  name: string;
  grid: CellValue[][];
}

/** A ledger whose header row is its field keys (row 1), data from row 2; `totals` marks a totals row. */
export function smallLedger(
  schemaId: LedgerId,
  name: string,
  keys: string[],
  rows: CellValue[][],
  extra: Partial<Detection> = {}
): SmallLedger {
  const grid: CellValue[][] = [keys, ...rows];
  const detection = handDetection(
    schemaId,
    name,
    keys.map((k) => [k, k]),
    rows.length,
    extra
  );
  return { view: ledgerView(grid, detection, name), name, grid };
}

const DATA = "数据";
/** The sentences' column on the data sheet, well right of the figures and last year's values. */
const SENTENCE_COL = 8;

export interface PlacedSection {
  content: SectionContent;
  /** The sentences as core renders them. */
  texts: string[];
  /** The same sentences as HyperFormula computes them from their formulas. */
  engineTexts: unknown[];
  /** Core's value of a figure (throws on an unknown key). */
  value(key: string): number;
  /** HyperFormula's value of a figure's formula. */
  engine(key: string): unknown;
  /** A placed figure: its label, format and source as the key-figure sheet shows them. */
  def(key: string): PlacedFigure;
  keys: string[];
}

export function placeSection(
  content: SectionContent,
  ledgers: SmallLedger[],
  previous: ReadonlyMap<string, PreviousValue> = new Map()
): PlacedSection {
  const { figures, lookup } = placeFigures(content.figures, (i) => i + 1, previous);
  const texts = content.paragraphs.map((p) => phraseText(p, lookup));
  const formulas = content.paragraphs.map((p) => phraseFormula(p, lookup));
  const cell = (v: CellValue): RawCellContent =>
    typeof v === "string" && v !== "" ? `'${v}` : ((v ?? null) as RawCellContent);
  const data: Record<string, RawCellContent[][]> = {};
  for (const l of ledgers) {
    const width = Math.max(...l.grid.map((r) => r.length));
    data[l.name] = l.grid.map((row) => Array.from({ length: width }, (_, i) => cell(row[i])));
  }
  const sheet: RawCellContent[][] = [];
  const put = (row: number, col: number, v: RawCellContent) => {
    while (sheet.length <= row) sheet.push([]);
    sheet[row][col] = v;
  };
  for (const f of figures) {
    expect(arrayUsesOutsideSumproduct(f.formula)).toEqual([]);
    put(f.row, 1, f.formula);
    if (f.lastYear) put(f.row, PREVIOUS_COL, f.lastYear.value);
  }
  formulas.forEach((f, i) => {
    expect(arrayUsesOutsideSumproduct(f)).toEqual([]);
    put(i, SENTENCE_COL, f);
  });
  data[DATA] = sheet.map((r) => Array.from(r, (v) => (v === undefined ? null : v)));
  const hf = HyperFormula.buildFromSheets(data as Record<string, never>, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
  });
  const id = hf.getSheetId(DATA)!;
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const at = (key: string) => {
    const f = byKey.get(key);
    if (!f) throw new Error(`no figure ${key}`);
    return f;
  };
  return {
    content,
    texts,
    engineTexts: formulas.map((_, i) => hf.getCellValue({ sheet: id, row: i, col: SENTENCE_COL })),
    value: (key) => at(key).value,
    engine: (key) => hf.getCellValue({ sheet: id, row: at(key).row, col: 1 }),
    def: at,
    keys: figures.map((f) => f.key),
  };
}

/** Core's sentences, after asserting HyperFormula renders every one the same. */
export function agreed(p: PlacedSection): string[] {
  expect(p.engineTexts).toEqual(p.texts);
  for (const key of p.keys)
    expect([key, p.engine(key)]).toEqual([key, expect.closeTo(p.value(key), 9)]);
  return p.texts;
}
