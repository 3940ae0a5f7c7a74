import { exact, exactSum } from "./money";
import { cellsOf, readNumber, required } from "./read";

/** 合计差额 = stated total − Σ parts, exactly (0 when they agree): 8168 vs 4040+688+1262+2170 → 8. */
export function totalMinusParts(total: unknown, parts: unknown): number {
  const stated = required(readNumber, total, "合计");
  const values: number[] = [];
  for (const cell of cellsOf(parts, "分项")) {
    const n = readNumber(cell.value, cell);
    if (n !== null) values.push(n);
  }
  return exact(stated).minus(exactSum(values)).toNumber();
}
