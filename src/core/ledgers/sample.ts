/**
 * A whole street union's workbook, for trying the add-in and for tests: eight ledgers laid out like
 * printed forms, built deterministically from one seed, in which the seed report's figures hold.
 */
import { Random } from "./sampleRandom";
import type { SampleSheet } from "./sampleForm";
import { yuanToWan } from "../money";
import {
  fundsSheet,
  insuranceSheet,
  NEW_UNIONS,
  organisationsSheet,
  type SampleOrg,
  sampleOrganisations,
} from "./sampleUnits";
import {
  disputesSheet,
  policySheet,
  type TaskResults,
  targetsSheet,
  visitsSheet,
} from "./sampleActivities";
import { activitiesSheet } from "./sampleRegister";

export type { SampleSheet } from "./sampleForm";

export const SAMPLE_SEED = 20241231;

export function buildSampleWorkbook(seed = SAMPLE_SEED): SampleSheet[] {
  const rng = new Random(seed);
  const orgs = sampleOrganisations(rng);
  const funds = fundsSheet(orgs, rng);
  const insurance = insuranceSheet(orgs, rng);
  const visits = visitsSheet(rng);
  const disputes = disputesSheet(rng);
  const done = taskResults(orgs, funds, NEW_UNIONS);
  return [
    organisationsSheet(orgs),
    funds,
    insurance,
    visits,
    disputes,
    targetsSheet(done),
    policySheet(),
    activitiesSheet(),
  ];
}

/** 年度任务 states what the ledgers give (the report checks one against the other). */
export function taskResults(orgs: SampleOrg[], funds: SampleSheet, newUnions: number): TaskResults {
  return {
    newUnions,
    contracts: orgs.filter((o) => o.established && o.flags[0]).length,
    fundsWan: yuanToWan(allocatedFen(funds) / 100),
  };
}

/** Σ 计提经费 of the funds sheet's numbered rows, in fen (column 4: 序号, 名称, 人数, 工资总额, 计提). */
function allocatedFen(funds: SampleSheet): number {
  return funds.grid
    .filter((row) => typeof row[0] === "number" && typeof row[4] === "number")
    .reduce((sum, row) => sum + Math.round((row[4] as number) * 100), 0);
}
