/**
 * A problem found in a ledger before its figures go upward. Positions are 0-based in the grid; the
 * message names the cell the way Excel does ("B7: …") so a clerk can go straight to it.
 */
import { zhPunctuation } from "../punctuation";

export type FindingCode =
  | "required-blank"
  | "not-a-number"
  | "negative"
  | "not-integer"
  | "unknown-flag"
  | "unknown-category"
  | "bad-date"
  | "placeholder"
  | "members-exceed-employees"
  | "part-exceeds-whole"
  | "row-sum-mismatch"
  | "total-mismatch"
  | "duplicate-name"
  | "rate-over-100"
  | "flag-conflict"
  | "implausible-small"
  | "implausible-large"
  | "unit-slip"
  | "far-cell"
  | "text-number"
  | "excel-limit"
  | "attendance-without-sessions"
  | "money-on-free-activity"
  | "date-outside-year"
  | "target-ledger-mismatch";

export interface Finding {
  sheet?: string;
  row: number;
  col: number;
  code: FindingCode;
  severity: "error" | "warning";
  message: string;
  messageEn?: string;
}

/** Every check, with its severity: the list the pane shows and the tests walk. */
export const FINDING_CODES: Record<
  FindingCode,
  { severity: "error" | "warning"; zh: string; en: string }
> = {
  "required-blank": { severity: "error", zh: "必填项为空", en: "Required value is blank" },
  "not-a-number": { severity: "error", zh: "数字列中有文字", en: "Text in a number column" },
  negative: { severity: "error", zh: "负数", en: "Negative value" },
  "not-integer": { severity: "error", zh: "人数不是整数", en: "Count is not a whole number" },
  "unknown-flag": { severity: "error", zh: "无法识别的是/否标记", en: "Unknown yes/no word" },
  "unknown-category": {
    severity: "warning",
    zh: "不在可选类别中",
    en: "Not one of the categories",
  },
  "bad-date": { severity: "warning", zh: "日期无法识别", en: "Unreadable date" },
  placeholder: { severity: "warning", zh: "模板占位符未替换", en: "Placeholder left in" },
  "members-exceed-employees": {
    severity: "error",
    zh: "会员人数大于职工人数",
    en: "Members exceed employees",
  },
  "part-exceeds-whole": { severity: "error", zh: "分项大于总数", en: "A part exceeds its whole" },
  "row-sum-mismatch": {
    severity: "error",
    zh: "本行合计与分项之和不符",
    en: "Row total differs from its parts",
  },
  "total-mismatch": {
    severity: "error",
    zh: "合计行与各行之和不符",
    en: "Totals row differs from the rows",
  },
  "duplicate-name": { severity: "warning", zh: "名称重复", en: "Duplicated name" },
  "rate-over-100": { severity: "error", zh: "比例超过100%", en: "Rate above 100%" },
  "flag-conflict": { severity: "error", zh: "是/否标记前后矛盾", en: "Contradictory flags" },
  "implausible-small": { severity: "warning", zh: "金额过小", en: "Implausibly small amount" },
  "implausible-large": { severity: "warning", zh: "数值过大", en: "Implausibly large value" },
  "unit-slip": { severity: "warning", zh: "疑似单位错误(元/万元)", en: "Possible unit slip" },
  "text-number": {
    severity: "error",
    zh: "以文本形式存储的数字",
    en: "Number stored as text",
  },
  "excel-limit": {
    severity: "warning",
    zh: "超出 Excel 的上限",
    en: "Beyond Excel's limits",
  },
  "attendance-without-sessions": {
    severity: "warning",
    zh: "有参加人次而无场次",
    en: "Attendance without sessions",
  },
  "money-on-free-activity": {
    severity: "warning",
    zh: "不涉及资金的活动填有金额",
    en: "Money on an activity type that costs nothing",
  },
  "date-outside-year": {
    severity: "warning",
    zh: "日期不在报告年度内",
    en: "Date outside the report year",
  },
  "target-ledger-mismatch": {
    severity: "warning",
    zh: "年度任务完成数与台账不符",
    en: "A task's result differs from the ledger",
  },
  "far-cell": {
    severity: "warning",
    zh: "远离台账的单元格有内容",
    en: "Content far from the ledger",
  },
};

/** The cell that opens a message ("H55: 合计行…", "A2: FALSE 不是数字"), followed by a Chinese colon. */
const OPENING_PLACE = /^([^\s:：]+): +/u;

export function finding(
  code: FindingCode,
  row: number,
  col: number,
  message: string,
  messageEn: string,
  sheet?: string
): Finding {
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    row,
    col,
    code,
    severity: FINDING_CODES[code].severity,
    message: zhPunctuation(message).replace(OPENING_PLACE, "$1："),
    messageEn,
  };
}
