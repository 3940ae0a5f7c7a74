import { valueError } from "./errors";
import { ExactTotal, roundHalfUp } from "./money";
import { whereText } from "./position";
import { eachPair, readAmount, readCount } from "./read";

/**
 * 互助保费 = Σ count × price, to the fen. Counts and per-head prices stand side by side (one per
 * category); a blank count is skipped, a count without a price is an error.
 */
export function premiumTotal(counts: unknown, prices: unknown): number {
  const total = new ExactTotal();
  eachPair(counts, prices, "人数", "单价", (countValue, priceValue, countAt, priceAt) => {
    const count = readCount(countValue, countAt);
    if (count === null) return;
    const price = readAmount(priceValue, priceAt);
    if (price === null) throw valueError(`${whereText(priceAt) || "单价"}: 有参保人数但缺少单价`);
    total.addProduct(count, price);
  });
  return roundHalfUp(total.value);
}
