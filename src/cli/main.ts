/**
 * `union-stats`: the add-in's engine on .xlsx files, for machines without Excel. One command per
 * file; this one picks the command and turns failures into a message and an exit code.
 */
import { OutputRefusedError, WorkbookFileError } from "../file/fileErrors";
import { CliError, EXIT, type Io, processIo, UsageError } from "./io";
import { inLanguage } from "./lang";
import { terminalSafe } from "./terminalText";

export const USAGE = `工会统计助手 UnionStats 命令行 / command line

用法 / Usage: union-stats <命令 command> [选项 options]

  report <输入.xlsx>     生成报告草稿,写入新文件 / add the report draft sheet, written to a new file
  check <输入.xlsx>      检查台账数据,逐条列出问题 / list every check finding with sheet and cell
  template               生成标准台账工作簿 / write a workbook of the standard ledgers
  rollup <街道.xlsx|文件夹>… -o <区汇总.xlsx>
                         汇总各街道工作簿为区汇总工作簿 / roll the streets' workbooks up into a district workbook

每个命令加 --help 查看选项 / add --help to a command for its options, e.g. union-stats report --help
出错时加 --debug 显示详细信息 / add --debug to see the details of a failure`;

interface Command {
  run(argv: readonly string[], io: Io): Promise<number>;
  usage: string;
}

/** Loaded on demand: the top-level usage and a mistyped command answer without loading ExcelJS and core. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  report: async () => {
    const m = await import("./report");
    return { run: m.reportCommand, usage: m.REPORT_USAGE };
  },
  check: async () => {
    const m = await import("./check");
    return { run: m.checkCommand, usage: m.CHECK_USAGE };
  },
  rollup: async () => {
    const m = await import("./rollup");
    return { run: m.rollupCommand, usage: m.ROLLUP_USAGE };
  },
  template: async () => {
    const m = await import("./template");
    return { run: m.templateCommand, usage: m.TEMPLATE_USAGE };
  },
};

/** Runs one command line; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], given: Io = processIo): Promise<number> {
  // Everything said goes through one escaping step: text from a workbook never drives the terminal.
  const io: Io = {
    out: (line) => given.out(terminalSafe(line)),
    err: (line) => given.err(terminalSafe(line)),
  };
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (name === undefined) {
    io.err(USAGE);
    return EXIT.failed;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`未知命令：${name}\nUnknown command: ${name}\n\n${USAGE}`);
    return EXIT.failed;
  }
  const command = await load();
  // --debug anywhere before "--" adds the stack to a failure; it is no command's option.
  const end = rest.indexOf("--");
  const options = end < 0 ? rest : rest.slice(0, end);
  const debug = options.includes("--debug");
  const args = debug
    ? [...options.filter((a) => a !== "--debug"), ...rest.slice(options.length)]
    : rest;
  try {
    return await command.run(args, io);
  } catch (e) {
    io.err(failureText(e, name, command.usage));
    if (debug && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.failed;
  }
}

/**
 * One sentence in the user's language for any failure: what the user can fix names the path and what
 * to do; anything else is this tool's fault, said so without a stack (that needs --debug).
 */
function failureText(e: unknown, name: string, usage: string): string {
  if (e instanceof UsageError) return `${inLanguage(e)}\n\n${usage}`;
  if (e instanceof CliError || e instanceof WorkbookFileError || e instanceof OutputRefusedError)
    return inLanguage(e);
  const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return inLanguage({
    zh: `出错了：union-stats ${name} 未能完成（${detail}）。这是本工具的问题，请加 --debug 重新运行，并把输出发给维护者。`,
    en: `Failed: union-stats ${name} could not finish (${detail}). This is a fault in this tool: run it again with --debug and send the output to the maintainers.`,
  });
}
