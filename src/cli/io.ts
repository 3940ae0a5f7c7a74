/**
 * Where a command's words go, and how it fails. Commands write through an Io so tests run them in
 * process and read what they said; the real one is stdout/stderr. Exit codes: 0 done (check: clean),
 * 1 check found something, 2 the command could not do its job (bad arguments, unreadable input,
 * an output it will not write, no ledgers).
 */
export interface Io {
  /** Results: what a script pipes on (stdout). */
  out(line: string): void;
  /** Progress, notices and errors (stderr). */
  err(line: string): void;
}

export const EXIT = { ok: 0, findings: 1, failed: 2 } as const;

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A failure the command explains in both languages and ends with exit code 2. */
export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(`${zh}\n${en}`);
    this.name = "CliError";
  }
}

/** Wrong arguments: the message is followed by the command's usage. */
export class UsageError extends CliError {}

/** A size in words people read: 12.3 MB. */
export function sizeText(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** "1 finding", "3 findings": English needs the plural, Chinese does not. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}
