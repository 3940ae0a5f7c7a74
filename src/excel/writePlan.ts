import { planExtent, type SheetPlan } from "../core/sheetPlan";
import { type CellRect, formatAddress, localAddress, offsetRect, parseAddress } from "./address";
import { formulaInputs, type FunctionNames, loadedFunctionNames } from "./functionNames";
import { batchOps, WRITE_BUDGET, type WriteBudget } from "./planBatches";
import { planOps, type PlanOp } from "./planOps";
import { worksheetFor } from "./worksheet";

export interface WritePlanOptions {
  budget?: WriteBudget;
  /**
   * Suspend recalculation until each batch's sync (ExcelApi 1.6), so Excel does not recalculate after
   * every range written. Default: on when the host supports it. Office.js documents that after a
   * suspension recalculating is up to the caller; pass false if written formulas show stale results.
   */
  suspendCalculation?: boolean;
  /** The UNION.* names Excel has loaded (see functionNames.ts). Default: by Office's display language. */
  functionNames?: FunctionNames;
}

/**
 * Writes a plan with its top-left at `anchorAddress` ("报告草稿!A1", or "B2" on the active sheet) and
 * returns the sheet-qualified address of the rectangle it covers. Only cells the plan names are
 * written; callers check isAreaEmpty first. The plan is validated whole before anything is queued,
 * so a bad plan writes nothing. Syncs: one per batch of batchOps (exactly one for any plan within
 * the write budget; see planBatches.ts for the bound). Errors reject; nothing is caught here.
 */
export async function writePlan(
  context: Excel.RequestContext,
  anchorAddress: string,
  plan: SheetPlan,
  options: WritePlanOptions = {}
): Promise<string> {
  const anchor = parseAddress(anchorAddress);
  const ops = planOps(plan);
  const place = (op: PlanOp) => localAddress(offsetRect(anchor, op.row, op.col, op.rows, op.cols)); // throws off-sheet
  ops.forEach(place); // validate every operation before queueing any
  const { rows, cols } = planExtent(plan);
  const written: CellRect = offsetRect(anchor, 0, 0, Math.max(rows, 1), Math.max(cols, 1));

  const sheet = worksheetFor(context, anchor.sheet);
  if (anchor.sheet === undefined) sheet.load("name");
  const batches = batchOps(ops, options.budget ?? WRITE_BUDGET);
  if (batches.length === 0 && anchor.sheet === undefined) batches.push([]); // still need the sheet's name
  const suspend = options.suspendCalculation ?? canSuspendCalculation(context);
  const still = canSuspendScreen(context);
  const names = options.functionNames ?? loadedFunctionNames();
  for (const batch of batches) {
    if (suspend) context.application.suspendApiCalculationUntilNextSync();
    // Once per batch, never per cell: Excel flickers when this is called repeatedly.
    if (still) context.application.suspendScreenUpdatingUntilNextSync();
    for (const op of batch) apply(sheet.getRange(place(op)), op, names);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each batch is sized to keep its request far below Excel's 5 MB cap
    await context.sync();
  }
  return formatAddress({ ...written, sheet: anchor.sheet ?? sheet.name });
}

/** Every line of a bordered block: its outline and the lines between its cells. */
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as Excel.BorderIndex[];

function apply(range: Excel.Range, op: PlanOp, names: FunctionNames): void {
  switch (op.kind) {
    case "cells": {
      const { property, inputs } = formulaInputs(op.inputs, names);
      if (property === "formulasLocal") range.formulasLocal = inputs;
      else range.formulas = inputs;
      // After the formulas, so the plan's format wins over any Excel infers from a formula.
      range.numberFormat = op.formats;
      break;
    }
    case "bold":
      range.format.font.bold = op.value;
      break;
    case "wrap":
      range.format.wrapText = op.value;
      break;
    case "fontName":
      range.format.font.name = op.name;
      break;
    case "fontSize":
      range.format.font.size = op.size;
      break;
    case "align":
      range.format.horizontalAlignment = op.value as Excel.HorizontalAlignment;
      break;
    case "border":
      for (const edge of EDGES) {
        const border = range.format.borders.getItem(edge);
        border.style = "Continuous" as Excel.BorderLineStyle;
        border.weight = "Thin" as Excel.BorderWeight;
      }
      break;
    case "merge":
      range.merge(false);
      break;
    case "columnWidth":
      range.format.columnWidth = op.points;
      break;
    case "rowHeight":
      range.format.rowHeight = op.points;
      break;
  }
}

/**
 * The method exists in every build of Office.js; the host must also implement ExcelApi 1.6 or the
 * sync fails. Office.context.requirements says so when Office is loaded; without it (tests, a fake
 * context) the presence of the method decides.
 */
/** Screen updating can be held until the sync on hosts with ExcelApi 1.9. */
function canSuspendScreen(context: Excel.RequestContext): boolean {
  const app = context.application as { suspendScreenUpdatingUntilNextSync?: unknown } | undefined;
  if (typeof app?.suspendScreenUpdatingUntilNextSync !== "function") return false;
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", "1.9") : true;
}

function canSuspendCalculation(context: Excel.RequestContext): boolean {
  const app = context.application as { suspendApiCalculationUntilNextSync?: unknown } | undefined;
  if (typeof app?.suspendApiCalculationUntilNextSync !== "function") return false;
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", "1.6") : true;
}
