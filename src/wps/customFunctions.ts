/**
 * UNION.* in WPS cells: the 16 functions of src/functions registered with wps.AddCustomFunction
 * under the namespace UNION, with the same ids (=UNION.ORGRATE(G2:G221) means the same in Excel and
 * in WPS) and their Chinese descriptions from functions.zh-CN.json.
 *
 * From Kingsoft's page on add-in custom functions (WPS 12.1.0.20540 and later; synchronous only;
 * ASCII names; parameter types string / number / bool / any, "[][]" for a 2-D array, "?" when
 * optional): https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html
 * and et-jsapi-declare's EtAddonRoot.AddCustomFunction.
 *
 * Error values: nothing in that page nor in the typings says how a function returns #VALUE! or
 * #DIV/0!. So a failure is returned as text that starts with the error code and says why, e.g.
 * "#DIV/0! 整体为 0,不能相除": the cell shows the reason at once, and a formula that computes with
 * it gets #VALUE! from WPS itself. ISERROR() does not see it as an error (docs/deploy-wps.md).
 */
import zhCN from "../functions/functions.zh-CN.json";
import * as union from "../functions/functions";
import { CellError, installCustomFunctionsShim } from "./customFunctionsShim";

export const NAMESPACE = "UNION";

type Wrapper = (...args: any[]) => unknown;

/** Each id of the public contract and the wrapper Excel runs for it (src/functions/functions.ts). */
export const WRAPPERS: Record<string, Wrapper> = {
  RATE: union.rateOf,
  ORGRATE: union.orgRateOf,
  MEMBERRATE: union.memberRateOf,
  COVERAGE: union.coverageOf,
  QUOTA: union.quotaOf,
  FUND: union.fundOf,
  SHARE: union.shareOfAmount,
  SPLIT: union.splitOf,
  BASE: union.baseOf,
  DUES: union.duesOf,
  PREMIUM: union.premiumOf,
  ENROLRATE: union.enrolRateOf,
  CHECKSUM: union.checksumOf,
  PCT: union.pctOf,
  WAN: union.wanOf,
  QUOTATEXT: union.quotaTextOf,
};

interface ZhParameter {
  name: string;
  description: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}

interface ZhFunction {
  id: string;
  name: string;
  description: string;
  parameters: ZhParameter[];
  result: { type: string; dimensionality?: string };
}

export interface WpsFunctionMetadata {
  description: string;
  result: { type: string };
  parameters: Array<{ name: string; type: string; description: string }>;
}

/** Office's type words in WPS's spelling: boolean → bool, a matrix → "[][]", optional → "?". */
function wpsType(type: string, matrix: boolean, optional = false): string {
  const word = type === "boolean" ? "bool" : type;
  return `${word}${matrix ? "[][]" : ""}${optional ? "?" : ""}`;
}

export function wpsMetadata(f: ZhFunction): WpsFunctionMetadata {
  return {
    description: `${f.name}:${f.description}`,
    result: { type: wpsType(f.result.type, f.result.dimensionality === "matrix") },
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: wpsType(p.type, p.dimensionality === "matrix", p.optional),
      description: p.description,
    })),
  };
}

/**
 * An argument as core expects it. A range WPS hands over is a 2-D array; a single cell given where
 * a range is declared may come as a bare value, and a row as a 1-D array: both become a 2-D array.
 * A blank cell or an omitted argument (undefined or null) is left to core, which skips blanks.
 */
export function argumentFor(value: unknown, matrix: boolean): unknown {
  if (!matrix || value === undefined || value === null) return value ?? undefined;
  if (!Array.isArray(value)) return [[value]];
  return value.length > 0 && !Array.isArray(value[0]) ? [value] : value;
}

/** What a cell shows for a failure: the error code and the reason, as text. */
export function failureText(error: unknown): string {
  if (error instanceof CellError) {
    // Excel shows no message on #DIV/0!, so src/functions passes its reason as `detail`; WPS shows it.
    const reason =
      error.message && error.message !== error.code
        ? error.message
        : (error as { detail?: unknown }).detail;
    return typeof reason === "string" && reason !== "" ? `${error.code} ${reason}` : error.code;
  }
  return `#VALUE! ${error instanceof Error ? error.message : String(error)}`;
}

/** The function WPS calls for one id: arguments shaped, the Excel wrapper run, a failure made text. */
export function wpsFunction(f: ZhFunction): (...args: unknown[]) => unknown {
  const wrapper = WRAPPERS[f.id];
  const matrix = f.parameters.map((p) => p.dimensionality === "matrix");
  return (...args: unknown[]) => {
    try {
      const shaped = f.parameters.map((_, i) => argumentFor(args[i], matrix[i]));
      return wrapper(...shaped);
    } catch (error) {
      return failureText(error);
    }
  };
}

export interface WpsFunctionRegistry {
  AddCustomFunction(
    namespace: string,
    name: string,
    callback: (...args: unknown[]) => unknown,
    metadata: WpsFunctionMetadata
  ): void;
}

/** Registers every UNION.* function with WPS; returns the ids registered. */
export function registerCustomFunctions(wps: WpsFunctionRegistry): string[] {
  installCustomFunctionsShim();
  const functions = zhCN.functions as ZhFunction[];
  for (const f of functions) {
    if (!WRAPPERS[f.id]) throw new Error(`UNION.${f.id} 没有对应的函数实现`);
    wps.AddCustomFunction(NAMESPACE, f.id, wpsFunction(f), wpsMetadata(f));
  }
  return functions.map((f) => f.id);
}
