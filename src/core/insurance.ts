import { valueError } from "./errors";
import { exact, roundHalfUp } from "./money";
import { pairCells, readAmount, readCount } from "./read";

/**
 * 互助保费 = Σ count × price, to the fen. Counts and per-head prices stand side by side (one per
 * category); a blank count is skipped, a count without a price is an error.
 */
export function premiumTotal(counts: unknown, prices: unknown): number {
  let total = exact(0);
  for (const [countCell, priceCell] of pairCells(counts, prices, "人数", "单价")) {
    const count = readCount(countCell.value, countCell);
    if (count === null) continue;
    const price = readAmount(priceCell.value, priceCell);
    if (price === null) throw valueError(`${priceCell.where || "单价"}: 有参保人数但缺少单价`);
    total = total.plus(exact(count).times(exact(price)));
  }
  return roundHalfUp(total);
}
