import { OfficeMockObject } from "office-addin-mock";
import {
  type CellRect,
  formatAddress,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
} from "../../src/excel/address";
import type { ExcelRun } from "../../src/excel/excelWorkbook";

/**
 * A small Excel for tests, built from office-addin-mock objects. What the mock gives: properties
 * must be load()ed and synced before they are read (otherwise they hold the mock's error strings),
 * and load() of a property the object does not have throws. What the mock lacks, added here:
 *  - objects returned by methods (getRange, getCell, …) are new mocks that context.sync() must reach,
 *    so every mock is registered and synced by the fake's own context.sync();
 *  - writes (range.formulas = …, format.font.bold = …, merge()) are applied to a cell store at sync,
 *    as Excel applies queued commands only when the batch is sent;
 *  - a missing sheet or table fails the next sync (ItemNotFound), as in Office.js;
 *  - each sync's payload is measured and, like Excel on the web, a sync over 5 MB is rejected.
 */
export type FakeValue = string | number | boolean;

export interface FakeCell {
  value?: FakeValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
  /** The raw entry last written through Range.formulas / Range.values. */
  input?: FakeValue;
}

export interface Generated {
  rows: number;
  cols: number;
  value: (row: number, col: number) => FakeValue;
  numberFormat?: (row: number, col: number) => string;
}

const key = (row: number, col: number) => `${row}:${col}`;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();

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
}

/** Ranges above this many cells get no cell data in the fake: loading one fails the sync. */
const GRID_LIMIT = 1_000_000;
const GRID_PROPS = ["values", "formulas", "numberFormat"] as const;
const FORMAT_PROPS = ["columnWidth", "rowHeight", "wrapText"] as const;

export interface SyncRecord {
  /** Cells whose data was loaded or written in this sync. */
  cells: number;
  /** Bytes of JSON for that data: a lower bound of the real payload. */
  bytes: number;
}

export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  activeSheet = "Sheet1";
  selection?: { sheet: string; address: string };
  readonly tables = new Map<string, { sheet: string; address: string }>();
  /** Throw at getItem for a missing sheet, instead of failing the next sync as Office.js does. */
  throwOnGetItem = false;
  /** Excel on the web's cap on one request or response. */
  payloadLimit = 5 * 1024 * 1024;

  readonly syncs: SyncRecord[] = [];
  readonly loads: Array<{ address: string; props: string[] }> = [];
  readonly origins: RangeOrigin[] = [];
  calcSuspensions = 0;

  private live: LiveRange[] = [];
  private plainMocks: OfficeMockObject[] = [];
  private pendingLoads: Array<{ live: LiveRange; props: string[] }> = [];
  private pendingMerges: Array<() => void> = [];
  private pendingError?: Error;
  private byMock = new Map<unknown, LiveRange>();

  readonly context: Excel.RequestContext;
  readonly run: ExcelRun;

  constructor(options: { suspendable?: boolean } = {}) {
    const application: Record<string, unknown> = {};
    if (options.suspendable !== false)
      application.suspendApiCalculationUntilNextSync = () => void this.calcSuspensions++;
    const context = {
      workbook: {
        worksheets: {
          getItem: (name: string) => this.worksheet(name, true),
          getActiveWorksheet: () => this.worksheet(this.activeSheet, false),
        },
        getSelectedRange: () => {
          if (!this.selection) throw new Error("fake: no selection");
          const sheet = this.sheet(this.selection.sheet);
          return this.range(sheet, parseAddress(this.selection.address), "selection");
        },
        tables: {
          getItem: (name: string) => {
            const table = this.tables.get(name);
            if (!table) this.fail(`fake: table "${name}" not found`);
            const sheet = table ? this.sheet(table.sheet) : new FakeSheet("missing");
            const rect = table
              ? parseAddress(table.address)
              : { startRow: 0, startCol: 0, endRow: 0, endCol: 0 };
            return { getRange: () => this.range(sheet, rect, "table") };
          },
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

  private fail(message: string): void {
    const error = Object.assign(new Error(message), { code: "ItemNotFound" });
    if (this.throwOnGetItem) throw error;
    this.pendingError ??= error;
  }

  private worksheet(name: string, byName: boolean): OfficeMockObject {
    const found = [...this.sheets.values()].find(
      (s) => s.name.toLowerCase() === name.toLowerCase()
    );
    if (!found && byName) this.fail(`fake: worksheet "${name}" not found`);
    const sheet = found ?? new FakeSheet(name);
    const mock: OfficeMockObject = new OfficeMockObject({
      name: sheet.name,
      getRange: (address: string) => {
        if (address.includes("!"))
          throw new Error(`fake: Worksheet.getRange takes a local address, got ${address}`);
        return this.range(sheet, parseAddress(address), "getRange");
      },
      getUsedRange: () => {
        const used = sheet.usedRect() ?? { startRow: 0, startCol: 0, endRow: 0, endCol: 0 };
        return this.range(sheet, used, "usedRange");
      },
    });
    this.track(mock);
    return mock;
  }

  private track(mock: OfficeMockObject): void {
    this.plainMocks.push(mock);
    const load = mock.load.bind(mock);
    mock.load = (props: string | string[]) => {
      this.loads.push({ address: String(mock.address), props: splitProps(props) });
      return load(props);
    };
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
    const initial: Record<string, unknown> = {
      values: grid((r, c) => sheet.value(r, c)),
      formulas: grid((r, c) => sheet.formula(r, c)),
      numberFormat: grid((r, c) => sheet.numberFormat(r, c)),
    };
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
    const mock: OfficeMockObject = new OfficeMockObject({
      address,
      rowCount: rows,
      columnCount: cols,
      ...initial,
      format: { font: {} },
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
      merge: () => {
        this.pendingMerges.push(() => sheet.merges.push(formatAddress(rect)));
      },
    });
    // Plain properties, outside the mock's load bookkeeping: Office.js sets these without a load.
    mock.isNullObject = isNull;
    mock.worksheet = this.worksheet(sheet.name, false);
    const live: LiveRange = { mock, sheet, rect, big, initial, written: {} };
    this.live.push(live);
    this.byMock.set(mock, live);
    this.origins.push(origin);
    const load = mock.load.bind(mock);
    mock.load = (props: string | string[]) => {
      const list = splitProps(props);
      this.loads.push({ address, props: list });
      this.pendingLoads.push({ live, props: list });
      return load(props);
    };
    return mock;
  }

  private async sync(): Promise<void> {
    const record: SyncRecord = { cells: 0, bytes: 0 };
    this.syncs.push(record);
    const error = this.pendingError;
    this.pendingError = undefined;
    if (error) throw error;
    for (const { live, props } of this.pendingLoads) {
      const grids = props.filter((p) => (GRID_PROPS as readonly string[]).includes(p));
      if (grids.length === 0) continue;
      if (live.big)
        throw new Error(`fake: ${formatAddress(live.rect)} is too large to load at once`);
      record.cells +=
        (live.rect.endRow - live.rect.startRow + 1) * (live.rect.endCol - live.rect.startCol + 1);
      for (const prop of grids)
        record.bytes += Buffer.byteLength(JSON.stringify(live.initial[prop]));
    }
    this.pendingLoads = [];
    const commits: Array<() => void> = [];
    for (const live of this.live) commits.push(...this.writesOf(live, record));
    if (record.bytes > this.payloadLimit)
      throw Object.assign(new Error("fake: RequestPayloadSizeLimitExceeded"), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    commits.forEach((commit) => commit());
    this.pendingMerges.forEach((merge) => merge());
    this.pendingMerges = [];
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
    for (const prop of GRID_PROPS) {
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
          row.forEach((entry, c) =>
            sheet.patch(
              rect.startRow + r,
              rect.startCol + c,
              prop === "numberFormat" ? { numberFormat: String(entry) } : enter(entry)
            )
          )
        )
      );
    }
    const format = mock.format as Record<string, unknown> & { font: Record<string, unknown> };
    const bold = format.font.bold;
    if (fresh("bold", bold)) {
      live.written.bold = bold;
      commits.push(() => eachCell(rect, (r, c) => sheet.patch(r, c, { bold: bold as boolean })));
    }
    for (const prop of FORMAT_PROPS) {
      const value = format[prop];
      if (!fresh(prop, value)) continue;
      live.written[prop] = value;
      if (prop === "wrapText")
        commits.push(() => eachCell(rect, (r, c) => sheet.patch(r, c, { wrap: value as boolean })));
      if (prop === "columnWidth")
        commits.push(() => eachCol(rect, (c) => sheet.columnWidths.set(c, value as number)));
      if (prop === "rowHeight")
        commits.push(() => eachRow(rect, (r) => sheet.rowHeights.set(r, value as number)));
    }
    return commits;
  }
}

/** What Excel stores for an entry of Range.formulas / Range.values (no evaluation: formulas stay formulas). */
function enter(entry: FakeValue): Partial<FakeCell> {
  if (typeof entry === "string" && entry.startsWith("="))
    return { formula: entry, value: undefined, input: entry };
  if (typeof entry === "string" && entry.startsWith("'"))
    return { value: entry.slice(1), formula: undefined, input: entry };
  return { value: entry, formula: undefined, input: entry };
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
