export { enUS } from "./en-US";
export { LOCALES, type Locale, pickLocale } from "./locale";
export { STRINGS, StringsProvider, useLocale, useStrings } from "./strings";
export { type Strings, zhCN } from "./zh-CN";
