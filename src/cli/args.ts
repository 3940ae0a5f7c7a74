/**
 * A small argument parser, enough for three commands: positionals, `--name value`, `--name=value`,
 * `-o value`, boolean flags, and `--` to end options. Anything it does not know is an error, so a
 * typo never runs a command with a setting silently dropped.
 */
import { UsageError } from "./io";

export interface OptionSpec {
  type: "string" | "boolean";
  /** One-letter alias: "o" for -o. */
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs["options"] = {};
  const byShort = new Map(
    Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : []))
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = /^-([A-Za-z])$/.exec(arg);
    if (!long && !short) {
      positionals.push(arg);
      continue;
    }
    const name = long ? long[1] : byShort.get(short![1]);
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || !spec)
      throw new UsageError(`未知选项：${arg}`, `Unknown option: ${arg}`);
    if (spec.type === "boolean") {
      if (long?.[2] !== undefined)
        throw new UsageError(`选项 --${name} 不带值`, `Option --${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = long?.[2] ?? argv[++i];
    if (
      value === undefined ||
      (long?.[2] === undefined && value.startsWith("-") && value !== "-")
    ) {
      throw new UsageError(`选项 ${arg} 需要一个值`, `Option ${arg} needs a value`);
    }
    options[name] = value;
  }
  return { positionals, options };
}
