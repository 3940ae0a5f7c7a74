import type { Detection } from "../../../src/core/ledgers/detect";
import type { LedgerId } from "../../../src/core/ledgers/schemas";

/**
 * How a ledger written by hand in a test is "detected": its header in row 1, one column per field
 * key (given with the header text it shows), data from row 2 for `rows` rows. The report's tests state
 * exactly which columns a measure or a section sees; detection is not what they are about.
 */
export function handDetection(
  schemaId: LedgerId,
  sheetName: string,
  columns: Array<[key: string, header: string]>,
  rows: number,
  extra: Partial<Detection> = {}
): Detection {
  return {
    schemaId,
    sheetName,
    headerRows: [0],
    dataRows: { start: 1, end: rows },
    columns: Object.fromEntries(columns.map(([key], i) => [key, i])),
    headerTexts: Object.fromEntries(columns.map(([, header], i) => [i, header])),
    ignoredRows: [],
    confidence: 1,
    missingRequired: [],
    ...extra,
  };
}
