/** The district roll-up: many street workbooks in, one district workbook out (pure). */
export { ROLLUP_FIGURES, ROLLUP_RATES, rateOf, type FigureValues } from "./figures";
export { streetsSchema, STREETS_SHEET } from "./streetsSchema";
export {
  summariseWorkbook,
  unitKey,
  type AreaSummary,
  type RollupInput,
  type UnitEntry,
} from "./streetSummary";
export {
  areaKey,
  rollUp,
  type Rollup,
  type RollupFailure,
  type RollupOptions,
  type RollupRow,
  type SummarisedInput,
} from "./rollup";
export { findingLine, findingPlace, type RollupFinding, type RollupKind } from "./rollupFinding";
export {
  districtWorkbook,
  defaultNames,
  kindWords,
  kindWordsEn,
  planGrid,
  type DistrictWorkbook,
  type SheetNames,
} from "./districtWorkbook";
export { parseStreetList } from "./streetList";
export { readRollupInput, summariseHost, writeDistrict } from "./rollupHost";
export { bytesFingerprint } from "./fingerprint";
