/**
 * `union-stats`: the add-in's engine on .xlsx files, for machines without Excel. One command per
 * file; this one picks the command and turns failures into a message and an exit code.
 */
import { OutputRefusedError, WorkbookFileError } from "../file/fileErrors";
import { CliError, EXIT, type Io, processIo, UsageError } from "./io";
import { type CliLanguage, cliLanguage, inLanguage } from "./lang";
import {
  CHECK_USAGE,
  MAIN_USAGE,
  REPORT_USAGE,
  ROLLUP_USAGE,
  TEMPLATE_USAGE,
  type Usage,
} from "./usage";
import { terminalSafe } from "./terminalText";

interface Command {
  run(argv: readonly string[], io: Io): Promise<number>;
  usage: Usage;
}

/** The language of the usage and of a failure: --lang when the command line gives a valid one, else the locale. */
function languageOf(argv: readonly string[]): CliLanguage {
  for (let i = 0; i < argv.length; i++) {
    const given = argv[i] === "--lang" ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
    if (given === "zh-CN" || given === "en-US") return given;
  }
  return cliLanguage();
}

/** Loaded on demand: the top-level usage and a mistyped command answer without loading ExcelJS and core. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  report: async () => {
    const m = await import("./report");
    return { run: m.reportCommand, usage: REPORT_USAGE };
  },
  check: async () => {
    const m = await import("./check");
    return { run: m.checkCommand, usage: CHECK_USAGE };
  },
  rollup: async () => {
    const m = await import("./rollup");
    return { run: m.rollupCommand, usage: ROLLUP_USAGE };
  },
  template: async () => {
    const m = await import("./template");
    return { run: m.templateCommand, usage: TEMPLATE_USAGE };
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
  const lang = languageOf(argv);
  const usage = inLanguage(MAIN_USAGE, lang);
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(usage);
    return EXIT.ok;
  }
  if (name === undefined) {
    io.err(usage);
    return EXIT.failed;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    const unknown = { zh: `未知命令：${name}`, en: `Unknown command: ${name}` };
    io.err(`${inLanguage(unknown, lang)}\n\n${usage}`);
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
    io.err(failureText(e, name, command.usage, lang));
    if (debug && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.failed;
  }
}

/**
 * One sentence in the user's language for any failure: what the user can fix names the path and what
 * to do; anything else is this tool's fault, said so without a stack (that needs --debug).
 */
function failureText(e: unknown, name: string, usage: Usage, lang: CliLanguage): string {
  if (e instanceof UsageError) return `${inLanguage(e, lang)}\n\n${inLanguage(usage, lang)}`;
  if (e instanceof CliError || e instanceof WorkbookFileError || e instanceof OutputRefusedError)
    return inLanguage(e, lang);
  const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return inLanguage(
    {
      zh: `出错了：union-stats ${name} 未能完成（${detail}）。这是本工具的问题，请加 --debug 重新运行，并把输出发给维护者。`,
      en: `Failed: union-stats ${name} could not finish (${detail}). This is a fault in this tool: run it again with --debug and send the output to the maintainers.`,
    },
    lang
  );
}
