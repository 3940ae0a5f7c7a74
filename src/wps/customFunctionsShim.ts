/**
 * The UNION.* wrappers of src/functions report a failure by throwing Office's CustomFunctions.Error.
 * WPS has no CustomFunctions global, so the WPS build gives it this small stand-in (only when none is
 * there): the same wrappers and the same core run in both hosts, and src/wps/customFunctions.ts turns
 * the thrown error into what a WPS cell shows.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CellError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message ?? code);
    this.name = "CellError";
  }
}

/** Installs the stand-in on `scope` unless Office's own CustomFunctions is there. */
export function installCustomFunctionsShim(scope: object = globalThis): void {
  const target = scope as { CustomFunctions?: unknown };
  if (target.CustomFunctions !== undefined) return;
  target.CustomFunctions = { Error: CellError, ErrorCode: ERROR_CODES };
}
