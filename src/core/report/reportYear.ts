/**
 * A report year as people write it: 2024, "2024" or "2024年". One rule for the pane's field, the
 * command line's --year and the year kept in a workbook, so none accepts what another refuses.
 */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2200;

export function reportYear(value: unknown): number | null {
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? value.trim().replace(/年$/, "")
        : "";
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}
