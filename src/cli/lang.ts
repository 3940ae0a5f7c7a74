/**
 * The command line speaks one language: --lang zh-CN|en-US, else the system locale (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them: English when it starts with "en"), else Chinese.
 */
import { UsageError } from "./io";

export type CliLanguage = "zh-CN" | "en-US";
export type CliLang = CliLanguage;

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en-US" : "zh-CN";
}

/** --lang when given (checked), else the system locale. */
export function cliLang(option: string | undefined, env: NodeJS.ProcessEnv): CliLang {
  if (option !== undefined) {
    if (option === "zh-CN" || option === "en-US") return option;
    throw new UsageError(
      `--lang 应为 zh-CN 或 en-US：${option}`,
      `--lang takes zh-CN or en-US: ${option}`
    );
  }
  return cliLanguage(env);
}

/** The message of a pair in the user's language. */
export function inLanguage(text: { zh: string; en: string }, lang = cliLanguage()): string {
  return lang === "en-US" ? text.en : text.zh;
}

/** One of the two sentences, in the command's language. */
export const pick = (lang: CliLang, zh: string, en: string): string => (lang === "zh-CN" ? zh : en);
