/**
 * `union-stats`: the add-in's engine on .xlsx files, for machines without Excel. One command per
 * file; this one picks the command and turns failures into a message and an exit code.
 */
import { OutputRefusedError, WorkbookFileError } from "../file/fileErrors";
import { CliError, EXIT, type Io, processIo, UsageError } from "./io";

export const USAGE = `工会统计助手 UnionStats 命令行 / command line

用法 / Usage: union-stats <命令 command> [选项 options]

  report <输入.xlsx>     生成报告草稿,写入新文件 / add the report draft sheet, written to a new file
  check <输入.xlsx>      检查台账数据,逐条列出问题 / list every check finding with sheet and cell
  template               生成标准台账工作簿 / write a workbook of the standard ledgers
  rollup <街道.xlsx|文件夹>… -o <区汇总.xlsx>
                         汇总各街道工作簿为区汇总工作簿 / roll the streets' workbooks up into a district workbook

每个命令加 --help 查看选项 / add --help to a command for its options, e.g. union-stats report --help`;

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
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
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
    io.err(`未知命令:${name}\nUnknown command: ${name}\n\n${USAGE}`);
    return EXIT.failed;
  }
  const command = await load();
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) io.err(`${e.message}\n\n${command.usage}`);
    else if (
      e instanceof CliError ||
      e instanceof WorkbookFileError ||
      e instanceof OutputRefusedError
    )
      io.err(e.message);
    else io.err(`出错了 / Failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.failed;
  }
}
