/** Results blocks: what the task pane's calculators write into the sheet, as live formulas. */
export * from "./a1";
export { coverageBlock, type CoverageBlockInput } from "./coverage";
export { fundBlock, type FundBlockInput, type FundLevel } from "./funds";
export { insuranceBlock, type InsuranceBlockInput, type InsuranceCategory } from "./insurance";
export { numberLiteral, ratioText, stringLiteral } from "./formulaText";
export { FORMAT, HEADER } from "./layout";
