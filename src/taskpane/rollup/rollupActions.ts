/**
 * What the 汇总 page does with files: read a street's workbook (the file host, loaded on demand as
 * the "filemode" chunk), make a new workbook for the district, and download it. The tests give their own.
 */
import type { WorkbookHost } from "../../core/workbook";
import { downloadBytes, readBytes } from "../filemode/fileSession";

export interface NewWorkbook {
  workbook: WorkbookHost;
  toBuffer(): Promise<Uint8Array>;
}

export interface StreetFile {
  workbook: WorkbookHost;
  bytes: Uint8Array;
  /** What reading the workbook noted (formulas without saved results), asked once it is read. */
  notes?: () => ReadonlyArray<{ zh: string; en: string }>;
}

export interface RollupActions {
  read(file: File): Promise<StreetFile>;
  create(): Promise<NewWorkbook>;
  download(bytes: Uint8Array, fileName: string): void;
}

export const browserRollupActions: RollupActions = {
  read: async (file) => {
    const bytes = await readBytes(file);
    const { FileWorkbook } = await import(
      /* webpackChunkName: "filemode" */ "../../file/fileWorkbook"
    );
    const workbook = await FileWorkbook.open(bytes, file.name);
    // What a copy written by ExcelJS would lack does not apply: a street's file is only read.
    const notes = () => workbook.notices.filter((n) => n !== workbook.lacks);
    return { workbook, bytes, notes };
  },
  create: async () => {
    const { FileWorkbook } = await import(
      /* webpackChunkName: "filemode" */ "../../file/fileWorkbook"
    );
    const workbook = FileWorkbook.create("区汇总.xlsx");
    return { workbook, toBuffer: () => workbook.toBuffer() };
  },
  download: downloadBytes,
};
