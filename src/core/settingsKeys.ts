/**
 * What the add-in keeps in a workbook (Excel's workbook settings, or the file host's hidden sheet),
 * so the report finds the ledgers and the street again without asking.
 */
export const SETTINGS = {
  /** ConfirmedMapping[]: the ledgers the user confirmed in the pane. */
  ledgers: "unionstats.ledgers",
  /** number: the report year. */
  year: "unionstats.year",
  /** string: the street (街道) named in the report title. */
  street: "unionstats.street",
} as const;
