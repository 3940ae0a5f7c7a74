/**
 * Workbook files on disk, for Node (the command line). Kept apart from FileWorkbook so the browser
 * build of file mode never pulls in the file system. Writes never touch the input: the output must
 * be another file, and is written beside its final name first, then renamed into place.
 */
import * as fs from "fs";
import * as path from "path";
import { MAX_UNPACKED_MB, OutputRefusedError, WorkbookFileError } from "./fileErrors";
import { FileWorkbook } from "./fileWorkbook";

export { OutputRefusedError };

/**
 * A workbook file's bytes, refused with a WorkbookFileError naming it when it is missing, a folder,
 * not a file, unreadable or larger than the unpacked limit (then not read into memory at all).
 */
export function readWorkbookBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookFileError("missing", file);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookFileError("no-permission", file);
    throw new WorkbookFileError("unreadable", file, (e as Error).message);
  }
  if (stat.isDirectory()) throw new WorkbookFileError("folder", file);
  if (!stat.isFile()) throw new WorkbookFileError("not-a-file", file);
  // A zip is never larger than what it unpacks to (bar a few bytes a part): past the unpacked limit
  // the file is too large, whatever it holds, and is not read into memory at all.
  if (stat.size > MAX_UNPACKED_MB * 2 ** 20)
    throw new WorkbookFileError("file-too-large", file, `${Math.ceil(stat.size / 2 ** 20)} MB`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw new WorkbookFileError("no-permission", file);
    throw new WorkbookFileError("unreadable", file, (e as Error).message);
  }
}

export async function openWorkbookFile(file: string): Promise<FileWorkbook> {
  // FileWorkbook.open checks the bytes (kind of file, real unpacked size) before ExcelJS reads them.
  return FileWorkbook.open(readWorkbookBytes(file), file);
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

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false; // nothing there (or unreachable): not a folder; writing will say what is wrong
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
  if (isFolder(file)) throw writeFailure({ code: "EISDIR" }, file);
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

/** Why writing `file` failed, in words naming the path and what to do (never a bare errno). */
export function writeFailure(e: unknown, file: string): OutputRefusedError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const folder = path.dirname(path.resolve(file));
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new OutputRefusedError(
        `没有权限写入文件夹 ${folder}，请用 -o 指定一个可以写入的位置。`,
        `No permission to write in ${folder}: choose a writable place with -o.`
      );
    case "EEXIST":
    case "ENOTDIR":
      return new OutputRefusedError(
        `无法写入 ${file}：它的上级路径中有同名的文件而不是文件夹，请用 -o 指定另一个位置。`,
        `Cannot write ${file}: part of its folder path is a file, not a folder; choose another place with -o.`
      );
    case "EISDIR":
      return new OutputRefusedError(
        `${file} 是一个文件夹，不能作为输出文件，请用 -o 指定一个 .xlsx 文件名。`,
        `${file} is a folder, not a file: give an .xlsx file name with -o.`
      );
    case "ENAMETOOLONG":
      return new OutputRefusedError(
        `输出文件名太长：${file}，请用 -o 指定一个短一些的文件名。`,
        `The output file name is too long: ${file}; choose a shorter name with -o.`
      );
    case "ENOSPC":
    case "EDQUOT":
      return new OutputRefusedError(
        `磁盘空间不足，无法写入 ${file}，请清理磁盘或用 -o 写到别的磁盘。`,
        `Not enough disk space to write ${file}: free some space or write elsewhere with -o.`
      );
    default:
      return new OutputRefusedError(
        `无法写入 ${file}（${code ?? (e as Error)?.message ?? String(e)}），请检查该位置或用 -o 指定另一个文件。`,
        `Cannot write ${file} (${code ?? (e as Error)?.message ?? String(e)}): check the place, or choose another file with -o.`
      );
  }
}

function appeared(file: string): OutputRefusedError {
  return new OutputRefusedError(
    `输出文件在写入期间被另一个程序创建了：${file}，未覆盖它。如需覆盖请加 --force，或用 -o 指定另一个文件名。`,
    `The output file appeared while this one was being written: ${file}; it was not replaced. Add --force to replace it, or choose another name with -o.`
  );
}

/**
 * Puts the finished temp file at `file`. Without `force` a hard link is made, which fails if the
 * name exists at that very moment (so two runs racing for one name never replace each other);
 * with `force` a rename, which replaces a link itself, never what it points to.
 */
function moveIntoPlace(temp: string, file: string, options: SaveOptions): void {
  checkOutputFile(file, options); // again, now: the input, or a file that appeared meanwhile
  if (options.force) {
    fs.renameSync(temp, file);
    return;
  }
  try {
    fs.linkSync(temp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw appeared(file);
    // A file system without hard links: an exclusive copy still never replaces a file.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV") throw e;
    fs.copyFileSync(temp, file, fs.constants.COPYFILE_EXCL);
  }
}

/**
 * Writes the workbook to `file`, creating its folder; refuses to replace the input, or an existing
 * file without `force`. The bytes go first into a file created exclusively (`wx`) in a fresh folder
 * with an unpredictable name (mkdtemp) beside the output, so no planted link can redirect them, and
 * a half-written workbook never takes the final name.
 */
export async function saveWorkbookFile(
  host: FileWorkbook,
  file: string,
  options: SaveOptions = {}
): Promise<void> {
  checkOutputFile(file, options);
  await saveFileBytes(await host.toBuffer(), file, options);
}

/** Writes any bytes (a workbook, a .docx) to `file` the same safe way as saveWorkbookFile. */
export async function saveFileBytes(
  bytes: Uint8Array,
  file: string,
  options: SaveOptions = {}
): Promise<void> {
  checkOutputFile(file, options);
  const folder = path.dirname(path.resolve(file));
  let tempDir: string | undefined;
  let failure: unknown;
  try {
    fs.mkdirSync(folder, { recursive: true });
    tempDir = fs.mkdtempSync(path.join(folder, ".union-stats-"));
    const temp = path.join(tempDir, `draft${path.extname(file)}`);
    fs.writeFileSync(temp, bytes, { flag: "wx", mode: 0o644 });
    moveIntoPlace(temp, file, options);
  } catch (e) {
    failure = e instanceof OutputRefusedError ? e : writeFailure(e, file);
  }
  if (tempDir !== undefined) {
    try {
      fs.rmSync(tempDir, { recursive: true, force: true });
    } catch (e) {
      // The first failure is the one to report; a leftover temp folder is the lesser news.
      failure ??= new OutputRefusedError(
        `已写入 ${file}，但无法删除临时文件夹 ${tempDir}，请手动删除。`,
        `Wrote ${file}, but could not remove the temporary folder ${tempDir}: remove it by hand (${(e as Error).message}).`
      );
    }
  }
  if (failure !== undefined) throw failure;
}
