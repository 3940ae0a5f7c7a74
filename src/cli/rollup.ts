/**
 * `union-stats rollup`: many street workbooks (or folders of them) in, one new district workbook out.
 * Files are read one at a time and released, so memory follows the largest file, not the sum; a
 * file that cannot be read is a finding and the others are still rolled up. Inputs are only read.
 */
import { createHash } from "crypto";
import { ROLLUP_USAGE } from "./usage";
import * as fs from "fs";
import * as path from "path";
import { reportYear } from "../core/report/reportYear";
import {
  kindWords,
  kindWordsEn,
  parseStreetList,
  rollUp,
  type RollupFailure,
  type RollupFinding,
  type RollupInput,
  type SummarisedInput,
  summariseWorkbook,
  writeDistrict,
} from "../core/rollup";
import { findingPlace } from "../core/rollup/rollupFinding";
import { FileWorkbook } from "../file/fileWorkbook";
import { WorkbookFileError } from "../file/fileErrors";
import {
  checkOutputFile,
  readWorkbookBytes,
  saveFileBytes,
  saveWorkbookFile,
} from "../file/nodeFiles";
import { docxArgs, docxBeside } from "./docxArgs";
import { parseArgs } from "./args";
import { CliError, EXIT, type Io, plural, processIo, UsageError } from "./io";
import { checkOutputName } from "./outputName";
import { cliLang, inLanguage, pick } from "./lang";
import { readStreamed } from "./streamedRead";

const SPECS = {
  output: { type: "string", short: "o" },
  year: { type: "string" },
  district: { type: "string" },
  streets: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  force: { type: "boolean" },
  docx: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The .xlsx files of a folder (not its subfolders), in name order, without Office's "~$" lock files. */
function filesIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !n.startsWith("."))
    .sort((a, b) => a.localeCompare(b, "zh-CN"))
    .map((n) => path.join(folder, n));
}

/** Every input file: files as given, folders as their .xlsx files (an -o among them is refused later). */
function inputFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let folder = false;
    try {
      folder = fs.statSync(arg).isDirectory();
    } catch {
      folder = false; // missing: read as a file, and it fails with a message naming it
    }
    if (folder) files.push(...filesIn(arg));
    else files.push(arg);
  }
  return files;
}

function readStreetList(file: string): string[] {
  try {
    return parseStreetList(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new CliError(
      `无法读取街道名单：${file}（${(e as Error).message}）`,
      `Cannot read the street list: ${file} (${(e as Error).message})`
    );
  }
}

function asJson(f: RollupFinding) {
  return {
    file: f.file ?? null,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    kind: f.kind,
    code: f.code ?? null,
    severity: f.severity,
    message: f.message,
    messageEn: f.messageEn,
  };
}

/** One line per file, or a bar redrawn in place where stderr is a terminal. */
function progressOf(io: Io, quiet: boolean, total: number): (done: number, file: string) => void {
  if (quiet) return () => undefined;
  const tty = io === processIo && process.stderr.isTTY === true;
  return (done, file) => {
    if (!tty) {
      io.err(`(${done}/${total}) ${file}`);
      return;
    }
    const width = 24;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${file}\x1b[K`
    );
    if (done === total) process.stderr.write("\n");
  };
}

/**
 * One file's grids and settings, and its fingerprint. Streamed, as check and report read: a roll-up
 * only reads its inputs, so ExcelJS's whole workbook model is never built, and nothing but the
 * grids outlives this call. What the read notes (formulas without saved values) travels with the
 * input and becomes a finding of the file.
 */
async function readStreet(
  file: string,
  name: string
): Promise<{ input: RollupInput; fingerprint: string }> {
  const bytes = readWorkbookBytes(file);
  const fingerprint = createHash("sha256").update(bytes).digest("hex");
  const { sheets, saved, notes } = await readStreamed(bytes, name);
  return { input: { file: name, sheets, saved, notes }, fingerprint };
}

export async function rollupCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(docxArgs(argv), SPECS);
  const lang = cliLang(options.lang as string | undefined, process.env);
  const say = (zh: string, en: string) => pick(lang, zh, en);
  const messageOf = (f: RollupFinding) => (lang === "zh-CN" ? f.message : f.messageEn);
  if (options.help) {
    io.out(inLanguage(ROLLUP_USAGE, lang));
    return EXIT.ok;
  }
  if (!positionals.length)
    throw new UsageError(
      "请给出各街道的工作簿或所在文件夹",
      "Give the streets' workbooks, or their folder"
    );
  if (options.output === undefined)
    throw new UsageError(
      "请用 -o 指定区汇总工作簿的文件名",
      "Name the district workbook to write with -o"
    );
  const output = checkOutputName(options.output as string);
  let year: number | undefined;
  if (options.year !== undefined) {
    const parsed = reportYear(options.year);
    if (parsed === null)
      throw new UsageError(
        `年份无效：${String(options.year)}（应为四位数字，如 2024）`,
        `Invalid year: ${String(options.year)} (four digits, e.g. 2024)`
      );
    year = parsed;
  }
  const expected =
    options.streets === undefined ? undefined : readStreetList(options.streets as string);
  const files = inputFiles(positionals);
  const saveOptions = { protect: files, force: options.force === true };
  // Refused before anything is read: the output is an input (given, or in a folder given), or exists without --force.
  checkOutputFile(output, saveOptions);
  const docxOption = options.docx as string | undefined;
  const explicitDocx = docxOption ? checkOutputName(docxOption, ".docx") : undefined;
  if (explicitDocx !== undefined) checkOutputFile(explicitDocx, saveOptions);

  const json = options.json === true;
  const progress = progressOf(io, json, files.length);
  const summaries: SummarisedInput[] = [];
  const failures: RollupFailure[] = [];
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    progress(i + 1, name);
    try {
      const { input, fingerprint } = await readStreet(file, name);
      // Summarised once the file is read: only its grids, then its summary, are held.
      summaries.push({ summary: summariseWorkbook(input, year), fingerprint });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const problem =
        e instanceof WorkbookFileError
          ? { message: e.zh, messageEn: e.en }
          : err.code === "ENOENT"
            ? { message: `找不到文件：${file}`, messageEn: `File not found: ${file}` }
            : {
                message: `${name} 读取出错：${err.message}`,
                messageEn: `${name} failed: ${err.message}`,
              };
      failures.push({ file: name, ...problem });
    }
  }
  const rollup = rollUp(summaries, failures, {
    year,
    fallbackYear: new Date().getFullYear(),
    district: options.district as string | undefined,
    expected,
  });
  if (!rollup.rows.length) {
    if (json) io.out(JSON.stringify(rollup.findings.map(asJson), null, 2));
    else for (const f of rollup.findings) io.err(`${findingPlace(f)} ${messageOf(f)}`);
    throw new CliError(
      "没有可汇总的工作簿：以上文件都无法读取或没有台账。",
      "Nothing to roll up: none of the files could be read or held ledgers."
    );
  }

  const district = FileWorkbook.create(path.basename(output));
  const book = await writeDistrict(district, rollup);
  await saveWorkbookFile(district, output, saveOptions);
  // The district draft in Word, by the street report's GB/T 9704 writer.
  let docxFile: string | undefined;
  if (docxOption !== undefined) {
    docxFile = explicitDocx ?? docxBeside(output);
    // Loaded only when asked for: the Word writer is large, and most roll-ups write no .docx.
    const { reportDocxBytes } = await import("../docx/docxBytes");
    const bytes = await reportDocxBytes(book.draft, { exportedAt: new Date(), basis: book.basis });
    await saveFileBytes(bytes, docxFile, saveOptions);
  }

  if (json) {
    io.out(JSON.stringify(rollup.findings.map(asJson), null, 2));
    return rollup.findings.length ? EXIT.findings : EXIT.ok;
  }
  const where = path.resolve(output);
  const part = rollup.level === "city" ? "区" : "街道";
  io.out(
    say(
      `已写入 ${where}：${rollup.year}年，${rollup.rows.length}个${part}（${book.names.table}、${book.names.data}、${book.names.draft}、${book.names.findings}）；核对事项 ${rollup.findings.length} 处。`,
      `Wrote ${where}: year ${rollup.year}, ${plural(rollup.rows.length, rollup.level === "city" ? "district" : "street")}; ${plural(rollup.findings.length, "finding")} to check.`
    )
  );
  if (docxFile !== undefined)
    io.out(
      say(
        `已写入 Word 文件 ${path.resolve(docxFile)}`,
        `Wrote the Word file ${path.resolve(docxFile)}`
      )
    );
  for (const f of rollup.findings) {
    const place = findingPlace(f);
    const severity = f.severity === "error" ? say("错误", "error") : say("提示", "warning");
    const kind = lang === "zh-CN" ? kindWords(f) : kindWordsEn(f);
    io.out(
      `[${severity}] ${kind} ${place}${place && !place.endsWith("!") ? " " : ""}${messageOf(f)}`
    );
  }
  return rollup.findings.length ? EXIT.findings : EXIT.ok;
}
