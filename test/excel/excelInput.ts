/**
 * What Excel stores when a string is written to Range.values, Range.formulas or Range.formulasLocal:
 * it reads the string as if the user had typed it into the cell. The fake applies this so that the
 * adapter's escaping of text (core/plan/cellInput.ts) is tested against Excel's behaviour, not against
 * a list kept next to the escaping itself.
 *
 * From Microsoft's documentation:
 *  - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
 *    Excel interprets this value as a formula."
 *    (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 *  - text that looks like a date becomes a date ("1/2" → 2-Jan) unless the cell is formatted as Text
 *    first or the entry starts with an apostrophe, which is not part of the value
 *    (https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8);
 *  - numbers lose their leading zeros ("001" → 1) and long ones go to scientific notation unless
 *    the cell is formatted as Text ("@") or the entry starts with an apostrophe
 *    (https://support.microsoft.com/office/keeping-leading-zeros-and-large-numbers-1bf7b935-36e1-4985-842f-5dfa51f85fe7).
 * The rest follows what Excel does when typing: TRUE/FALSE (any case) are booleans, "#N/A" and the
 * other error literals are error values, "50%", "1e3", "1,000", "(100)", "$5", "￥5" and "2024年1月2日"
 * are numbers (dates are day serials). A cell formatted "@" keeps any string as text, "=…" included.
 * Not modelled (no ledger text needs it): fractions like "1 1/2", locale-specific list separators.
 */
export type Entered =
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: string | number | boolean; error?: boolean; numberFormat?: string };

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** How Excel takes one entry written to a cell whose number format is `format`. */
export function excelInput(entry: string | number | boolean, format: string): Entered {
  if (typeof entry !== "string") return { kind: "value", value: entry };
  if (entry.startsWith("'")) return { kind: "value", value: entry.slice(1) };
  if (format === "@") return { kind: "value", value: entry };
  if (entry.startsWith("=") && entry.length > 1) return { kind: "formula", formula: entry };
  const trimmed = entry.trim();
  if (trimmed === "") return { kind: "value", value: entry };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: /^t/i.test(trimmed) };
  if (ERRORS.has(trimmed.toUpperCase()))
    return { kind: "value", value: trimmed.toUpperCase(), error: true };
  const number = asNumber(trimmed);
  if (number) return { kind: "value", ...number };
  const date = asDate(trimmed);
  if (date !== undefined) return { kind: "value", value: date, numberFormat: "yyyy/m/d" };
  const time = asTime(trimmed);
  if (time !== undefined) return { kind: "value", value: time, numberFormat: "h:mm" };
  // "+A1", "-B2", "@x": taken as formulas (a misspelt one is refused or shows #NAME?).
  if (/^[+\-@]./.test(trimmed)) return { kind: "formula", formula: `=${trimmed}` };
  return { kind: "value", value: entry };
}

function asNumber(text: string): { value: number; numberFormat?: string } | undefined {
  const match =
    /^(\()?([+-])?([$¥￥€£])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%)?(\))?$/.exec(
      text
    );
  if (!match) return undefined;
  const [, open, sign, currency, digits, exponent, percent, close] = match;
  if (Boolean(open) !== Boolean(close) || (open && sign)) return undefined;
  let value = Number(digits.replace(/,/g, "")) * 10 ** Number(exponent ?? 0);
  if (sign === "-" || open) value = -value;
  if (percent) return { value: value / 100, numberFormat: "0%" };
  if (currency) return { value, numberFormat: `${currency}#,##0.00` };
  if (digits.includes(",")) return { value, numberFormat: "#,##0" };
  return { value };
}

/** Day serial of a date (1900 system: 1 = 1900-01-01, with Excel's phantom 1900-02-29). */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function asDate(text: string): number | undefined {
  const year = new Date().getFullYear();
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const fullYear = (y: string) =>
    y.length <= 2 ? 2000 + Number(y) - (Number(y) >= 30 ? 100 : 0) : Number(y);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text))) return serial(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})[/-](\d{1,2})$/.exec(text))) return serial(+m[1], +m[2], 1);
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text)))
    return serial(fullYear(m[3]), +m[1], +m[2]);
  if ((m = /^(\d{1,2})[/-](\d{1,2})$/.exec(text))) return serial(year, +m[1], +m[2]);
  if ((m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(text)))
    return serial(+m[1], +m[2], m[3] ? +m[3] : 1);
  if ((m = /^(\d{1,2})月(\d{1,2})日$/.exec(text))) return serial(year, +m[1], +m[2]);
  if ((m = /^(\d{1,2})[-\s]([a-z]{3,9})(?:[-\s](\d{2}|\d{4}))?$/i.exec(text)) && month(m[2]))
    return serial(m[3] ? fullYear(m[3]) : year, month(m[2]), +m[1]);
  if ((m = /^([a-z]{3,9})[-\s](\d{1,2})(?:,?\s*(\d{4}))?$/i.exec(text)) && month(m[1]))
    return serial(m[3] ? +m[3] : year, month(m[1]), +m[2]);
  return undefined;
}

function asTime(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
  if (!m) return undefined;
  let hours = Number(m[1]);
  if (m[4]) hours = (hours % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}
