/// <reference types="et-jsapi-declare" />
/**
 * The host's view of ET (src/wps/etModel.ts) held against Kingsoft's own declarations of it
 * (et-jsapi-declare, a devDependency used as is): if etModel names a member ET does not have, or
 * types one ET cannot satisfy, `npm run typecheck` fails on the assignments below.
 */
import type {
  EtApplication,
  EtRange,
  EtSheets,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
} from "../../src/wps/etModel";
import type { WpsAddinRoot } from "../../src/wps/ribbon";

type Satisfies<Wide, Narrow extends Wide> = Narrow;

export type Checked = [
  Satisfies<EtRange, Et.Range>,
  Satisfies<EtWorksheet, Et.Worksheet>,
  Satisfies<EtSheets, Et.Sheets>,
  Satisfies<EtWorkbook, Et.Workbook>,
  Satisfies<EtWindow, Et.Window>,
  Satisfies<EtApplication, Et.Application>,
  Satisfies<WpsAddinRoot, WPSMergedRoot>,
];

describe("the ET members the host calls", () => {
  it("exist in Kingsoft's typings (checked at compile time by the types above)", () => {
    const checked: Checked | undefined = undefined;
    expect(checked).toBeUndefined();
  });
});
