/**
 * File mode: outside Excel the pane works on an .xlsx the user opens, held in memory by the file host
 * (src/file, over ExcelJS). ExcelJS is big, so it is loaded here only, on demand, as its own chunk
 * ("filemode.js"): the pane Excel loads does not grow.
 */
import type { WorkbookHost } from "../../core/workbook";

export interface FileSession {
  /** The name of the file opened ("街道台账.xlsx"). */
  fileName: string;
  workbook: WorkbookHost;
  /** The workbook as it is now, with what the pages wrote, as .xlsx bytes. */
  toBuffer(): Promise<Uint8Array>;
  /** What the written copy lacks (charts, macros…), to tell the user. */
  notices: ReadonlyArray<{ zh: string; en: string }>;
}

/** What the pane does with files; the tests give their own. */
export interface FileModeActions {
  open(file: File): Promise<FileSession>;
  download(bytes: Uint8Array, fileName: string): void;
}

/** A file's bytes (Blob.arrayBuffer where there is one, FileReader elsewhere). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** Opens .xlsx bytes on the file host, loading ExcelJS (the "filemode" chunk) the first time. */
export async function openWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<FileSession> {
  const { FileWorkbook } = await import(
    /* webpackChunkName: "filemode" */ "../../file/fileWorkbook"
  );
  const workbook = await FileWorkbook.open(bytes, fileName);
  return { fileName, workbook, toBuffer: () => workbook.toBuffer(), notices: workbook.notices };
}

export async function openWorkbookFile(file: File): Promise<FileSession> {
  return openWorkbookBytes(await readBytes(file), file.name);
}

/** "街道台账.xlsx" + "报告草稿" → "街道台账-报告草稿.xlsx": never the input's own name. */
export function resultFileName(original: string, suffix: string): string {
  const base = original.replace(/\.(xlsx|xlsm|xls)$/i, "") || "工作簿";
  return `${base}-${suffix}.xlsx`;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Hands bytes to the browser as a download (a Blob behind a temporary object URL); nothing leaves the machine. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const type = /\.docx$/i.test(fileName) ? DOCX_TYPE : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserFileMode: FileModeActions = { open: openWorkbookFile, download: downloadBytes };
