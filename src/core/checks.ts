import { ExactTotal } from "./money";
import { eachCell, readNumber, required } from "./read";

/** 合计差额 = stated total − Σ parts, exactly (0 when they agree): 8168 vs 4040+688+1262+2170 → 8. */
export function totalMinusParts(total: unknown, parts: unknown): number {
  const stated = required(readNumber, total, "合计");
  const difference = new ExactTotal();
  difference.add(stated);
  eachCell(parts, "分项", (value, at) => {
    const n = readNumber(value, at);
    if (n !== null) difference.add(-n);
  });
  return difference.toNumber();
}
