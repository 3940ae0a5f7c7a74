import { CalcError } from "../core/errors";

/**
 * Turns a failure into the error a cell shows. Core's CalcError carries the kind (#VALUE! or
 * #DIV/0!) and a message naming the cell; anything else is a defect, shown as #VALUE! with its
 * message rather than thrown past Excel. Excel shows a custom message only on #VALUE! and #N/A
 * ("Handle and return errors from your custom function",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), so #DIV/0! and #NUM!
 * carry none: the pane's 数据核对 names the cells behind a zero base.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CalcError) {
    if (error.kind !== "div0")
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    // The reason rides along as `detail` for hosts that show text in the cell (WPS: src/wps/customFunctions.ts).
    return Object.assign(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero), {
      detail: error.message,
    });
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
  // 1e300 ÷ 1e-10 overflows to Infinity: #NUM!, as Excel's own arithmetic gives (no message: see above).
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw Object.assign(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber), {
      detail: "结果超出Excel可表示的数值范围",
    });
  }
  return result;
}
