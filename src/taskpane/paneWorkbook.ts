import type { WorkbookHost } from "../core/workbook";

/**
 * What the calculator pages need from the workbook: read the selection or a range, check that an
 * area is empty, write a plan (or add a sheet with it). ExcelWorkbook (src/excel), the file host (src/file) and the tests'
 * fake all provide it; the ledger, check and report pages take the whole WorkbookHost.
 */
export type PaneWorkbook = Pick<
  WorkbookHost,
  "readSelection" | "readRange" | "isAreaEmpty" | "writePlan" | "addSheetWithPlan"
>;

/**
 * Where the pane runs: inside Excel or WPS 表格 it reads and writes cells; in a plain browser it only computes,
 * until a workbook file is opened ("file"), when it reads and writes that file in memory.
 */
export type PaneHost = "excel" | "wps" | "browser" | "file";

/** Whether the pages can read and write cells. */
export function canUseCells(host: PaneHost): boolean {
  return host !== "browser";
}

/** Whether the host has a selection to read ("使用所选区域"): a file in memory has none. */
export function hasSelection(host: PaneHost): boolean {
  return host === "excel" || host === "wps";
}
