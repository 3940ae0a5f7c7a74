/* global Office */
import zhCN from "../functions/functions.zh-CN.json";
import { callsUnionFunction, renameUnionCalls } from "../core/plan/functionNames";
import type { CellInput } from "../core/plan/cellInput";

/**
 * Which names of the UNION.* functions Excel has loaded, and how the pane must write formulas that
 * call them.
 *
 * manifest.xml gives the functions metadata as a DefaultValue (functions.zh-CN.json, the Chinese names)
 * with one en-US Override (functions.json, names = ids). Office takes the Override whose Locale is the
 * display language, else the DefaultValue ("Localization for Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/develop/localization;
 * "Custom functions naming and localization",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming).
 *
 * Once the Chinese names are loaded, a formula written through Range.formulas with the English id
 * shows #NAME? (OfficeDev/office-js#891, a product bug closed without a fix). So under those names the
 * pane writes through Range.formulasLocal with the Chinese names
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulaslocal-member):
 * Chinese Excel keeps English names for its built-in functions and the comma as list separator, so the
 * rest of the formula reads the same there.
 */
export type FunctionNames = "zh-CN" | "en-US";

/** The metadata Excel loads for this display language, by the manifest's Override rule. */
export function functionNamesFor(displayLanguage: string | undefined): FunctionNames {
  return displayLanguage?.toLowerCase() === "en-us" ? "en-US" : "zh-CN";
}

/** The names loaded in this Excel: from Office.context.displayLanguage, Chinese when office.js is absent. */
export function loadedFunctionNames(): FunctionNames {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return functionNamesFor(office?.context?.displayLanguage);
}

const ZH_NAMES = new Map(zhCN.functions.map((f) => [f.id.toUpperCase(), f.name]));

/** The Chinese name of a function id (UNION.ORGRATE → 组建率), as functions.zh-CN.json declares it. */
export function chineseName(id: string): string | undefined {
  return ZH_NAMES.get(id.toUpperCase());
}

/**
 * How to write one rectangle of cell inputs: through formulas (ids), or through formulasLocal with the
 * loaded Chinese names when any input calls a UNION.* function and those names are loaded.
 */
export function formulaInputs(
  inputs: CellInput[][],
  names: FunctionNames
): { property: "formulas" | "formulasLocal"; inputs: CellInput[][] } {
  const calls = (input: CellInput) =>
    typeof input === "string" && input.startsWith("=") && callsUnionFunction(input);
  if (names === "en-US" || !inputs.some((row) => row.some(calls)))
    return { property: "formulas", inputs };
  return {
    property: "formulasLocal",
    inputs: inputs.map((row) =>
      row.map((input) => (calls(input) ? renameUnionCalls(input as string, chineseName) : input))
    ),
  };
}
