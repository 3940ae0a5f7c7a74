import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { enUS } from "./en-US";
import { type Locale } from "./locale";
import { type Strings, zhCN } from "./zh-CN";

export const STRINGS: Record<Locale, Strings> = { "zh-CN": zhCN, "en-US": enUS };

interface LocaleState {
  locale: Locale;
  strings: Strings;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({
  locale: "zh-CN",
  strings: zhCN,
  setLocale: () => undefined,
});

/** Holds the pane's language; the header's switch changes it. */
export function StringsProvider({
  initialLocale = "zh-CN",
  children,
}: {
  initialLocale?: Locale;
  children: ReactNode;
}) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const value = useMemo(() => ({ locale, strings: STRINGS[locale], setLocale }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The strings of the current language (Chinese outside a provider). */
export function useStrings(): Strings {
  return useContext(LocaleContext).strings;
}

/** The current language and the way to change it. */
export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useContext(LocaleContext);
  return { locale, setLocale };
}
