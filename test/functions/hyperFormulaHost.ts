/**
 * A real formula engine standing in for Excel: every UNION.* function is registered in HyperFormula
 * under its English id, from the generated metadata, and called the way Excel calls it: ranges as
 * 2-D arrays with blank cells as "", omitted optional arguments as null, errors thrown as
 * CustomFunctions.Error becoming the cell's error with its message.
 */
import "./customFunctionsRuntime";
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import * as functions from "../../src/functions/functions";
import { CustomFunctionsError } from "./customFunctionsRuntime";
import type { FunctionMeta } from "./metadata";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

/** An engine value as Excel would hand it to a custom function. */
function toExcelValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return "";
  if (value instanceof CellError) return { errorType: value.type }; // Excel passes error objects inside ranges
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val;
  return value;
}

function toExcelArgument(arg: unknown, meta: FunctionMeta["parameters"][number]): unknown {
  if (arg === undefined) return null;
  if (arg instanceof SimpleRangeValue) {
    const grid = arg.data.map((row) => row.map(toExcelValue));
    return meta.dimensionality === "matrix" ? grid : grid[0][0];
  }
  const scalar = toExcelValue(arg);
  return meta.dimensionality === "matrix" ? [[scalar]] : scalar;
}

function fromExcelResult(result: unknown): unknown {
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as (number | string)[][]);
  return result;
}

function toCellError(error: unknown): CellError {
  if (error instanceof CustomFunctionsError) return new CellError(ERROR_TYPES[error.code] ?? ErrorType.VALUE, error.message);
  throw error; // anything else escaped the wrapper: a defect the test must see
}

/** Builds a HyperFormula instance with UNION.* registered from the metadata. */
export function buildEngine(metadata: FunctionMeta[], associate: Array<{ id: string; functionName: string }>, sheets: Record<string, unknown[][]>): HyperFormula {
  const byId = new Map(associate.map((a) => [a.id, (functions as Record<string, (...args: unknown[]) => unknown>)[a.functionName]]));
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};

  class UnionPlugin extends FunctionPlugin {}
  const proto = UnionPlugin.prototype as unknown as Record<string, unknown>;

  for (const meta of metadata) {
    const fn = byId.get(meta.id);
    if (!fn) throw new Error(`no implementation associated with ${meta.id}`);
    const name = `UNION.${meta.id}`;
    const method = `call_${meta.id}`;
    implemented[name] = {
      method,
      parameters: meta.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
      vectorizationForbidden: true,
      ...(meta.result.dimensionality === "matrix" ? { sizeOfResultArrayMethod: `size_${meta.id}` } : {}),
    };
    translations[name] = name;
    proto[method] = function (this: FunctionPlugin & { runFunction: FunctionPlugin["runFunction"] }, ast: { args: unknown[] }, state: unknown) {
      return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(ast.args, state, (this as unknown as { metadata: (n: string) => unknown }).metadata(name), (...args: unknown[]) => {
        try {
          const excelArgs = meta.parameters.map((p, i) => toExcelArgument(args[i], p));
          return fromExcelResult(fn(...excelArgs));
        } catch (error) {
          return toCellError(error);
        }
      });
    };
    // Spilled results: COVERAGE is one row of two; SPLIT is one row with a part per ratio cell.
    proto[`size_${meta.id}`] = function (this: unknown, ast: { args: unknown[] }, state: unknown) {
      if (meta.id === "COVERAGE") return new ArraySize(2, 1);
      const ratios = (this as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize }).arraySizeForAst(ast.args[1], state);
      return new ArraySize(ratios.width * ratios.height, 1);
    };
  }
  (UnionPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;

  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("UNION.RATE")) HyperFormula.unregisterFunctionPlugin(UnionPlugin);
  HyperFormula.registerFunctionPlugin(UnionPlugin, { enGB: translations });
  return HyperFormula.buildFromSheets(sheets as Record<string, never>, { licenseKey: "gpl-v3" });
}
