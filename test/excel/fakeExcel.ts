import { OfficeMockObject } from "office-addin-mock";
import {
  type CellRect,
  formatAddress,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
} from "../../src/excel/address";
import type { ExcelRun } from "../../src/excel/excelWorkbook";
import { renameUnionCalls } from "../../src/core/plan/functionNames";
import { excelInput } from "./excelInput";
import { loadedNamesFor, type LoadedNames } from "./loadedFunctionNames";

/**
 * A small Excel for tests, built from office-addin-mock objects. What the mock gives: properties
 * must be load()ed and synced before they are read (otherwise they hold the mock's error strings),
 * and load() of a property the object does not have throws. What the mock lacks, added here:
 *  - objects returned by methods (getRange, getCell, …) are new mocks that context.sync() must reach,
 *    so every mock is registered and synced by the fake's own context.sync();
 *  - writes (range.formulas = …, format.font.bold = …, merge()) are applied to a cell store at sync,
 *    as Excel applies queued commands only when the batch is sent;
 *  - a missing sheet or table fails the next sync (ItemNotFound), as in Office.js;
 *  - each sync's payload is measured and, like Excel on the web, a sync whose request (written data)
 *    or response (loaded data) is over 5 MB is rejected, with RequestPayloadSizeLimitExceeded or
 *    ResponsePayloadSizeLimitExceeded (learn.microsoft.com/office/dev/add-ins/concepts/
 *    resource-limits-and-performance-optimization#excel-add-ins, …/testing/application-specific-api-error-handling);
 *  - collections (worksheets, tables, names) whose `items` can be read only after load() and a
 *    sync, *OrNullObject results (settings, merged areas) whose isNullObject is known only then;
 *  - the commands a report or template needs (worksheets.add, activate, select, charts.add,
 *    tables.add, dataValidation.rule, freezePanes, settings.add / delete), queued and checked at
 *    sync as Excel does: a duplicate sheet or table name, or a table address without a sheet name
 *    meant for a sheet that is not active, fails the sync. A failed sync applies none of its batch
 *    (Excel keeps the commands before the failing one: tests must not lean on that kindness);
 *  - failSync(n, error) makes the n-th sync reject, as a lost connection or a host error would;
 *  - the UNION.* names Excel loads for the display language, picked from manifest.xml's metadata URL
 *    as Office picks them (see loadedFunctionNames.ts): formulasLocal takes those names; under the
 *    Chinese names a UNION call by its English id through Range.formulas shows #NAME?
 *    (OfficeDev/office-js#891), and so does a name that is not loaded. Formulas are stored by id.
 */
export type FakeValue = string | number | boolean;

export interface FakeCell {
  value?: FakeValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
  fontName?: string;
  fontSize?: number;
  align?: string;
  /** Edges given a continuous line (EdgeTop…InsideVertical). */
  borders?: string[];
  /** The raw entry last written through Range.formulas / Range.values. */
  input?: FakeValue;
  /** The value is an error (#N/A, #NAME?, …), not text. */
  error?: boolean;
}

export interface Generated {
  rows: number;
  cols: number;
  value: (row: number, col: number) => FakeValue;
  numberFormat?: (row: number, col: number) => string;
}

export interface FakeChart {
  type: string;
  /** Local address of the source range. */
  source: string;
  seriesBy?: string;
  title?: string;
  legendVisible?: boolean;
  position?: { start: string; end?: string };
}

export interface FakeTable {
  sheet: string;
  address: string;
  hasHeaders?: boolean;
  style?: string;
}

const key = (row: number, col: number) => `${row}:${col}`;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  readonly validations: Array<{ address: string; rule: unknown }> = [];
  freeze?: { rows: number; cols: number };
  /** What pageLayout was given: paper, orientation, zoom, margins, print area, footer. */
  page?: Record<string, unknown>;

  constructor(
    readonly name: string,
    readonly generated?: Generated
  ) {}

  /** Puts a grid of values with its top-left at an A1 cell. */
  fill(topLeft: string, grid: FakeValue[][]): this {
    const { startRow, startCol } = parseAddress(topLeft);
    grid.forEach((row, r) =>
      row.forEach((value, c) => this.patch(startRow + r, startCol + c, { value }))
    );
    return this;
  }

  patch(row: number, col: number, patch: Partial<FakeCell>): void {
    this.cells.set(key(row, col), { ...this.cells.get(key(row, col)), ...patch });
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  value(row: number, col: number): FakeValue {
    const cell = this.get(row, col);
    if (cell && (cell.value !== undefined || cell.formula !== undefined)) return cell.value ?? "";
    const g = this.generated;
    return g && row < g.rows && col < g.cols ? g.value(row, col) : "";
  }

  formula(row: number, col: number): FakeValue {
    return this.get(row, col)?.formula ?? this.value(row, col);
  }

  numberFormat(row: number, col: number): string {
    const g = this.generated;
    const generated =
      g?.numberFormat && row < g.rows && col < g.cols ? g.numberFormat(row, col) : undefined;
    return this.get(row, col)?.numberFormat ?? generated ?? "General";
  }

  /** Bounding box of cells with a value or formula; null for an empty sheet. */
  usedRect(): CellRect | null {
    let rect: CellRect | null = null;
    const add = (row: number, col: number) => {
      rect = rect
        ? {
            startRow: Math.min(rect.startRow, row),
            startCol: Math.min(rect.startCol, col),
            endRow: Math.max(rect.endRow, row),
            endCol: Math.max(rect.endCol, col),
          }
        : { startRow: row, startCol: col, endRow: row, endCol: col };
    };
    if (this.generated) {
      add(0, 0);
      add(this.generated.rows - 1, this.generated.cols - 1);
    }
    for (const [k, cell] of this.cells) {
      if ((cell.value ?? "") === "" && cell.formula === undefined) continue;
      const [row, col] = k.split(":").map(Number);
      add(row, col);
    }
    return rect;
  }
}

/** How a range object came to be: lets tests see whether a read was split into blocks. */
export type RangeOrigin =
  "getRange" | "getCell" | "getResizedRange" | "intersection" | "usedRange" | "selection" | "table";

interface LiveRange {
  mock: OfficeMockObject;
  sheet: FakeSheet;
  rect: CellRect;
  big: boolean;
  initial: Record<string, unknown>;
  written: Record<string, unknown>;
  /** Every property the range holds before a load, to forget a load whose sync failed. */
  data: Record<string, unknown>;
  /** Grid properties in the order they were assigned: Excel applies commands in queue order. */
  order: string[];
  /** A grid property as the cells hold it now. */
  current: (prop: string) => unknown;
  /** office-addin-mock's own load, to answer a load with data read at the sync. */
  load: (props: string) => unknown;
}

/** What a grid property holds until a load is answered (never readable: see strict()). */
const NOT_READ: FakeValue[][] = [];

/** Ranges above this many cells get no cell data in the fake: loading one fails the sync. */
const GRID_LIMIT = 1_000_000;
const GRID_PROPS = ["values", "formulas", "formulasLocal", "numberFormat"] as const;
const FORMAT_PROPS = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment"] as const;

export interface SyncRecord {
  /** Cells whose data was loaded or written in this sync. */
  cells: number;
  /** Bytes of JSON for that data: a lower bound of the real payload. */
  bytes: number;
  /** The error code of a sync that failed (its batch was not applied). */
  failed?: string;
}

export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  activeSheet = "Sheet1";
  selection?: { sheet: string; address: string };
  readonly tables = new Map<string, FakeTable>();
  /** Defined names: tables may not take one. */
  readonly names = new Set<string>();
  /** Workbook.settings, as stored: JSON. */
  readonly settings = new Map<string, unknown>();
  /** Throw at getItem for a missing sheet, instead of failing the next sync as Office.js does. */
  throwOnGetItem = false;
  /** Excel on the web's cap on one request or response. */
  payloadLimit = 5 * 1024 * 1024;

  readonly syncs: SyncRecord[] = [];
  readonly loads: Array<{ address: string; props: string[] }> = [];
  readonly origins: RangeOrigin[] = [];
  calcSuspensions = 0;
  screenSuspensions = 0;

  private live: LiveRange[] = [];
  private plainMocks: OfficeMockObject[] = [];
  private pendingLoads: Array<{ live: LiveRange; props: string[] }> = [];
  private pendingMerges: Array<() => void> = [];
  private pendingError?: Error;
  private byMock = new Map<unknown, LiveRange>();
  /** Commands queued since the last sync: checked, then applied, at sync. */
  private commands: Command[] = [];
  /** Collections and proxies whose loads the next sync answers. */
  private answers = new Set<Answerable>();
  /** Sheets added in the current batch: getItem finds them, the sync makes them real. */
  private adding = new Map<string, FakeSheet>();
  private failures = new Map<number, Error>();

  readonly context: Excel.RequestContext;
  readonly run: ExcelRun;

  /** The UNION.* names this Excel has loaded: by the display language, as manifest.xml makes Office choose. */
  readonly functionNames: LoadedNames;

  constructor(options: { suspendable?: boolean; displayLanguage?: string } = {}) {
    this.functionNames = loadedNamesFor(options.displayLanguage ?? "zh-CN");
    const application: Record<string, unknown> = {};
    if (options.suspendable !== false) {
      application.suspendApiCalculationUntilNextSync = () => void this.calcSuspensions++;
      application.suspendScreenUpdatingUntilNextSync = () => void this.screenSuspensions++;
    }
    const worksheets = Object.assign(
      new FakeCollection(
        this,
        () => [...this.sheets.values()].map((s) => this.worksheet(s.name, false)),
        (mock, props) => mock.load(props),
        ["name"]
      ),
      {
        getItem: (name: string) => this.worksheet(name, true),
        getActiveWorksheet: () => this.worksheet(this.activeSheet, false),
        add: (name: string) => this.addWorksheet(name),
      }
    );
    const named = (list: () => string[]) =>
      new FakeCollection(
        this,
        () => list().map((name) => ({ name })),
        () => undefined,
        ["name"]
      );
    const context = {
      workbook: {
        worksheets,
        getSelectedRange: () => {
          if (!this.selection) throw new Error("fake: no selection");
          const sheet = this.sheet(this.selection.sheet);
          return this.range(sheet, parseAddress(this.selection.address), "selection");
        },
        tables: Object.assign(
          named(() => [...this.tables.keys()]),
          {
            getItem: (name: string) => {
              const table = this.tables.get(name);
              if (!table) this.fail(`fake: table "${name}" not found`);
              const sheet = table ? this.sheet(table.sheet) : new FakeSheet("missing");
              const rect = table
                ? parseAddress(table.address)
                : { startRow: 0, startCol: 0, endRow: 0, endCol: 0 };
              return { getRange: () => this.range(sheet, rect, "table") };
            },
          }
        ),
        names: named(() => [...this.names]),
        settings: {
          add: (key: string, value: unknown) => {
            this.queue({
              check: () => {
                if (typeof key !== "string" || key === "")
                  throw invalidArgument("fake: a setting needs a key");
                if (JSON.stringify(value) === undefined)
                  throw invalidArgument(`fake: setting ${key} cannot be stored`);
              },
              apply: () => void this.settings.set(key, JSON.parse(JSON.stringify(value))),
            });
            return this.setting(key);
          },
          getItemOrNullObject: (key: string) => this.setting(key),
        },
      },
      application,
      sync: () => this.sync(),
    };
    this.context = context as unknown as Excel.RequestContext;
    this.run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(this.context);
  }

  addSheet(name: string, generated?: Generated): FakeSheet {
    const sheet = new FakeSheet(name, generated);
    this.sheets.set(name, sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The n-th sync (counting from the first this fake ever made, 1-based) rejects with `error`. */
  failSync(n: number, error: Error): void {
    this.failures.set(n, error);
  }

  /** @internal A collection or proxy has loads for the next sync to answer. */
  answer(item: Answerable): void {
    this.answers.add(item);
  }

  private queue(command: Command): void {
    this.commands.push(command);
  }

  private fail(message: string): void {
    const error = Object.assign(new Error(message), { code: "ItemNotFound" });
    if (this.throwOnGetItem) throw error;
    this.pendingError ??= error;
  }

  private findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return (
      [...this.sheets.values()].find((s) => s.name.toLowerCase() === lower) ??
      this.adding.get(lower)
    );
  }

  private addWorksheet(name: string): OfficeMockObject {
    const sheet = new FakeSheet(name);
    const lower = name.toLowerCase();
    const duplicate = this.findSheet(name) !== undefined;
    if (!duplicate) this.adding.set(lower, sheet);
    this.queue({
      check: () => {
        if (duplicate)
          throw Object.assign(new Error(`fake: a sheet named "${name}" exists`), {
            code: "ItemAlreadyExists",
          });
        if (!validSheetName(name)) throw invalidArgument(`fake: invalid sheet name "${name}"`);
      },
      apply: () => {
        this.sheets.set(name, sheet);
        this.adding.delete(lower);
      },
    });
    return this.worksheet(name, false, sheet);
  }

  private setting(key: string): FakeProxy {
    const proxy = new FakeProxy(this, ["key", "value"], () =>
      this.settings.has(key)
        ? { key, value: JSON.parse(JSON.stringify(this.settings.get(key))) }
        : null
    );
    return Object.assign(proxy, {
      delete: () =>
        this.queue({
          check: () => {
            if (!this.settings.has(key)) this.fail(`fake: setting "${key}" not found`);
            const error = this.pendingError;
            this.pendingError = undefined;
            if (error) throw error;
          },
          apply: () => void this.settings.delete(key),
        }),
    });
  }

  private worksheet(name: string, byName: boolean, known?: FakeSheet): OfficeMockObject {
    const found = known ?? this.findSheet(name);
    if (!found && byName) this.fail(`fake: worksheet "${name}" not found`);
    const sheet = found ?? new FakeSheet(name);
    const mock: OfficeMockObject = new OfficeMockObject({
      name: sheet.name,
      getRange: (address?: string) => {
        if (address === undefined)
          return this.range(
            sheet,
            { startRow: 0, startCol: 0, endRow: MAX_ROWS - 1, endCol: MAX_COLS - 1 },
            "getRange"
          );
        if (address.includes("!"))
          throw new Error(`fake: Worksheet.getRange takes a local address, got ${address}`);
        return this.range(sheet, parseAddress(address), "getRange");
      },
      getUsedRange: () => {
        const used = sheet.usedRect() ?? { startRow: 0, startCol: 0, endRow: 0, endCol: 0 };
        return this.range(sheet, used, "usedRange");
      },
      activate: () => this.queue({ apply: () => void (this.activeSheet = sheet.name) }),
      charts: {
        add: (type: string, source: unknown, seriesBy?: string) =>
          this.addChart(sheet, type, source, seriesBy),
      },
      tables: {
        add: (address: unknown, hasHeaders: boolean) => this.addTable(sheet, address, hasHeaders),
      },
      freezePanes: {
        freezeRows: (rows: number) =>
          this.queue({ apply: () => void (sheet.freeze = { rows, cols: 0 }) }),
        freezeColumns: (cols: number) =>
          this.queue({ apply: () => void (sheet.freeze = { rows: 0, cols }) }),
        freezeAt: (at: string) => {
          const rect = parseAddress(at);
          this.queue({
            apply: () => void (sheet.freeze = { rows: rect.endRow + 1, cols: rect.endCol + 1 }),
          });
        },
      },
    });
    // A plain object: page layout properties are only written, and the print area's call commits them.
    const layout: Record<string, unknown> & {
      headersFooters: { defaultForAllPages: Record<string, unknown> };
    } = {
      headersFooters: { defaultForAllPages: {} },
      setPrintArea: (area: string) =>
        this.queue({
          check: () => void parseAddress(area),
          apply: () => {
            const { setPrintArea, headersFooters, ...props } = layout;
            void setPrintArea;
            sheet.page = { ...props, printArea: area, ...headersFooters.defaultForAllPages };
          },
        }),
    };
    (mock as unknown as { pageLayout: unknown }).pageLayout = layout;
    return this.track(mock);
  }

  private addChart(sheet: FakeSheet, type: string, source: unknown, seriesBy?: string) {
    const from = this.byMock.get(source);
    const chart = {
      title: {} as { text?: string },
      legend: {} as { visible?: boolean },
      position: undefined as FakeChart["position"],
      setPosition(start: string, end?: string) {
        chart.position = { start, end };
      },
    };
    this.queue({
      check: () => {
        if (!from || from.sheet !== sheet)
          throw invalidArgument("fake: chart source not on this sheet");
        if (!CHART_TYPES.has(type)) throw invalidArgument(`fake: chart type ${type}`);
        if (seriesBy !== undefined && !["Auto", "Columns", "Rows"].includes(seriesBy))
          throw invalidArgument(`fake: seriesBy ${seriesBy}`);
      },
      apply: () =>
        sheet.charts.push({
          type,
          source: formatAddress(from!.rect),
          seriesBy,
          title: chart.title.text,
          legendVisible: chart.legend.visible,
          position: chart.position,
        }),
    });
    return chart;
  }

  /** Like Office.js: a string address without a sheet name means the active sheet. */
  private addTable(sheet: FakeSheet, address: unknown, hasHeaders: boolean) {
    const table = {} as { name?: string; style?: string };
    const rect =
      typeof address === "string" ? parseAddress(address) : this.byMock.get(address)?.rect;
    this.queue({
      check: () => {
        if (!rect) throw invalidArgument("fake: table address");
        const target = rect.sheet ?? (typeof address === "string" ? this.activeSheet : sheet.name);
        if (target.toLowerCase() !== sheet.name.toLowerCase())
          throw invalidArgument(`fake: table address ${String(address)} is not on ${sheet.name}`);
        const name = table.name ?? `Table${this.tables.size + 1}`;
        const taken = [...this.tables.keys(), ...this.names].map((n) => n.toLowerCase());
        if (taken.includes(name.toLowerCase()) || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
          throw invalidArgument(`fake: table name ${name}`);
      },
      apply: () =>
        this.tables.set(table.name ?? `Table${this.tables.size + 1}`, {
          sheet: sheet.name,
          address: formatAddress({ ...rect!, sheet: undefined }),
          hasHeaders,
          style: table.style,
        }),
    });
    return table;
  }

  private track(mock: OfficeMockObject): OfficeMockObject {
    this.plainMocks.push(mock);
    const proxy = this.strict(mock);
    const load = mock.load.bind(mock);
    mock.load = (props: string | string[]) => {
      this.loads.push({ address: String(mock.address), props: splitProps(props) });
      load(props);
      return proxy;
    };
    return proxy;
  }

  /**
   * The object the adapter gets: like an Office.js proxy object, reading a property that was not
   * loaded, or loaded but not yet synced, throws PropertyNotLoaded (office-addin-mock would return an
   * error string), and isNullObject is known only after a sync
   * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load;
   * …#ornullobject-methods-and-properties). Assigned grid properties are recorded in order.
   */
  private strict(mock: OfficeMockObject, live?: LiveRange): OfficeMockObject {
    const born = this.syncs.length;
    const proxy = new Proxy(mock, {
      get: (target, prop) => {
        if (prop === "isNullObject" && this.syncs.length === born) throw notAvailable(prop);
        const value: unknown = Reflect.get(target, prop);
        if (typeof prop === "string" && isMockError(value)) throw notAvailable(prop);
        return value;
      },
      set: (target, prop, value) => {
        if (live && typeof prop === "string") live.order.push(prop);
        return Reflect.set(target, prop, value);
      },
    });
    if (live) this.byMock.set(proxy, live);
    return proxy;
  }

  private range(
    sheet: FakeSheet,
    rect: CellRect,
    origin: RangeOrigin,
    isNull = false
  ): OfficeMockObject {
    const rows = rect.endRow - rect.startRow + 1;
    const cols = rect.endCol - rect.startCol + 1;
    const big = rows * cols > GRID_LIMIT;
    const grid = <T>(f: (row: number, col: number) => T) =>
      big
        ? "(fake: too large to hold)"
        : Array.from({ length: rows }, (_, r) =>
            Array.from({ length: cols }, (_, c) => f(rect.startRow + r, rect.startCol + c))
          );
    const address = formatAddress({ sheet: sheet.name, ...rect });
    // What a load answers is read from the cells at the sync that answers it (current); until then
    // each grid property holds a placeholder no one can read (the proxy throws PropertyNotLoaded).
    const current = (prop: string): unknown =>
      prop === "values"
        ? grid((r, c) => sheet.value(r, c))
        : prop === "formulas"
          ? grid((r, c) => sheet.formula(r, c))
          : prop === "formulasLocal"
            ? grid((r, c) => this.localFormula(sheet.formula(r, c)))
            : grid((r, c) => sheet.numberFormat(r, c));
    const initial: Record<string, unknown> = Object.fromEntries(
      GRID_PROPS.map((prop) => [prop, NOT_READ])
    );
    const within = (r: CellRect) => {
      if (
        r.startRow < 0 ||
        r.startCol < 0 ||
        r.endRow >= MAX_ROWS ||
        r.endCol >= MAX_COLS ||
        r.endRow < r.startRow ||
        r.endCol < r.startCol
      ) {
        throw Object.assign(new Error(`fake: invalid range ${JSON.stringify(r)}`), {
          code: "InvalidArgument",
        });
      }
      return r;
    };
    const scalars = {
      address,
      rowIndex: rect.startRow,
      columnIndex: rect.startCol,
      rowCount: rows,
      columnCount: cols,
    };
    const mock: OfficeMockObject = new OfficeMockObject({
      ...scalars,
      ...initial,
      format: {
        font: {},
        borders: {
          getItem: (edge: string) => {
            const line = {} as { style?: string };
            this.queue({
              apply: () =>
                eachCell(rect, (r, c) => {
                  if (line.style !== "Continuous") return;
                  const borders = sheet.get(r, c)?.borders ?? [];
                  sheet.patch(r, c, { borders: [...borders, edge] });
                }),
            });
            return line;
          },
        },
      },
      dataValidation: {},
      getCell: (r: number, c: number) =>
        this.range(
          sheet,
          within({
            startRow: rect.startRow + r,
            startCol: rect.startCol + c,
            endRow: rect.startRow + r,
            endCol: rect.startCol + c,
          }),
          "getCell"
        ),
      getResizedRange: (dr: number, dc: number) =>
        this.range(
          sheet,
          within({ ...rect, endRow: rect.endRow + dr, endCol: rect.endCol + dc }),
          "getResizedRange"
        ),
      getIntersectionOrNullObject: (other: unknown) => {
        const o = this.byMock.get(other)!.rect;
        const cut = {
          startRow: Math.max(rect.startRow, o.startRow),
          startCol: Math.max(rect.startCol, o.startCol),
          endRow: Math.min(rect.endRow, o.endRow),
          endCol: Math.min(rect.endCol, o.endCol),
        };
        const empty = cut.startRow > cut.endRow || cut.startCol > cut.endCol;
        return this.range(
          sheet,
          empty ? { startRow: 0, startCol: 0, endRow: 0, endCol: 0 } : cut,
          "intersection",
          empty
        );
      },
      // Like Excel: only the merged areas whose top-left cell lies in this range.
      getMergedAreasOrNullObject: () =>
        new FakeProxy(this, ["address", "areaCount"], () => {
          const areas = sheet.merges
            .map((m) => parseAddress(m))
            .filter(
              (m) =>
                m.startRow >= rect.startRow &&
                m.startRow <= rect.endRow &&
                m.startCol >= rect.startCol &&
                m.startCol <= rect.endCol
            );
          if (areas.length === 0) return null;
          return {
            address: areas.map((m) => formatAddress({ ...m, sheet: sheet.name })).join(", "),
            areaCount: areas.length,
          };
        }),
      merge: () => {
        this.pendingMerges.push(() => sheet.merges.push(formatAddress(rect)));
      },
      select: () =>
        this.queue({
          apply: () => void (this.selection = { sheet: sheet.name, address: formatAddress(rect) }),
        }),
    });
    // Plain properties, outside the mock's load bookkeeping: Office.js sets these without a load
    // (isNullObject is hidden until a sync by the proxy below).
    mock.isNullObject = isNull;
    mock.worksheet = this.worksheet(sheet.name, false, sheet);
    const data = { ...scalars, ...initial };
    const load = mock.load.bind(mock);
    const live: LiveRange = {
      ...{ mock, sheet, rect, big, initial, written: {}, data, order: [] },
      ...{ current, load },
    };
    this.live.push(live);
    this.byMock.set(mock, live);
    this.origins.push(origin);
    const proxy = this.strict(mock, live);
    mock.load = (props: string | string[]) => {
      const list = splitProps(props);
      this.loads.push({ address, props: list });
      this.pendingLoads.push({ live, props: list });
      load(props);
      return proxy;
    };
    return proxy;
  }

  /** A stored formula (by id) as formulasLocal shows it under the loaded names. */
  private localFormula(entry: FakeValue): FakeValue {
    if (typeof entry !== "string" || !entry.startsWith("=") || !entry.includes("UNION."))
      return entry;
    return renameUnionCalls(entry, (id) => this.functionNames.byId.get(id));
  }

  /**
   * What Excel stores for an entry of formulas or formulasLocal: formulasLocal speaks the loaded names,
   * formulas the ids, except that under translated names an id is not found (office-js#891).
   */
  private enterFormula(prop: string, entry: FakeValue, format: string): Partial<FakeCell> {
    const taken = excelInput(entry, format);
    if (taken.kind === "value")
      return {
        value: taken.value,
        formula: undefined,
        input: entry,
        error: taken.error,
        ...(taken.numberFormat && format === "General" ? { numberFormat: taken.numberFormat } : {}),
      };
    if (prop === "values") return { formula: taken.formula, value: undefined, input: entry };
    let unknown = false;
    const byId = renameUnionCalls(taken.formula, (name) => {
      const id =
        prop === "formulasLocal"
          ? this.functionNames.byName.get(name)
          : this.functionNames.translated
            ? undefined
            : this.functionNames.byId.has(name)
              ? name
              : undefined;
      if (id === undefined) unknown = true;
      return id;
    });
    return {
      formula: byId,
      value: unknown ? "#NAME?" : undefined,
      error: unknown || undefined,
      input: entry,
    };
  }

  /** Drops the batch a failed sync carried: Excel never saw it. */
  private drop(error: Error): never {
    const last = this.syncs[this.syncs.length - 1];
    if (last) last.failed = String((error as { code?: unknown }).code ?? error.message);
    // Loads queued in the failed batch were never answered: their properties stay unloaded.
    for (const { live, props } of this.pendingLoads)
      for (const prop of props)
        if (prop in live.data) (live.mock as unknown as Resettable).setValue(prop, live.data[prop]);
    this.pendingLoads = [];
    this.pendingMerges = [];
    this.commands = [];
    this.answers.clear();
    this.adding.clear();
    for (const live of this.live) this.writesOf(live, { cells: 0, bytes: 0 });
    throw error;
  }

  private async sync(): Promise<void> {
    const record: SyncRecord = { cells: 0, bytes: 0 };
    this.syncs.push(record);
    const error = this.failures.get(this.syncs.length) ?? this.pendingError;
    this.pendingError = undefined;
    if (error) this.drop(error);
    try {
      for (const command of this.commands) command.check?.();
    } catch (failure) {
      this.drop(failure as Error);
    }
    const loads = this.pendingLoads.map(({ live, props }) => ({
      live,
      grids: props.filter((p) => (GRID_PROPS as readonly string[]).includes(p)),
    }));
    for (const { live, grids } of loads) {
      if (grids.length === 0) continue;
      if (live.big)
        this.drop(new Error(`fake: ${formatAddress(live.rect)} is too large to load at once`));
      record.cells +=
        (live.rect.endRow - live.rect.startRow + 1) * (live.rect.endCol - live.rect.startCol + 1);
      for (const prop of grids) {
        live.initial[prop] = live.current(prop);
        record.bytes += Buffer.byteLength(JSON.stringify(live.initial[prop]));
      }
    }
    // Loaded data travels in the response, written data in the request: Excel on the web refuses
    // either over 5 MB, each with its own code.
    const response = record.bytes;
    const commits: Array<() => void> = [];
    for (const live of this.live) commits.push(...this.writesOf(live, record));
    const request = record.bytes - response;
    for (const [bytes, code] of [
      [response, "ResponsePayloadSizeLimitExceeded"],
      [request, "RequestPayloadSizeLimitExceeded"],
    ] as const)
      if (bytes > this.payloadLimit) this.drop(Object.assign(new Error(`fake: ${code}`), { code }));
    this.pendingLoads = [];
    const commands = this.commands;
    this.commands = [];
    commands.forEach((command) => command.apply());
    commits.forEach((commit) => commit());
    this.pendingMerges.forEach((merge) => merge());
    this.pendingMerges = [];
    // Loads are answered after the commands: a simplification (Excel answers each in queue order).
    const wrote = commands.length + commits.length > 0;
    for (const { live, grids } of loads)
      for (const prop of grids) {
        if (wrote) live.initial[prop] = live.current(prop);
        (live.mock as unknown as Resettable).setValue(prop, live.initial[prop]);
        live.load(prop);
      }
    const answers = [...this.answers];
    this.answers.clear();
    answers.forEach((item) => item.resolve());
    await Promise.all([
      ...this.live.map((l) => l.mock.sync()),
      ...this.plainMocks.map((m) => m.sync()),
    ]);
    await new Promise((resolve) => setImmediate(resolve)); // let the mock finish its property updates
  }

  /** Commands queued on one range since the last sync, measured into the record and returned as commits. */
  private writesOf(live: LiveRange, record: SyncRecord): Array<() => void> {
    const { mock, sheet, rect } = live;
    const commits: Array<() => void> = [];
    const fresh = (name: string, value: unknown, initial?: unknown) =>
      value !== undefined &&
      value !== initial &&
      value !== live.written[name] &&
      !isMockError(value);
    const last = (prop: string) => live.order.lastIndexOf(prop);
    for (const prop of [...GRID_PROPS].sort((a, b) => last(a) - last(b))) {
      const grid = mock[prop] as unknown;
      if (!fresh(prop, grid, live.initial[prop])) continue;
      if (!Array.isArray(grid)) throw new Error(`fake: ${prop} must be a 2-D array`);
      const rows = rect.endRow - rect.startRow + 1;
      const cols = rect.endCol - rect.startCol + 1;
      if (grid.length !== rows || grid.some((row: unknown[]) => row.length !== cols)) {
        throw Object.assign(
          new Error(`fake: ${prop} is not ${rows}×${cols} for ${formatAddress(rect)}`),
          { code: "InvalidArgument" }
        );
      }
      live.written[prop] = grid;
      record.cells += rows * cols;
      record.bytes += Buffer.byteLength(JSON.stringify(grid));
      commits.push(() =>
        grid.forEach((row: FakeValue[], r: number) =>
          row.forEach((entry, c) => {
            const [at, col] = [rect.startRow + r, rect.startCol + c];
            sheet.patch(
              at,
              col,
              prop === "numberFormat"
                ? { numberFormat: String(entry) }
                : this.enterFormula(prop, entry, sheet.numberFormat(at, col))
            );
          })
        )
      );
    }
    const format = mock.format as Record<string, unknown> & { font: Record<string, unknown> };
    const bold = format.font.bold;
    if (fresh("bold", bold)) {
      live.written.bold = bold;
      commits.push(() => eachCell(rect, (r, c) => sheet.patch(r, c, { bold: bold as boolean })));
    }
    for (const [prop, field] of [
      ["name", "fontName"],
      ["size", "fontSize"],
    ] as const) {
      const value = format.font[prop];
      if (!fresh(`font.${prop}`, value)) continue;
      live.written[`font.${prop}`] = value;
      commits.push(() => eachCell(rect, (r, c) => sheet.patch(r, c, { [field]: value })));
    }
    for (const prop of FORMAT_PROPS) {
      const value = format[prop];
      if (!fresh(prop, value)) continue;
      live.written[prop] = value;
      if (prop === "wrapText")
        commits.push(() => eachCell(rect, (r, c) => sheet.patch(r, c, { wrap: value as boolean })));
      if (prop === "horizontalAlignment")
        commits.push(() => eachCell(rect, (r, c) => sheet.patch(r, c, { align: value as string })));
      if (prop === "columnWidth")
        commits.push(() => eachCol(rect, (c) => sheet.columnWidths.set(c, value as number)));
      if (prop === "rowHeight")
        commits.push(() => eachRow(rect, (r) => sheet.rowHeights.set(r, value as number)));
    }
    const rule = (mock.dataValidation as { rule?: unknown }).rule;
    if (fresh("rule", rule)) {
      live.written.rule = rule;
      const list = (rule as { list?: { source?: unknown } }).list;
      if (!list || typeof list.source !== "string" || list.source.length > 255)
        throw invalidArgument(`fake: validation rule ${JSON.stringify(rule)}`);
      const address = formatAddress(rect);
      commits.push(() => sheet.validations.push({ address, rule }));
    }
    return commits;
  }
}

interface Command {
  /** Throws when Excel would refuse the command: the whole sync then fails. */
  check?: () => void;
  apply: () => void;
}

/** office-addin-mock's own reset of a property to "not loaded" (private in its typings). */
interface Resettable {
  setValue(prop: string, value: unknown): void;
}

interface Answerable {
  resolve(): void;
}

const CHART_TYPES = new Set(["Pie", "ColumnClustered", "BarClustered", "Line", "Doughnut"]);

function invalidArgument(message: string): Error {
  return Object.assign(new Error(message), { code: "InvalidArgument" });
}

function notAvailable(prop: string): Error {
  return Object.assign(
    new Error(
      `fake: the property '${prop}' is not available: call load() and context.sync() before reading it`
    ),
    { code: "PropertyNotLoaded" }
  );
}

/** Excel's rules: 1–31 characters, none of []:*?/\, not starting or ending with '. */
function validSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

/**
 * A collection whose `items` can be read only after load() and a sync, as in Office.js:
 * load("items/name") or load("name") loads those properties on every item.
 */
class FakeCollection<T> {
  private requested?: string[];
  private loaded?: T[];

  constructor(
    private readonly fake: FakeExcel,
    private readonly list: () => T[],
    private readonly loadItem: (item: T, props: string[]) => void,
    private readonly itemProps: readonly string[]
  ) {}

  load(props: string | string[]): this {
    const list = splitProps(props).map((p) => p.replace(/^items\//, ""));
    for (const p of list)
      if (!this.itemProps.includes(p))
        throw new Error(`Property ${p} needs to be present in object model before load is called.`);
    this.requested = list;
    this.fake.answer(this);
    return this;
  }

  resolve(): void {
    if (!this.requested) return;
    const items = this.list();
    items.forEach((item) => this.loadItem(item, this.requested!));
    this.loaded = items;
  }

  get items(): T[] {
    if (!this.loaded) throw notAvailable("items");
    return this.loaded;
  }
}

/**
 * An object of a kind office-addin-mock does not model (settings, merged areas): its properties
 * can be read only after load() and a sync, and a *OrNullObject result says isNullObject only then.
 */
class FakeProxy {
  private requested = new Set<string>();
  private values = new Map<string, unknown>();
  private synced = false;
  private isNull = false;

  constructor(
    private readonly fake: FakeExcel,
    private readonly allowed: readonly string[],
    private readonly resolver: () => Record<string, unknown> | null
  ) {
    for (const prop of allowed)
      Object.defineProperty(this, prop, { get: () => this.read(prop), enumerable: true });
    fake.answer(this); // isNullObject is known after the next sync, loaded or not
  }

  load(props: string | string[]): this {
    for (const p of splitProps(props)) {
      if (!this.allowed.includes(p))
        throw new Error(`Property ${p} needs to be present in object model before load is called.`);
      this.requested.add(p);
    }
    this.fake.answer(this);
    return this;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notAvailable("isNullObject");
    return this.isNull;
  }

  resolve(): void {
    const data = this.resolver();
    this.synced = true;
    this.isNull = data === null;
    for (const p of this.requested) this.values.set(p, data?.[p]);
  }

  private read(prop: string): unknown {
    if (!this.values.has(prop)) throw notAvailable(prop);
    if (this.isNull)
      throw Object.assign(new Error(`fake: ${prop} of a null object`), {
        code: "InvalidOperation",
      });
    return this.values.get(prop);
  }
}

function eachCell(rect: CellRect, f: (row: number, col: number) => void): void {
  for (let r = rect.startRow; r <= rect.endRow; r++)
    for (let c = rect.startCol; c <= rect.endCol; c++) f(r, c);
}

function eachCol(rect: CellRect, f: (col: number) => void): void {
  for (let c = rect.startCol; c <= rect.endCol; c++) f(c);
}

function eachRow(rect: CellRect, f: (row: number) => void): void {
  for (let r = rect.startRow; r <= rect.endRow; r++) f(r);
}

function splitProps(props: string | string[]): string[] {
  return (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
}

function isMockError(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("Error, ");
}
