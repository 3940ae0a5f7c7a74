/**
 * A static rule for the draft's formulas: an expression over a range (an array) is evaluated only
 * inside SUMPRODUCT, which every engine evaluates as an array without array entry. SUM(--(range=…))
 * is a #VALUE! in Excel 2019 without Ctrl+Shift+Enter, in WPS and in LibreOffice. A range may stand
 * alone as an argument of the functions that take ranges (SUM(range)).
 */
const RANGE_FUNCTIONS = new Set(["SUM", "COUNTA", "COUNTIF", "COUNTIFS", "SUMIF", "SUMIFS", "MAX", "MIN"]);
const RANGE = /^(?:'(?:[^']|'')+'!|[A-Za-z0-9_]+!)?\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/;

/** The ranges of a formula used as arrays outside SUMPRODUCT, with the functions around each. */
export function arrayUsesOutsideSumproduct(formula: string): string[] {
  const bad: string[] = [];
  const stack: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal: "" inside it is a quote.
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"')) i += formula[i] === '"' ? 2 : 1;
      i++;
      continue;
    }
    const range = RANGE.exec(formula.slice(i));
    if (range && (i === 0 || /[(,+\-*/=<>&^ {;:]/.test(formula[i - 1]))) {
      const before = formula[i - 1];
      const after = formula[i + range[0].length];
      const alone = (before === "(" || before === ",") && (after === ")" || after === ",");
      const inSumproduct = stack.includes("SUMPRODUCT");
      if (!inSumproduct && !(alone && RANGE_FUNCTIONS.has(stack[stack.length - 1] ?? ""))) {
        bad.push(`${range[0]} in ${stack.join(">") || "(top)"}`);
      }
      i += range[0].length;
      continue;
    }
    const call = /^([A-Z][A-Z0-9.]*)\(/.exec(formula.slice(i));
    if (call && (i === 0 || !/[A-Za-z0-9_.]/.test(formula[i - 1]))) {
      stack.push(call[1]);
      i += call[0].length;
      continue;
    }
    if (ch === "(") stack.push("");
    if (ch === ")") stack.pop();
    i++;
  }
  return bad;
}
