/** The file-based host: .xlsx bytes in and out through ExcelJS. Node's file helpers are in ./nodeFiles. */
export { FileWorkbook, type FileNotice } from "./fileWorkbook";
export { OutputRefusedError, WorkbookFileError, type FileProblem } from "./fileErrors";
export { renderPlan, type RenderedPlan } from "./renderPlan";
export { readWorksheet } from "./readSheet";
export { SETTINGS_SHEET } from "./settingsSheet";
