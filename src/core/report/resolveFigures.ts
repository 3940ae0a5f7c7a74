/**
 * Turns section figure definitions into placed figures: each gets its row in the key-figures table,
 * its value now and its live formula (ledger figures over the ledger cells, derived ones over the
 * table's own cells).
 */
import { exactSum } from "../money";
import { localRef } from "./excelFormula";
import type { PreviousValue } from "./lastYear";
import { type FigureLookup, previousKey } from "./phrase";
import type { FigureDef } from "./section";

export interface PlacedFigure extends FigureDef {
  row: number;
  value: number;
  formula: string;
  address: string;
  /** Last year's value, in the 上年数 column. */
  lastYear?: PreviousValue;
}

const VALUE_COL = 1;
/** The 上年数 column: last year's value of the same figure, as a value (not a formula). */
export const PREVIOUS_COL = 3;

export function placeFigures(
  defs: readonly FigureDef[],
  rowOf: (index: number) => number,
  previous: ReadonlyMap<string, PreviousValue> = new Map()
): { figures: PlacedFigure[]; lookup: FigureLookup } {
  const byKey = new Map<string, PlacedFigure>();
  const at = (key: string): PlacedFigure => {
    const f = byKey.get(key);
    if (!f) throw new Error(`报告数字 ${key} 未定义`);
    return f;
  };
  const lastYear = new Map<string, { value: number; address: string }>();
  const figures = defs.map((def, i) => {
    const row = rowOf(i);
    const placed: PlacedFigure = {
      ...def,
      row,
      address: localRef(VALUE_COL, row),
      value: 0,
      formula: "",
    };
    byKey.set(def.key, placed);
    return placed;
  });
  // Derived figures refer only to figures defined before them, so one pass in order resolves all.
  for (const f of figures) {
    if (f.measure) {
      f.value = f.measure.value;
      f.formula = `=${f.measure.formula}`;
    } else if (f.ratioOf) {
      const [num, den] = f.ratioOf.map(at);
      f.value = den.value === 0 ? 0 : num.value / den.value;
      f.formula = `=IF(${den.address}=0,0,${num.address}/${den.address})`;
    } else if (f.differenceOf) {
      const [a, b] = f.differenceOf.map(at);
      f.value = exactSum([a.value, -b.value]).toNumber();
      f.formula = `=${a.address}-${b.address}`;
    } else if (f.sumOf) {
      const parts = f.sumOf.map(at);
      f.value = exactSum(parts.map((p) => p.value)).toNumber();
      f.formula = `=${parts.map((p) => p.address).join("+")}`;
    }
  }
  for (const f of figures) {
    const last = previous.get(f.key);
    if (last === undefined || !Number.isFinite(last.value)) continue;
    f.lastYear = last;
    lastYear.set(previousKey(f.key), { value: last.value, address: localRef(PREVIOUS_COL, f.row) });
  }
  const find = (key: string) => lastYear.get(key) ?? at(key);
  return {
    figures,
    lookup: {
      value: (key) => find(key).value,
      address: (key) => find(key).address,
      hasPrevious: (key) => lastYear.has(previousKey(key)),
    },
  };
}
