import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { type Locale } from "./locale";
import { type Strings, zhCN } from "./zh-CN";

/** The tables loaded so far: Chinese always; English when first wanted (not part of the first paint). */
const TABLES: Partial<Record<Locale, Strings>> = { "zh-CN": zhCN };

/** Loads a language's table if it is not loaded yet (index.tsx waits for the starting one). */
export async function loadStrings(locale: Locale): Promise<void> {
  if (TABLES[locale]) return;
  if (locale === "en-US")
    TABLES["en-US"] = (await import(/* webpackChunkName: "strings-en" */ "./en-US")).enUS;
}

/** Registers a table already at hand (tests, which import both). */
export function addStrings(locale: Locale, table: Strings): void {
  TABLES[locale] = table;
}

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

/** Holds the pane's language; the header's switch changes it (once that language's table is loaded). */
export function StringsProvider({
  initialLocale = "zh-CN",
  children,
}: {
  initialLocale?: Locale;
  children: ReactNode;
}) {
  const [locale, setShown] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    if (TABLES[next]) setShown(next);
    else void loadStrings(next).then(() => setShown(next));
  }, []);
  const value = useMemo(
    () => ({ locale, strings: TABLES[locale] ?? zhCN, setLocale }),
    [locale, setLocale]
  );
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
