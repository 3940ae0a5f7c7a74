/**
 * A whole street union's workbook, for trying the add-in and for tests: eight ledgers laid out like
 * printed forms, built deterministically from one seed, in which the seed report's figures hold.
 */
import { Random } from "./sampleRandom";
import type { SampleSheet } from "./sampleForm";
import { fundsSheet, insuranceSheet, organisationsSheet, sampleOrganisations } from "./sampleUnits";
import { disputesSheet, policySheet, targetsSheet, visitsSheet } from "./sampleActivities";
import { activitiesSheet } from "./sampleRegister";

export type { SampleSheet } from "./sampleForm";

export const SAMPLE_SEED = 20241231;

export function buildSampleWorkbook(seed = SAMPLE_SEED): SampleSheet[] {
  const rng = new Random(seed);
  const orgs = sampleOrganisations(rng);
  return [
    organisationsSheet(orgs),
    fundsSheet(orgs, rng),
    insuranceSheet(orgs, rng),
    visitsSheet(rng),
    disputesSheet(rng),
    targetsSheet(),
    policySheet(),
    activitiesSheet(),
  ];
}
