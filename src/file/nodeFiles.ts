/**
 * Workbook files on disk, for Node (the command line). Kept apart from FileWorkbook so the browser
 * build of file mode never pulls in the file system. Writes never touch the input: the output must
 * be another file, and is written beside its final name first, then renamed into place.
 */
import * as fs from "fs";
import * as path from "path";
import { OutputRefusedError, WorkbookFileError } from "./fileErrors";
import { FileWorkbook } from "./fileWorkbook";

export { OutputRefusedError };

export async function openWorkbookFile(file: string): Promise<FileWorkbook> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookFileError("missing", file);
    throw new WorkbookFileError("unreadable", file, (e as Error).message);
  }
  if (!stat.isFile()) throw new WorkbookFileError("not-a-file", file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new WorkbookFileError("unreadable", file, (e as Error).message);
  }
  return FileWorkbook.open(bytes, file);
}

/** The same file under another name (a link, another spelling of the path, a case-blind file system)? */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist yet: not the same file
  }
}

export interface SaveOptions {
  /** Files that must never be written over (the input). */
  protect?: string[];
  /** Replace `file` when it exists. */
  force?: boolean;
}

/** Throws OutputRefusedError when `file` is the input, or exists and `force` is not set: callers check before long work. */
export function checkOutputFile(file: string, options: SaveOptions = {}): void {
  for (const input of options.protect ?? []) {
    if (sameFile(file, input)) {
      throw new OutputRefusedError(
        `不能写入输入文件本身:${file}。请用 -o 指定另一个文件名。`,
        `Will not write over the input file: ${file}. Choose another name with -o.`
      );
    }
  }
  if (fs.existsSync(file) && !options.force) {
    throw new OutputRefusedError(
      `输出文件已存在:${file}。如需覆盖请加 --force,或用 -o 指定另一个文件名。`,
      `The output file already exists: ${file}. Add --force to replace it, or choose another name with -o.`
    );
  }
}

/** Writes the workbook to `file`, creating its folder; refuses to replace the input, or an existing file without `force`. */
export async function saveWorkbookFile(
  host: FileWorkbook,
  file: string,
  options: SaveOptions = {}
): Promise<void> {
  checkOutputFile(file, options);
  const bytes = await host.toBuffer();
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // A half-written workbook never takes the final name: written under a temporary one, then renamed.
  const temp = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`
  );
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
