/**
 * The language the command line speaks to this user: Chinese unless the system locale (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them) is English. Messages carry both; this picks one.
 */
export type CliLanguage = "zh-CN" | "en-US";

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en-US" : "zh-CN";
}

/** The message of a pair in the user's language. */
export function inLanguage(text: { zh: string; en: string }, lang = cliLanguage()): string {
  return lang === "en-US" ? text.en : text.zh;
}
