/**
 * A sheet name not yet taken, so a generated sheet never replaces one of the user's:
 * 报告草稿, then 报告草稿 (2), 报告草稿 (3)… Excel compares sheet names without regard to case.
 */
export function freshSheetName(existing: readonly string[], base = "报告草稿"): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Names for a set of sheets made together (the report's 报告草稿, 报告数据, 核对事项), none taken, with
 * one shared suffix so they read as a set: 报告草稿 (2), 报告数据 (2), 核对事项 (2).
 */
export function freshSheetNames<K extends string>(
  existing: readonly string[],
  bases: Record<K, string>
): Record<K, string> {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const keys = Object.keys(bases) as K[];
  for (let n = 1; ; n++) {
    const names = Object.fromEntries(
      keys.map((k) => [k, n === 1 ? bases[k] : `${bases[k]} (${n})`])
    ) as Record<K, string>;
    if (keys.every((k) => !taken.has(names[k].toLowerCase()))) return names;
  }
}
