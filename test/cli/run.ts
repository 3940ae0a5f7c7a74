/** Runs the command line in process, as the bin script would, and keeps what it printed. */
import { main } from "../../src/cli/main";

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** The command line speaks the locale's language: tests run it in Chinese unless they say otherwise. */
process.env.LC_ALL = "zh_CN.UTF-8";

export async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
