import type { WorkbookHost } from "../core/workbook";

/**
 * What the calculator pages need from the workbook: read the selection or a range, check that an
 * area is empty, write a plan. ExcelWorkbook (src/excel) and the tests' fake both provide it.
 */
export type PaneWorkbook = Pick<
  WorkbookHost,
  "readSelection" | "readRange" | "isAreaEmpty" | "writePlan"
>;

/** Where the pane runs: inside Excel it reads and writes cells; in a plain browser it only computes. */
export type PaneHost = "excel" | "browser";
