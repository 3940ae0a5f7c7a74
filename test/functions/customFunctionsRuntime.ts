/**
 * Stands in for Excel's `CustomFunctions` runtime global, which only exists inside Excel: an Error
 * class carrying an error code and message, as src/functions throws it. Imported before the
 * functions module so the wrappers run exactly as they would in Excel.
 */
export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    // Excel shows a custom message only on #VALUE! and #N/A ("Handle and return errors from your custom
    // function"): a message on any other code is a mistake the stand-in refuses.
    if (message !== undefined && code !== "#VALUE!" && code !== "#N/A")
      throw new Error(
        `CustomFunctions.Error: a message is shown only on #VALUE! and #N/A, not ${code}`
      );
    super(message);
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
};
