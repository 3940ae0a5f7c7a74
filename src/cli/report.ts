/**
 * `union-stats report`: the yearly report draft added to a copy of the workbook, as a sheet of live
 * formulas over its ledgers (saved with the values core computed, so any program shows them).
 */
import { reportYear } from "../core/report/reportYear";
import * as path from "path";
import { draftReport } from "../core/report/draftReport";
import { SETTINGS } from "../core/settingsKeys";
import { checkOutputFile, saveWorkbookFile } from "../file/nodeFiles";
import { parseArgs } from "./args";
import { sheetLabel } from "./sheetLabel";
import { EXIT, type Io, plural, UsageError } from "./io";
import { noLedgers, openInput, printNotices, printSettingProblems } from "./ledgerWorkbook";
import { besideInput, checkOutputName, freshFileName } from "./outputName";

export const REPORT_USAGE = `用法 / Usage: union-stats report <输入.xlsx> [-o <输出.xlsx>] [--year 年份] [--street 街道名称] [--force]

识别工作簿中的台账,在副本中加一张"报告草稿"工作表(数字均为公式,随台账更新),写入新文件;输入文件不会被改动。
Finds the ledgers in a workbook and writes a copy with a "报告草稿" (report draft) sheet of live formulas; the input is never changed.

  -o, --output <文件>   输出文件(默认:输入文件旁的 <输入>-报告草稿.xlsx,已存在时另取新名)
                        output file (default: <input>-报告草稿.xlsx beside the input, a new name if that exists)
  --year <年份>         报告年份(默认:工作簿中保存的年份,否则今年) / report year (default: saved in the workbook, else this year)
  --street <名称>       街道名称,用于标题(默认:工作簿中保存的名称) / street name for the title (default: saved in the workbook)
  --force               -o 指定的文件已存在时覆盖它 / replace the -o file if it exists
  -h, --help            显示本说明 / show this help`;

const SPECS = {
  output: { type: "string", short: "o" },
  year: { type: "string" },
  street: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** How many findings the summary lists; `check` lists them all. */
const LISTED_FINDINGS = 10;

function parseYear(text: string): number {
  const year = reportYear(text);
  if (year === null)
    throw new UsageError(
      `年份无效:${text}(应为四位数字,如 2024)`,
      `Invalid year: ${text} (four digits, e.g. 2024)`
    );
  return year;
}

export async function reportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, SPECS);
  if (options.help) {
    io.out(REPORT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError("请给出一个输入工作簿(.xlsx)", "Give one input workbook (.xlsx)");
  const input = positionals[0];
  // Everything that can be refused is refused before the workbook is read.
  const yearOption = options.year === undefined ? undefined : parseYear(options.year as string);
  const explicit =
    options.output === undefined ? undefined : checkOutputName(options.output as string);
  const saveOptions = { protect: [input], force: options.force === true };
  if (explicit !== undefined) checkOutputFile(explicit, saveOptions);
  const host = await openInput(input, io);
  // Resolved here as draftReport would (option, saved, this year), so the summary can name it.
  // A saved year is input too: it passes the one report-year rule or is not used.
  const year =
    yearOption ?? reportYear(await host.getSetting(SETTINGS.year)) ?? new Date().getFullYear();
  // The same steps as the ribbon's one-click report: read, find the ledgers, compose, add the sheet.
  const { sheetNames, draft, formulas, ledgers, settingProblems } = await draftReport(host, {
    year,
    street: options.street as string | undefined,
  });
  printNotices(host, io);
  printSettingProblems(settingProblems, io);
  if (!ledgers.length) throw noLedgers(input);

  const output = explicit ?? freshFileName(besideInput(input, "报告草稿"));
  if (host.large) io.err(`写入 ${output}… / Writing ${output}…`);
  await saveWorkbookFile(host, output, saveOptions);

  const where = path.resolve(output);
  io.out(`识别到的台账 / Ledgers found: ${ledgers.join("、")}`);
  io.out(
    `已写入 ${where}:工作表"${sheetNames.draft}"(正文)、"${sheetNames.data}"(数据)、"${sheetNames.checks}"(核对事项),${year}年,${formulas} 个公式;数据核对发现 ${draft.findings.length} 处需要核实。`
  );
  io.out(
    `Wrote ${where}: sheets "${sheetNames.draft}" (narrative), "${sheetNames.data}" (figures), "${sheetNames.checks}" (checks), year ${year}, ${plural(formulas, "formula")}; ${plural(draft.findings.length, "finding")} to check.`
  );
  for (const f of draft.findings.slice(0, LISTED_FINDINGS))
    io.out(`  ${sheetLabel(f.sheet ?? "")}!${f.message}`);
  if (draft.findings.length > LISTED_FINDINGS) {
    io.out(
      `  ……另有 ${draft.findings.length - LISTED_FINDINGS} 处,运行 union-stats check ${input} 查看全部 / ${draft.findings.length - LISTED_FINDINGS} more: run union-stats check`
    );
  }
  return EXIT.ok;
}
