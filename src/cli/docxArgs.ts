/**
 * `--docx [file.docx]` for the commands that write a draft (report, rollup): it takes its file name
 * only when one ending in .docx follows; `--docx` alone means beside the output workbook.
 */
import { besideInput, freshFileName } from "./outputName";

/** The arguments with `--docx` made `--docx=<file>` or `--docx=` (beside the output). */
export function docxArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== "--docx") out.push(argv[i]);
    else if (/\.docx$/i.test(argv[i + 1] ?? "")) out.push(`--docx=${argv[++i]}`);
    else out.push("--docx=");
  }
  return out;
}

/** The Word file beside the output workbook (区汇总.xlsx → 区汇总.docx), under a name not yet taken. */
export function docxBeside(output: string): string {
  return freshFileName(besideInput(output, "", ".docx").replace(/-\.docx$/, ".docx"));
}
