import { basicValueOf, isBlank, isDataTypeRecord } from "./grid";
import { valueError } from "./errors";
import { type Where, whereText } from "./position";

/**
 * Yes/no flags as real ledgers write them. Blank is "not recorded" (null), which is not 否.
 * Words are matched after trimming and upper-casing, so "yes", " Y " and "TRUE" all read as yes.
 */
const YES = ["是", "已建", "已建会", "有", "√", "✓", "✔", "Y", "YES", "TRUE", "1"];
const NO = ["否", "未建", "未建会", "无", "×", "✗", "✘", "N", "NO", "FALSE", "0"];

const WORDS = new Map<string, boolean>([
  ...YES.map((w) => [w, true] as const),
  ...NO.map((w) => [w, false] as const),
]);

export const FLAG_YES_WORDS: readonly string[] = YES;
export const FLAG_NO_WORDS: readonly string[] = NO;

/** A flag cell as true, false, null for blank, or "unknown" for a word that is no flag. */
export function flagValue(value: unknown): boolean | null | "unknown" {
  if (typeof value === "string") {
    // Most cells hold a word exactly ("是"): look it up before trimming and upper-casing.
    const flag = WORDS.get(value) ?? WORDS.get(value.trim().toUpperCase());
    if (flag !== undefined) return flag;
  }
  if (isBlank(value)) return null;
  if (typeof value === "boolean") return value;
  if (value === 1) return true;
  if (value === 0) return false;
  return "unknown";
}

/** Reads a flag cell: true, false, or null for blank. Anything else is #VALUE! naming the cell. */
export function readFlag(value: unknown, at: Where): boolean | null {
  const flag = flagValue(value);
  if (flag !== "unknown") return flag;
  const where = whereText(at);
  const prefix = where ? `${where}: ` : "";
  if (typeof value === "object" && value !== null) {
    const basic = basicValueOf(value);
    if (basic !== value) return readFlag(basic, at);
    if (isDataTypeRecord(value))
      throw valueError(`${prefix}单元格是数据类型（如实体），不是是/否标记`);
    throw valueError(`${prefix}单元格含错误值`);
  }
  throw valueError(
    `${prefix}'${String(value)}' 不是是/否标记（可填 是/否、已建/未建、有/无、√/×、Y/N、1/0）`
  );
}
