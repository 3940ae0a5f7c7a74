/** The worksheet an address names, or the active one when it names none. Lazy, like every Office.js getter. */
export function worksheetFor(
  context: Excel.RequestContext,
  sheet: string | undefined
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  return sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
}
