/**
 * What the 汇总 page does with files: read a street's workbook (the file host, loaded on demand as
 * the "filemode" chunk), make a new workbook for the district, and download it. The tests give their own.
 */
import type { WorkbookHost } from "../../core/workbook";
import { downloadBytes, openWorkbookBytes, readBytes } from "../filemode/fileSession";

export interface NewWorkbook {
  workbook: WorkbookHost;
  toBuffer(): Promise<Uint8Array>;
}

export interface RollupActions {
  read(file: File): Promise<{ workbook: WorkbookHost; bytes: Uint8Array }>;
  create(): Promise<NewWorkbook>;
  download(bytes: Uint8Array, fileName: string): void;
}

export const browserRollupActions: RollupActions = {
  read: async (file) => {
    const bytes = await readBytes(file);
    return { workbook: (await openWorkbookBytes(bytes, file.name)).workbook, bytes };
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
