/**
 * A sheet name before "!" in printed findings, quoted when Excel would need the quotes: a sheet
 * named "A1" (or "R2C3", "TRUE", "2024", "台账 2024") printed bare would read as another cell.
 * Plain names, Chinese ones included, stay bare, as people type them ("互助保障!H55").
 */
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|R\d*(C\d*)?|C\d*|TRUE|FALSE)$/i;
const NEEDS_QUOTES = /^\d|[\s'!:[\]*?/\\()\-+,;&=<>^"%{}@#$.~`|]/;

export function sheetLabel(name: string): string {
  return LOOKS_LIKE_REFERENCE.test(name) || NEEDS_QUOTES.test(name)
    ? `'${name.replace(/'/g, "''")}'`
    : name;
}
