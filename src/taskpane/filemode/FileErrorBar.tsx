import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLocale, useStrings } from "../../i18n";
import { messageOf } from "../shared/numbers";

/** What the file host's WorkbookFileError carries (read by shape: the file host loads on demand). */
interface FileProblem {
  zh: string;
  en: string;
  detail?: string;
}

function isFileProblem(error: unknown): error is FileProblem {
  const e = error as Partial<FileProblem> | null;
  return typeof e?.zh === "string" && typeof e?.en === "string";
}

/**
 * Why a file did not open, once, in the user's language: the message names the file and says what
 * to do; what the parser said is kept behind 详细信息 (never dropped, never in the way).
 */
export function fileErrorParts(
  error: unknown,
  locale: "zh-CN" | "en-US",
  fileName: string,
  fallback: (file: string) => string
): { message: string; detail?: string } {
  if (isFileProblem(error)) {
    const detail = error.detail || undefined;
    // The English text carries the parser's words in brackets: they go to the disclosure.
    const en =
      detail && error.en.endsWith(` (${detail})`)
        ? error.en.slice(0, -detail.length - 3)
        : error.en;
    return { message: locale === "zh-CN" ? error.zh : en, detail };
  }
  return { message: fallback(fileName), detail: messageOf(error) };
}

export function FileErrorBar({ error, fileName }: { error: unknown; fileName: string }) {
  const t = useStrings();
  const { locale } = useLocale();
  const { message, detail } = fileErrorParts(error, locale, fileName, t.fileUnreadable);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.fileOpenFailed}</MessageBarTitle>
        {message}
        {detail && (
          <details>
            <summary>{t.details}</summary>
            <span lang="en">{detail}</span>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
