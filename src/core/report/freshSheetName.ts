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
