/**
 * Chinese text in Chinese punctuation (GB/T 15834): a , : ; ( ) next to a Chinese character becomes
 * ，：；（）, and "…" around Chinese words becomes “…”. Marks between Latin letters and digits stay
 * (a cell reference "H55: " or "1,234" is not prose), so sentences that quote ledger cells keep them.
 */
const HAN = "\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF“”";
const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）" };
const BEFORE_HAN = new RegExp(`([,:;()])(?=[${HAN}])`, "gu");
const AFTER_HAN = new RegExp(`(?<=[${HAN}])([,:;()])`, "gu");
const QUOTED = new RegExp(`"([^"\\n]*[${HAN}][^"\\n]*)"`, "gu");

export function zhPunctuation(text: string): string {
  // A mark on its own joins two pieces of a Chinese sentence ("…万元" ";" "夏送清凉…").
  if (/^[,:;()]+$/.test(text)) return text.replace(/[,:;()]/g, (m) => FULL[m]);
  let out = text.replace(QUOTED, "“$1”");
  // Twice over: a mark between two others ("(家)") is reached once its neighbour has turned.
  for (let i = 0; i < 2; i++)
    out = out.replace(AFTER_HAN, (m) => FULL[m]).replace(BEFORE_HAN, (m) => FULL[m]);
  // A bracket pair is one kind: "（现为95.5%)" closes as it opened.
  return out.replace(/（([^()（）\n]*)\)/g, "（$1）").replace(/\(([^()（）\n]*)）/g, "（$1）");
}

/** Half-width , : ; ( ) next to a Chinese character: what zhPunctuation would have turned. */
export const HALF_WIDTH_IN_CHINESE = new RegExp(`[${HAN}][,:;()]|[,:;()][${HAN}]`, "u");
