/**
 * `union-stats report`: the yearly report draft added to a copy of the workbook, as a sheet of live
 * formulas over its ledgers (saved with the values core computed, so any program shows them). The
 * input is streamed and its package copied part by part, so a large ledger never sits in memory whole.
 */
import { reportYear } from "../core/report/reportYear";
import { REPORT_USAGE } from "./usage";
import * as path from "path";
import { addReportSheets, draftFromWorkbook } from "../core/report/draftReport";
import { reportDocxBytes } from "../docx/docxBytes";
import { addSheetsToPackage } from "../file/addSheetsToPackage";
import { FileWorkbook } from "../file/fileWorkbook";
import { checkOutputFile, saveFileBytes } from "../file/nodeFiles";
import { parseArgs } from "./args";
import { sheetLabel } from "./sheetLabel";
import { type CliLang, cliLang, inLanguage, pick } from "./lang";
import { openWorkbookFile } from "../file/nodeFiles";
import { WorkbookFileError } from "../file/fileErrors";
import { SETTINGS } from "../core/settingsKeys";
import type { PreviousWorkbook } from "../core/report/previousWorkbook";
import { unreadablePrevious } from "../core/report/lastYear";
import { reportStatus } from "./reportStatus";
import { EXIT, type Io, plural, UsageError } from "./io";
import { noLedgers, printSettingProblems } from "./ledgerWorkbook";
import { streamWorkbook } from "./streamLedgers";
import { besideInput, checkOutputName, freshFileName } from "./outputName";
import { docxArgs, docxBeside } from "./docxArgs";

const SPECS = {
  output: { type: "string", short: "o" },
  year: { type: "string" },
  street: { type: "string" },
  force: { type: "boolean" },
  docx: { type: "string" },
  previous: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** How many findings the summary lists; `check` lists them all. */
const LISTED_FINDINGS = 10;

function parseYear(text: string): number {
  const year = reportYear(text);
  if (year === null)
    throw new UsageError(
      `年份无效：${text}（应为四位数字，如 2024）`,
      `Invalid year: ${text} (four digits, e.g. 2024)`
    );
  return year;
}

/**
 * Last year's workbook, read only (never written): a file that cannot be read is one sentence on
 * stderr, and the report goes on without 同比.
 */
async function readPrevious(
  file: string,
  io: Io,
  lang: CliLang
): Promise<PreviousWorkbook | undefined> {
  try {
    const host = await openWorkbookFile(file);
    const [sheets, ledgers] = await Promise.all([
      host.readSheets(),
      host.getSetting<unknown>(SETTINGS.ledgers),
    ]);
    return { source: path.basename(file), sheets, ledgers };
  } catch (e) {
    const reason =
      e instanceof WorkbookFileError
        ? e
        : {
            zh: e instanceof Error ? e.message.split("\n")[0] : String(e),
            en: e instanceof Error ? e.message.split("\n")[0] : String(e),
          };
    const n = unreadablePrevious(reason);
    io.err(pick(lang, `注意：${n.zh}`, `Note: ${n.en}`));
    return undefined;
  }
}

export async function reportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(docxArgs(argv), SPECS);
  const lang = cliLang(options.lang as string | undefined, process.env);
  const say = (zh: string, en: string) => pick(lang, zh, en);
  if (options.help) {
    io.out(inLanguage(REPORT_USAGE, lang));
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError("请给出一个输入工作簿（.xlsx）", "Give one input workbook (.xlsx)");
  const input = positionals[0];
  // Everything that can be refused is refused before the workbook is read.
  const yearOption = options.year === undefined ? undefined : parseYear(options.year as string);
  const explicit =
    options.output === undefined ? undefined : checkOutputName(options.output as string);
  const previousFile = options.previous as string | undefined;
  if (previousFile !== undefined && previousFile.trim() === "")
    throw new UsageError(
      "--previous 需要上年工作簿的文件名",
      "--previous needs last year's workbook"
    );
  // Last year's workbook is input too: never written over.
  const saveOptions = {
    protect: previousFile === undefined ? [input] : [input, previousFile],
    force: options.force === true,
  };
  if (explicit !== undefined) checkOutputFile(explicit, saveOptions);
  const docxOption = options.docx as string | undefined;
  const explicitDocx = docxOption ? checkOutputName(docxOption, ".docx") : undefined;
  if (explicitDocx !== undefined) checkOutputFile(explicitDocx, saveOptions);
  // Streamed, as check reads: peak memory follows the ledgers' cells, not ExcelJS's model of them.
  const workbook = await streamWorkbook(input, io, lang);
  const previous =
    previousFile === undefined ? undefined : await readPrevious(previousFile, io, lang);
  const made = draftFromWorkbook(workbook.sheets, workbook.saved, {
    year: yearOption,
    street: options.street as string | undefined,
    previous,
  });
  printSettingProblems(made.settingProblems, io, lang);
  if (!made.detections.length) throw noLedgers(input);
  // The same composer and sheet writer as the pane, into a workbook of the report's sheets alone.
  const sheetsOnly = FileWorkbook.create();
  const result = await addReportSheets(sheetsOnly, made);
  const { sheetNames, draft, formulas, year } = result;
  for (const n of [...result.yearNotices, ...result.previousNotices])
    io.err(say(`注意：${n.zh}`, `Note: ${n.en}`));

  const output = explicit ?? freshFileName(besideInput(input, "报告草稿"));
  if (workbook.large) io.err(say(`写入 ${output}…`, `Writing ${output}…`));
  // The input's parts copied as they are, the report's sheets added: nothing of the input is lost.
  const bytes = addSheetsToPackage(workbook.bytes, await sheetsOnly.toBuffer(), input);
  await saveFileBytes(bytes, output, saveOptions);

  let docxFile: string | undefined;
  if (docxOption !== undefined) {
    docxFile = explicitDocx ?? docxBeside(output);
    const bytes = await reportDocxBytes(draft, { exportedAt: new Date() });
    await saveFileBytes(bytes, docxFile, saveOptions);
  }

  const where = path.resolve(output);
  for (const line of reportStatus(result, lang)) io.out(line);
  io.out(
    say(
      `已写入 ${where}：工作表“${sheetNames.draft}”（正文）、“${sheetNames.data}”（数据）、“${sheetNames.checks}”（核对事项），${year}年，${formulas} 个公式。`,
      `Wrote ${where}: sheets "${sheetNames.draft}" (narrative), "${sheetNames.data}" (figures), "${sheetNames.checks}" (checks), year ${year}, ${plural(formulas, "formula")}.`
    )
  );
  if (docxFile !== undefined)
    io.out(
      say(
        `已写入 Word 文件 ${path.resolve(docxFile)}`,
        `Wrote the Word file ${path.resolve(docxFile)}`
      )
    );
  const errors = draft.findings.filter((f) => f.severity === "error").length;
  if (draft.findings.length)
    io.out(
      say(
        `数据核对发现 ${draft.findings.length} 处需要核实${errors ? `（其中 ${errors} 处错误）` : ""}，草稿已写入，报出前请处理：`,
        `The checks found ${plural(draft.findings.length, "finding")}${errors ? ` (${plural(errors, "error")})` : ""}; the draft is written, resolve them before sending it on:`
      )
    );
  for (const f of draft.findings.slice(0, LISTED_FINDINGS))
    io.out(
      `  ${sheetLabel(f.sheet ?? "")}!${lang === "zh-CN" ? f.message : (f.messageEn ?? f.message)}`
    );
  if (draft.findings.length > LISTED_FINDINGS) {
    const more = draft.findings.length - LISTED_FINDINGS;
    io.out(
      say(
        `  ……另有 ${more} 处，运行 union-stats check ${input} 查看全部`,
        `  …${more} more: run union-stats check ${input}`
      )
    );
  }
  return EXIT.ok;
}
