import { freshSheetName } from "../core/report/freshSheetName";
import { POINTS_PER_MM, type PlanMerge, type SheetPlan } from "../core/sheetPlan";
import { type CellRect, formatAddress, localAddress, offsetRect } from "./address";
import { type ApiSupport, officeApiSupport } from "./apiSupport";
import type { WriteBudget } from "./planBatches";
import type { FunctionNames } from "./functionNames";
import { writePlan } from "./writePlan";

/** What a plan may ask for beyond cells, and the ExcelApi set each needs. */
export type PlanExtra = "charts" | "tables" | "validations" | "freeze" | "page";

export const EXTRA_API: Record<PlanExtra, string> = {
  charts: "1.1",
  tables: "1.1",
  validations: "1.8",
  freeze: "1.7",
  page: "1.9",
};

export interface AddSheetOptions {
  /** Which ExcelApi sets the host has: default Office.context.requirements. */
  supports?: ApiSupport;
  budget?: WriteBudget;
  suspendCalculation?: boolean;
  /** See WritePlanOptions.functionNames. */
  functionNames?: FunctionNames;
}

export interface AddedSheet {
  /** The new sheet's name: baseName, or "baseName (2)"… when that is taken. */
  name: string;
  /** Sheet-qualified address of the rectangle the plan's cells cover. */
  address: string;
  /** Extras the plan asked for that this Excel cannot make (the cells are written all the same). */
  skipped: PlanExtra[];
}

/** Longest delimited list Excel accepts as a validation source. */
export const MAX_LIST_CHARS = 255;

const ORIGIN: CellRect = { startRow: 0, startCol: 0, endRow: 0, endCol: 0 };

const rectOf = (block: PlanMerge): CellRect =>
  offsetRect(ORIGIN, block.row, block.col, block.rows, block.cols);

/**
 * Adds a sheet with a name not yet taken (never replacing one), writes the plan at A1, adds its
 * tables, drop-down lists, charts, frozen panes and page setup, and shows the sheet.
 *
 * Syncs: 1 for the names taken, then writePlan's (1 for any plan within the write budget, e.g. a
 * 10,000-cell report), then 1 for the extras and activation: 3 for such a plan. The plan is checked
 * whole before anything is queued. An extra the host lacks (see EXTRA_API) is skipped and named in
 * `skipped`; every other failure rejects, possibly after the sheet was added (it is then the only
 * thing changed: the user's sheets are never touched).
 */
export async function addSheetWithPlan(
  context: Excel.RequestContext,
  baseName: string,
  plan: SheetPlan,
  options: AddSheetOptions = {}
): Promise<AddedSheet> {
  const [added] = await addSheetsWithPlans(context, [{ name: baseName, plan }], options);
  return added;
}

export interface AddSheetsOptions extends AddSheetOptions {
  /**
   * The names were chosen by the caller (formulas of one plan refer to another sheet by name): a
   * taken name rejects before anything is written, instead of getting a "(2)".
   */
  exactNames?: boolean;
}

/**
 * Adds several sheets in order, the last one shown: 1 sync for the names taken, writePlan's for each
 * plan (1 each within the write budget), 1 for every sheet's extras and the activation.
 */
export async function addSheetsWithPlans(
  context: Excel.RequestContext,
  plans: ReadonlyArray<{ name: string; plan: SheetPlan }>,
  options: AddSheetsOptions = {}
): Promise<AddedSheet[]> {
  const supports = options.supports ?? officeApiSupport;
  const checked = plans.map(({ plan }) => {
    const wanted = extrasOf(plan);
    const skipped = wanted.filter((extra) => !supports(EXTRA_API[extra]));
    const make = (extra: PlanExtra) => wanted.includes(extra) && !skipped.includes(extra);
    return { wanted, skipped, make, extras: checkExtras(plan) };
  });
  const anyTables = checked.some((c) => c.make("tables"));

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  // Table names share one namespace with defined names across the workbook.
  const tables = anyTables ? context.workbook.tables.load("items/name") : undefined;
  const names = anyTables ? context.workbook.names.load("items/name") : undefined;
  await context.sync(); // 1: the names taken

  const takenSheets = worksheets.items.map((s) => s.name);
  const chosen = plans.map(({ name }) => {
    const fresh = freshSheetName(takenSheets, name);
    if (options.exactNames && fresh !== name) throw new Error(`工作表名“${name}”已被占用。`);
    takenSheets.push(fresh);
    return fresh;
  });
  const takenTables = anyTables ? [...tables!.items, ...names!.items].map((item) => item.name) : [];
  const added: AddedSheet[] = [];
  const sheets: Excel.Worksheet[] = [];
  for (let i = 0; i < plans.length; i++) {
    const name = chosen[i];
    sheets.push(worksheets.add(name));
    const address = await writePlan(
      context,
      formatAddress({ ...ORIGIN, sheet: name }),
      plans[i].plan,
      {
        budget: options.budget,
        suspendCalculation: options.suspendCalculation,
        functionNames: options.functionNames,
      }
    );
    added.push({ name, address, skipped: checked[i].skipped });
  }
  plans.forEach(({ plan }, i) =>
    queueExtras(sheets[i], chosen[i], plan, checked[i].make, checked[i].extras, takenTables)
  );
  sheets[sheets.length - 1]?.activate();
  await context.sync(); // last: extras and activation
  return added;
}

function queueExtras(
  sheet: Excel.Worksheet,
  name: string,
  plan: SheetPlan,
  make: (extra: PlanExtra) => boolean,
  extras: { lists: string[] },
  taken: string[]
): void {
  if (make("tables")) {
    for (const t of plan.tables!) {
      // Sheet-qualified: a bare address would mean the active sheet, not this one.
      const table = sheet.tables.add(formatAddress({ ...rectOf(t), sheet: name }), true);
      table.name = freshTableName(t.name, taken);
      taken.push(table.name);
      table.style = t.style ?? "TableStyleMedium2";
    }
  }
  if (make("validations")) {
    extras.lists.forEach((source, i) => {
      const range = sheet.getRange(localAddress(rectOf(plan.validations![i])));
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    });
  }
  if (make("charts")) {
    for (const c of plan.charts!) {
      const source = sheet.getRange(localAddress(rectOf(c.source)));
      const chart = sheet.charts.add(
        c.type === "pie" ? "Pie" : "ColumnClustered",
        source,
        "Columns"
      );
      chart.title.text = c.title;
      if (c.type === "column") chart.legend.visible = false; // one series: the title says it
      const start = localAddress(offsetRect(ORIGIN, c.at.row, c.at.col));
      if (c.to)
        chart.setPosition(start, localAddress(offsetRect(ORIGIN, c.to.row - 1, c.to.col - 1)));
      else chart.setPosition(start);
    }
  }
  if (make("freeze")) {
    const { rows, cols } = plan.freeze!;
    if (rows > 0 && cols > 0)
      sheet.freezePanes.freezeAt(localAddress(offsetRect(ORIGIN, 0, 0, rows, cols)));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(cols);
  }
  if (make("page")) queuePage(sheet, plan.page!);
}

/** A4, fitted to one page wide, margins, print area, page numbers: ExcelApi 1.9's page layout. */
function queuePage(sheet: Excel.Worksheet, page: NonNullable<SheetPlan["page"]>): void {
  const layout = sheet.pageLayout;
  const pt = (mm: number) => Math.round(mm * POINTS_PER_MM * 10) / 10;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.orientation = (
    page.orientation === "portrait" ? "Portrait" : "Landscape"
  ) as Excel.PageOrientation;
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.topMargin = pt(page.margins.top);
  layout.bottomMargin = pt(page.margins.bottom);
  layout.leftMargin = pt(page.margins.left);
  layout.rightMargin = pt(page.margins.right);
  layout.headerMargin = pt(page.margins.header);
  layout.footerMargin = pt(page.margins.footer);
  if (page.centerHorizontally) layout.centerHorizontally = true;
  layout.setPrintArea(localAddress(rectOf(page.printArea)));
  if (page.footer) layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
}

function extrasOf(plan: SheetPlan): PlanExtra[] {
  const extras: PlanExtra[] = [];
  if (plan.charts?.length) extras.push("charts");
  if (plan.tables?.length) extras.push("tables");
  if (plan.validations?.length) extras.push("validations");
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) extras.push("freeze");
  if (plan.page) extras.push("page");
  return extras;
}

/** Throws on extras no Excel could make (before anything is written); returns the list sources. */
function checkExtras(plan: SheetPlan): { lists: string[] } {
  for (const block of [...(plan.tables ?? []), ...(plan.validations ?? [])]) rectOf(block);
  for (const c of plan.charts ?? []) {
    if (c.type !== "pie" && c.type !== "column") throw new Error(`图表类型无效: ${String(c.type)}`);
    if (c.source.cols < 2) throw new RangeError(`图表数据须有两列(名称、数值): ${c.title}`);
    rectOf(c.source);
    offsetRect(ORIGIN, c.at.row, c.at.col);
  }
  if (plan.page) rectOf(plan.page.printArea);
  for (const c of plan.charts ?? []) if (c.to) offsetRect(ORIGIN, c.to.row - 1, c.to.col - 1);
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0))
    offsetRect(ORIGIN, 0, 0, Math.max(freeze.rows, 1), Math.max(freeze.cols, 1));
  const lists = (plan.validations ?? []).map((v) => listSource(v.list));
  return { lists };
}

/** The list as Excel's comma-separated source. */
export function listSource(list: readonly string[]): string {
  if (list.length === 0) throw new Error("下拉列表不能为空");
  if (list.some((item) => item.includes(",")))
    throw new Error(`下拉列表的选项不能含逗号: ${list.join(" | ")}`);
  const source = list.join(",");
  if (source.length > MAX_LIST_CHARS)
    throw new Error(`下拉列表超过 ${MAX_LIST_CHARS} 个字符: ${source.slice(0, 40)}…`);
  return source;
}

/**
 * A table name Excel accepts and the workbook does not use: letters, digits, _ . and \, starting
 * with a letter, _ or \, not readable as a cell (A1, R1C1); "name_2", "name_3"… when taken.
 */
export function freshTableName(wanted: string, taken: readonly string[]): string {
  let name = wanted.replace(/[^\p{L}\p{N}_.\\]/gu, "_").slice(0, 250);
  if (!/^[\p{L}_\\]/u.test(name) || /^([A-Za-z]{1,3}\d+|[RC]\d*|R\d*C\d*)$/i.test(name))
    name = `_${name}`;
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) if (!used.has(`${name}_${n}`.toLowerCase())) return `${name}_${n}`;
}
