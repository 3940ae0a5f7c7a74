/**
 * A calculation that cannot give a figure. `kind` maps to the spreadsheet error the user sees:
 * "value" → #VALUE!, "div0" → #DIV/0!. The message is for the user, in Chinese, and names the
 * cell or field at fault ("第7行: '约20' 不是数字").
 */
export type CalcErrorKind = "value" | "div0";

export class CalcError extends Error {
  constructor(
    readonly kind: CalcErrorKind,
    message: string
  ) {
    super(message);
    this.name = "CalcError";
  }
}

export function valueError(message: string): CalcError {
  return new CalcError("value", message);
}

export function divZeroError(message: string): CalcError {
  return new CalcError("div0", message);
}
