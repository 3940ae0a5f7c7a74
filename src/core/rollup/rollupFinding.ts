/**
 * A finding of a roll-up: a street's own (carried up with its file, sheet and cell) or one only a
 * district can make (a unit in two streets, a year that differs, a street missing or given twice).
 */
export type RollupKind =
  | "street-finding"
  | "unreadable-file"
  | "file-note"
  | "repeated-file"
  | "repeated-street"
  | "unnamed-street"
  | "unknown-year"
  | "year-mismatch"
  | "missing-street"
  | "unexpected-street"
  | "duplicate-unit"
  | "no-ledgers";

export interface RollupFinding {
  /** The input file's name as given (a display name: no folders). */
  file?: string;
  sheet?: string;
  /** "B7". */
  cell?: string;
  kind: RollupKind;
  /** For a street's own finding: its check code ("total-mismatch"). */
  code?: string;
  severity: "error" | "warning";
  message: string;
  messageEn: string;
}

/** "[东湖街道.xlsx]组织台账!B7": where a finding is, as Excel names a cell in another workbook. */
export function findingPlace(f: RollupFinding): string {
  const file = f.file ? `[${f.file}]` : "";
  const sheet = f.sheet ? `${f.sheet}!` : "";
  const cell =
    f.cell && !f.message.startsWith(`${f.cell}:`) && !f.message.startsWith(`${f.cell}：`)
      ? f.cell
      : "";
  return `${file}${sheet}${cell}`;
}

/** The finding as one line of the district draft. */
export function findingLine(f: RollupFinding): string {
  const place = findingPlace(f);
  return place ? `${place}${place.endsWith("!") ? "" : "："}${f.message}` : f.message;
}
