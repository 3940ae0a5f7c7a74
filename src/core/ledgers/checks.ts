/**
 * Checks a ledger the way a careful statistician would before the figures go upward: every cell
 * readable, parts within their wholes, row totals and the totals row adding up, no duplicates, no
 * placeholders, no implausible magnitudes. Cells are read with the same readers as UNION.* functions.
 */
import type { Grid } from "../grid";
import { isBlank } from "../grid";
import { cellName } from "./cells";
import {
  type CheckContext,
  type ParsedRow,
  isNumericField,
  placeholders,
  readCell,
} from "./cellChecks";
import { type Detection, readRecords } from "./detect";
import { type Finding, finding } from "./findings";
import { fieldOf, schemaById } from "./schemas";
import { columnChecks } from "./columnChecks";
import { type ActivityCheckOptions, activityChecks } from "./activityChecks";

export type { Finding, FindingCode } from "./findings";
export { FINDING_CODES } from "./findings";

export interface CheckOptions extends ActivityCheckOptions {
  /** Where the grid's top-left cell sits on the sheet, so messages name sheet cells. */
  origin?: { row: number; col: number };
  sheet?: string;
}

function rowChecks(ctx: CheckContext, parsed: ParsedRow): void {
  const { schema, detection } = ctx;
  const at = (key: string) => detection.columns[key];
  const v = parsed.values;
  for (const field of schema.fields) {
    if (
      field.required &&
      field.key in detection.columns &&
      isBlank(ctx.grid[parsed.row]?.[at(field.key)])
    ) {
      const where = ctx.name(parsed.row, at(field.key));
      ctx.add(
        "required-blank",
        parsed.row,
        at(field.key),
        `${where}: ${field.label}不能为空`,
        `${where}: ${field.labelEn} is required`
      );
    }
  }
  for (const rule of schema.parts ?? []) {
    const part = v[rule.part];
    const whole = v[rule.whole];
    if (typeof part !== "number" || typeof whole !== "number" || part <= whole) continue;
    const pf = fieldOf(schema, rule.part)!;
    const wf = fieldOf(schema, rule.whole)!;
    const where = ctx.name(parsed.row, at(rule.part));
    ctx.add(
      rule.code ?? "part-exceeds-whole",
      parsed.row,
      at(rule.part),
      `${where}: ${pf.label}(${part})大于${wf.label}(${whole})`,
      `${where}: ${pf.labelEn} (${part}) exceeds ${wf.labelEn} (${whole})`
    );
  }
  for (const rule of schema.flagRules ?? []) {
    if (v[rule.flag] !== true || v[rule.needs] !== false) continue;
    const ff = fieldOf(schema, rule.flag)!;
    const nf = fieldOf(schema, rule.needs)!;
    const where = ctx.name(parsed.row, at(rule.flag));
    ctx.add(
      "flag-conflict",
      parsed.row,
      at(rule.flag),
      `${where}: ${ff.label}为"是",但${nf.label}为"否"`,
      `${where}: ${ff.labelEn} is yes but ${nf.labelEn} is no`
    );
  }
}

/** All findings for one detected ledger, in sheet order. */
export function checkLedger(
  grid: Grid,
  detection: Detection,
  options: CheckOptions = {}
): Finding[] {
  const out: Finding[] = [];
  const sheet = options.sheet ?? detection.sheetName;
  const schema = schemaById(detection.schemaId);
  const ctx: CheckContext = {
    grid,
    detection,
    schema,
    name: (row, col) => cellName(row, col, options.origin),
    add: (code, row, col, zh, en) => out.push(finding(code, row, col, zh, en, sheet)),
  };
  // The fields of the mapped columns, looked up once rather than for every cell.
  const fields = Object.entries(detection.columns).flatMap(([key, col]) => {
    const field = fieldOf(schema, key);
    return field ? [{ key, col, field }] : [];
  });
  const rows: ParsedRow[] = readRecords(grid, detection).map((record) => {
    placeholders(ctx, record.row);
    const values: ParsedRow["values"] = {};
    for (const { key, col, field } of fields) values[key] = readCell(ctx, field, record.row, col);
    return { row: record.row, values };
  });
  for (const parsed of rows) rowChecks(ctx, parsed);
  columnChecks(ctx, rows);
  activityChecks(ctx, rows, options);
  // In a number column a placeholder hides a figure: an error, not a style point.
  for (const f of out)
    if (f.code === "placeholder" && isNumericAt(ctx, f.col)) f.severity = "error";
  return dedupe(out).sort((a, b) => a.row - b.row || a.col - b.col);
}

function isNumericAt(ctx: CheckContext, col: number): boolean {
  const key = Object.keys(ctx.detection.columns).find((k) => ctx.detection.columns[k] === col);
  const field = key === undefined ? undefined : fieldOf(ctx.schema, key);
  return field !== undefined && isNumericField(field);
}

/** One finding per cell and code. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = `${f.row}:${f.col}:${f.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
