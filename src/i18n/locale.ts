/** Which string table to use: Chinese first, English for English-speaking Office, Chinese otherwise. */
export type Locale = "zh-CN" | "en-US";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** "zh-CN", "zh-TW", "zh" → zh-CN; "en-US", "en-GB" → en-US; anything else (or nothing) → zh-CN. */
export function pickLocale(officeDisplayLanguage?: string): Locale {
  const tag = (officeDisplayLanguage ?? "").trim().toLowerCase();
  if (tag === "en" || tag.startsWith("en-") || tag.startsWith("en_")) return "en-US";
  return "zh-CN";
}
