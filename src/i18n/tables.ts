import { enUS } from "./en-US";
import type { Locale } from "./locale";
import { type Strings, zhCN } from "./zh-CN";

/** Both tables at once, for checks over every table (the pane loads English on demand: strings.tsx). */
export const STRINGS: Record<Locale, Strings> = { "zh-CN": zhCN, "en-US": enUS };
