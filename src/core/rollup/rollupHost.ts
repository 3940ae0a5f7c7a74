/**
 * The roll-up over the workbook interface, so the command line and the pane (Excel or file mode) do
 * exactly the same: read one workbook's sheets and settings into a summary, and add the district's
 * sheets to a workbook under names not yet taken (the draft's formulas name the table's sheet).
 */
import { freshSheetName } from "../report/freshSheetName";
import { SETTINGS } from "../settingsKeys";
import type { WorkbookHost } from "../workbook";
import { districtWorkbook, defaultNames, type DistrictWorkbook } from "./districtWorkbook";
import type { Rollup } from "./rollup";
import { type AreaSummary, type RollupInput, summariseWorkbook } from "./streetSummary";

/**
 * What a roll-up needs of one workbook: its sheets as grids and its saved settings. Once this is
 * read the host can be let go, so its whole workbook model is not held while the street is summarised.
 */
export async function readRollupInput(host: WorkbookHost, file: string): Promise<RollupInput> {
  const [sheets, ledgers, savedYear, street] = await Promise.all([
    host.readSheets(),
    host.getSetting(SETTINGS.ledgers),
    host.getSetting(SETTINGS.year),
    host.getSetting(SETTINGS.street),
  ]);
  return { file, sheets, saved: { ledgers, year: savedYear, street } };
}

export async function summariseHost(
  host: WorkbookHost,
  file: string,
  year: number | undefined
): Promise<AreaSummary> {
  return summariseWorkbook(await readRollupInput(host, file), year);
}

/** Adds 分街道汇总, 报告数据, 核对事项 and 报告草稿 beside `existing` sheets (none: a new workbook, which keeps the district's name and year). */
export async function writeDistrict(
  host: WorkbookHost,
  rollup: Rollup,
  existing: readonly string[] = []
): Promise<DistrictWorkbook> {
  const base = defaultNames(rollup.level);
  const taken = [...existing];
  const pick = (name: string) => {
    const fresh = freshSheetName(taken, name);
    taken.push(fresh);
    return fresh;
  };
  const names = {
    table: pick(base.table),
    data: pick(base.data),
    draft: pick(base.draft),
    findings: pick(base.findings),
  };
  const book = districtWorkbook(rollup, names);
  const table = await host.addSheetWithPlan(names.table, book.table);
  if (table !== names.table) throw new Error(`工作表名称被占用：${names.table}`);
  // The draft's sentences name the figures' sheet: it must have the name they were composed with.
  for (const [name, plan] of [
    [names.data, book.draft.sheets.data.plan],
    [names.findings, book.findings],
    [names.draft, book.draft.sheets.draft.plan],
  ] as const) {
    const added = await host.addSheetWithPlan(name, plan);
    if (added !== name) throw new Error(`工作表名称被占用：${name}`);
  }
  // A new workbook keeps who and when it is, so a city roll-up reads it; an open one keeps its own.
  if (!existing.length) {
    await host.setSetting(SETTINGS.year, rollup.year);
    if (rollup.district) await host.setSetting(SETTINGS.street, rollup.district);
  }
  return book;
}
