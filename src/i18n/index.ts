export { enUS } from "./en-US";
export { LOCALES, type Locale, pickLocale } from "./locale";
export { addStrings, loadStrings, StringsProvider, useLocale, useStrings } from "./strings";
export { STRINGS } from "./tables";
export { type Strings, zhCN } from "./zh-CN";
