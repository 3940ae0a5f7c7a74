/** Names for files the commands write: beside the input, never an existing file. */
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./io";

/** An -o name must say what the file is: Excel and WPS go by the extension. */
export function checkOutputName(file: string, ext = ".xlsx"): string {
  if (path.extname(file).toLowerCase() !== ext)
    throw new UsageError(
      `输出文件名应以 ${ext} 结尾：${file}`,
      `The output file name should end in ${ext}: ${file}`
    );
  return file;
}

/** "台账/2024.xlsx" → "台账/2024-报告草稿.xlsx". */
export function besideInput(input: string, suffix: string, ext = ".xlsx"): string {
  const stem = path.basename(input, path.extname(input));
  return path.join(path.dirname(input), `${stem}-${suffix}${ext}`);
}

/** `file`, or "name (2).xlsx", "name (3).xlsx"… when it exists: a default name never replaces a file. */
export function freshFileName(file: string): string {
  if (!fs.existsSync(file)) return file;
  const ext = path.extname(file);
  const stem = path.join(path.dirname(file), path.basename(file, ext));
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}
