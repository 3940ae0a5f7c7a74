import { CalcError } from "../core/errors";

/**
 * Turns a failure into the error a cell shows. Core's CalcError carries the kind (#VALUE! or
 * #DIV/0!) and a message naming the cell; anything else is a defect, shown as #VALUE! with its
 * message rather than thrown past Excel.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CalcError) {
    const code =
      error.kind === "div0"
        ? CustomFunctions.ErrorCode.divisionByZero
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `计算出错: ${message}`);
}

/** Runs a calculation; a failure becomes the cell's error value, and so does a result Excel cannot hold. */
export function calculate<T>(compute: () => T): T {
  let result: T;
  try {
    result = compute();
  } catch (error) {
    throw toExcelError(error);
  }
  // 1e300 ÷ 1e-10 overflows to Infinity, which Excel shows as #NUM!: say why.
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidNumber,
      "结果超出Excel可表示的数值范围"
    );
  }
  return result;
}
