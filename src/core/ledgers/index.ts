/** Standard ledgers: schemas as data, detection in sheets laid out like printed forms, checks, the sample. */
export { LEDGER_SCHEMAS, schemaById, fieldOf } from "./schemas";
export type {
  FieldType,
  LedgerField,
  LedgerId,
  LedgerSchema,
  PartRule,
  SumRule,
  FlagRule,
} from "./schemas";
export { normaliseHeader, headerUnit, isPartMarked, compactText } from "./headerText";
export {
  detectLedger,
  detectBest,
  readRecords,
  detectionFor,
  detectWithConfirmed,
  confirmedMapping,
} from "./detect";
export type { ConfirmedMapping, Detection, DetectOptions, GridMerge, LedgerRecord } from "./detect";
export { readSavedMappings } from "./savedMappings";
export type { SavedMappingProblem, SavedMappings } from "./savedMappings";
export { columnChoices, type ColumnChoice } from "./columnChoices";
export { checkLedger, FINDING_CODES } from "./checks";
export type { CheckOptions, Finding, FindingCode } from "./checks";
export { cellName, columnLetters, categoryOf, isDateValue, isPlaceholder } from "./cells";
export {
  POLICY_PARAMETERS,
  SHARE_KEYS,
  policyParameterOf,
  readPolicy,
  shareRatios,
} from "./policy";
export type { PolicyParameter, PolicyValues } from "./policy";
export { buildSampleWorkbook, SAMPLE_SEED } from "./sample";
export type { SampleSheet } from "./sample";
