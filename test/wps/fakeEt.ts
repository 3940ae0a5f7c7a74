/**
 * A fake of WPS 表格's ET object model: a small in-memory workbook that answers the calls the WPS host
 * makes, with the COM behaviours that matter to it:
 * - indices are 1-based (Sheets.Item(1), Cells.Item(1, 1)); Item(0) and unknown names throw;
 * - Value2 / Formula are a scalar for one cell and a 2-D array for a block; assigning an array smaller
 *   than the block fills the rest with #N/A, a 1-D array is a row;
 * - text assigned is read as if typed: "=…" a formula (Formula only), "12" a number, "TRUE" a
 *   boolean, a leading apostrophe keeps the rest as text;
 * - NumberFormat, MergeCells, ColumnWidth, Font.Bold are null over a block that mixes them;
 * - UsedRange is the box around every used cell (values or formats), not necessarily from A1;
 * - invalid addresses, duplicate or illegal sheet names, Validation.Add over an existing rule,
 *   Range.Select on a sheet not shown and Activate on a very hidden sheet throw, as COM does;
 * - Sheets.Add shows the new sheet.
 * What it does not model: calculation (a formula written here has no value until a test sets one),
 * dates and percentages typed as text, chart rendering, undo, events, and WPS's dialogs.
 */

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export class ComError extends Error {
  constructor(what: string) {
    super(`${what} (0x800A03EC)`);
  }
}

export interface FakeCell {
  fontName?: string;
  fontSize?: number;
  halign?: number;
  border?: boolean;
  value?: string | number | boolean;
  formula?: string;
  format?: string;
  bold?: boolean;
  wrap?: boolean;
  valign?: number;
  validation?: { type: number; formula1?: string };
}

export interface FakeChart {
  type: number;
  left: number;
  top: number;
  width: number;
  height: number;
  source?: string;
  plotBy?: number;
  title?: string;
  hasTitle: boolean;
  hasLegend: boolean;
}

export interface SheetSnapshot {
  name: string;
  visible: number;
  cells: Array<[number, FakeCell]>;
  merges: Rect[];
  widths: Array<[number, number]>;
  heights: Array<[number, number]>;
  charts: FakeChart[];
  freeze?: { rows: number; cols: number };
  autoFilter?: string;
}

/** A whole fake workbook as plain JSON: to hand a workbook to a browser page and read it back. */
export interface FakeSnapshot {
  name: string;
  active: number;
  sheets: SheetSnapshot[];
}

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function parseA1(address: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address);
  if (!m) throw new ComError(`Range("${address}") 方法失败`);
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  for (const [r, c] of [
    [r1, c1],
    [r2, c2],
  ])
    if (r < 0 || r >= MAX_ROWS || c < 0 || c >= MAX_COLS)
      throw new ComError(`Range("${address}") 方法失败`);
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

/** Text as WPS reads what is typed or assigned. */
function typed(input: unknown, asFormula: boolean): FakeCell | undefined {
  if (input === undefined || input === null || input === "") return undefined;
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (asFormula && text.startsWith("=") && text.length > 1) return { formula: text };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return { value: Number(text) };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toUpperCase() === "TRUE" };
  return { value: text };
}

export class FakeRange {
  constructor(
    readonly sheet: FakeWorksheet,
    readonly rect: Rect
  ) {}

  private *positions(): Generator<[number, number]> {
    for (let r = this.rect.r1; r <= this.rect.r2; r++)
      for (let c = this.rect.c1; c <= this.rect.c2; c++) yield [r, c];
  }

  private get single(): boolean {
    return this.rect.r1 === this.rect.r2 && this.rect.c1 === this.rect.c2;
  }

  /** A value per cell as COM shapes it: a scalar for one cell, else rows of cells. */
  private shaped<T>(read: (r: number, c: number) => T): T | T[][] {
    if (this.single) return read(this.rect.r1, this.rect.c1);
    const rows: T[][] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      const line: T[] = [];
      for (let c = this.rect.c1; c <= this.rect.c2; c++) line.push(read(r, c));
      rows.push(line);
    }
    return rows;
  }

  /** The same property over every cell, or null when they differ. */
  private uniform<T>(read: (r: number, c: number) => T): T | null {
    let first: T | undefined;
    let seen = false;
    for (const [r, c] of this.positions()) {
      const v = read(r, c);
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
    return first as T;
  }

  private assign(input: unknown, asFormula: boolean): void {
    this.sheet.workbook.app.log.push(
      `${asFormula ? "Formula" : "Value2"}=${this.Address(false, false)}`
    );
    const rows = this.rect.r2 - this.rect.r1 + 1;
    const cols = this.rect.c2 - this.rect.c1 + 1;
    const grid: unknown[][] = !Array.isArray(input)
      ? Array.from({ length: rows }, () => new Array(cols).fill(input))
      : Array.isArray(input[0])
        ? (input as unknown[][])
        : Array.from({ length: rows }, () => input as unknown[]);
    for (const [r, c] of this.positions()) {
      const line = grid[r - this.rect.r1];
      const v = line && c - this.rect.c1 < line.length ? line[c - this.rect.c1] : "#N/A";
      this.sheet.setContent(r, c, typed(v, asFormula));
    }
  }

  get Row(): number {
    return this.rect.r1 + 1;
  }
  get Column(): number {
    return this.rect.c1 + 1;
  }
  get Rows(): { Count: number } {
    return { Count: this.rect.r2 - this.rect.r1 + 1 };
  }
  get Columns(): { Count: number } {
    return { Count: this.rect.c2 - this.rect.c1 + 1 };
  }
  get Worksheet(): FakeWorksheet {
    return this.sheet;
  }

  get Value2(): unknown {
    this.sheet.workbook.app.reads++;
    return this.shaped((r, c) => this.sheet.cell(r, c)?.value);
  }
  set Value2(input: unknown) {
    this.assign(input, false);
  }

  get Formula(): unknown {
    return this.shaped((r, c) => {
      const cell = this.sheet.cell(r, c);
      return cell?.formula ?? (cell?.value === undefined ? "" : String(cell.value));
    });
  }
  set Formula(input: unknown) {
    this.assign(input, true);
  }

  get NumberFormat(): unknown {
    this.sheet.workbook.app.reads++;
    return this.uniform((r, c) => this.sheet.cell(r, c)?.format ?? "General");
  }
  set NumberFormat(format: unknown) {
    if (typeof format !== "string") throw new ComError("NumberFormat 只接受文本");
    this.sheet.workbook.app.log.push(`NumberFormat=${this.Address(false, false)}`);
    for (const [r, c] of this.positions()) this.sheet.edit(r, c).format = format;
  }

  get MergeCells(): unknown {
    this.sheet.workbook.app.mergeCalls++;
    let merged = 0;
    let total = 0;
    for (const [r, c] of this.positions()) {
      total++;
      if (this.sheet.mergeAt(r, c)) merged++;
    }
    return merged === 0 ? false : merged === total ? true : null;
  }
  get MergeArea(): FakeRange {
    this.sheet.workbook.app.mergeCalls++;
    const m = this.sheet.mergeAt(this.rect.r1, this.rect.c1);
    return m ? new FakeRange(this.sheet, m) : this;
  }
  Merge(): void {
    this.sheet.merge(this.rect);
  }

  get ColumnWidth(): unknown {
    return this.uniform((_, c) => this.sheet.widths.get(c) ?? 8.38);
  }
  set ColumnWidth(width: unknown) {
    for (let c = this.rect.c1; c <= this.rect.c2; c++) this.sheet.widths.set(c, Number(width));
  }
  get RowHeight(): unknown {
    return this.uniform((r) => this.sheet.heights.get(r) ?? 13.5);
  }
  set RowHeight(height: unknown) {
    for (let r = this.rect.r1; r <= this.rect.r2; r++) this.sheet.heights.set(r, Number(height));
  }

  get Font(): { Bold: unknown; Name: unknown; Size: unknown } {
    const range = this;
    return {
      get Name() {
        return range.uniform((r, c) => range.sheet.cell(r, c)?.fontName ?? "宋体");
      },
      set Name(v: unknown) {
        for (const [r, c] of range.positions()) range.sheet.edit(r, c).fontName = String(v);
      },
      get Size() {
        return range.uniform((r, c) => range.sheet.cell(r, c)?.fontSize ?? 11);
      },
      set Size(v: unknown) {
        for (const [r, c] of range.positions()) range.sheet.edit(r, c).fontSize = Number(v);
      },
      get Bold() {
        return range.uniform((r, c) => range.sheet.cell(r, c)?.bold ?? false);
      },
      set Bold(v: unknown) {
        for (const [r, c] of range.positions()) range.sheet.edit(r, c).bold = Boolean(v);
      },
    };
  }
  get WrapText(): unknown {
    return this.uniform((r, c) => this.sheet.cell(r, c)?.wrap ?? false);
  }
  set WrapText(v: unknown) {
    for (const [r, c] of this.positions()) this.sheet.edit(r, c).wrap = Boolean(v);
  }
  get HorizontalAlignment(): unknown {
    return this.uniform((r, c) => this.sheet.cell(r, c)?.halign ?? 1);
  }
  set HorizontalAlignment(v: unknown) {
    for (const [r, c] of this.positions()) this.sheet.edit(r, c).halign = Number(v);
  }
  get Borders() {
    const range = this;
    return {
      get LineStyle(): unknown {
        return range.uniform((r, c) => (range.sheet.cell(r, c)?.border ? 1 : -4142));
      },
      set LineStyle(v: unknown) {
        for (const [r, c] of range.positions()) range.sheet.edit(r, c).border = v === 1;
      },
      Weight: 2 as unknown,
    };
  }
  get VerticalAlignment(): unknown {
    return this.uniform((r, c) => this.sheet.cell(r, c)?.valign ?? -4107);
  }
  set VerticalAlignment(v: unknown) {
    for (const [r, c] of this.positions()) this.sheet.edit(r, c).valign = Number(v);
  }

  get Validation() {
    const range = this;
    return {
      IgnoreBlank: true,
      InCellDropdown: true,
      Add(type: number, _alert?: number, _op?: number, formula1?: string): void {
        for (const [r, c] of range.positions())
          if (range.sheet.cell(r, c)?.validation) throw new ComError("Validation.Add 方法失败");
        for (const [r, c] of range.positions())
          range.sheet.edit(r, c).validation = { type, formula1 };
      },
      Delete(): void {
        for (const [r, c] of range.positions()) {
          const cell = range.sheet.cell(r, c);
          if (cell) delete cell.validation;
        }
      },
    };
  }

  get Left(): number {
    let left = 0;
    for (let c = 0; c < this.rect.c1; c++) left += (this.sheet.widths.get(c) ?? 8.38) * 6;
    return left;
  }
  get Top(): number {
    let top = 0;
    for (let r = 0; r < this.rect.r1; r++) top += this.sheet.heights.get(r) ?? 13.5;
    return top;
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    const cell = (r: number, c: number) =>
      `${columnAbsolute ? "$" : ""}${letters(c)}${rowAbsolute ? "$" : ""}${r + 1}`;
    return this.single
      ? cell(this.rect.r1, this.rect.c1)
      : `${cell(this.rect.r1, this.rect.c1)}:${cell(this.rect.r2, this.rect.c2)}`;
  }

  Select(): boolean {
    if (this.sheet.workbook.activeSheet !== this.sheet)
      throw new ComError("Range 类的 Select 方法失败");
    this.sheet.workbook.app.selection = this;
    return true;
  }

  AutoFilter(): boolean {
    this.sheet.autoFilter = this.Address(false, false);
    return true;
  }
}

export class FakeWorksheet {
  private name: string;
  private visible = -1;
  readonly cells = new Map<number, FakeCell>();
  readonly merges: Rect[] = [];
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  autoFilter?: string;
  freeze?: { rows: number; cols: number };
  /** PageSetup as assigned (the fake does not print). */
  readonly PageSetup: Record<string, unknown> = {};

  constructor(
    readonly workbook: FakeWorkbook,
    name: string
  ) {
    this.name = name;
  }

  snapshot(): SheetSnapshot {
    return {
      name: this.name,
      visible: this.visible,
      cells: [...this.cells.entries()],
      merges: this.merges,
      widths: [...this.widths.entries()],
      heights: [...this.heights.entries()],
      charts: this.charts,
      freeze: this.freeze,
      autoFilter: this.autoFilter,
    };
  }

  restore(s: SheetSnapshot): void {
    this.name = s.name;
    this.visible = s.visible;
    for (const [k, v] of s.cells) this.cells.set(k, { ...v });
    this.merges.push(...s.merges);
    for (const [k, v] of s.widths) this.widths.set(k, v);
    for (const [k, v] of s.heights) this.heights.set(k, v);
    this.charts.push(...s.charts);
    this.freeze = s.freeze;
    this.autoFilter = s.autoFilter;
  }

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(r * MAX_COLS + c);
  }
  edit(r: number, c: number): FakeCell {
    let cell = this.cells.get(r * MAX_COLS + c);
    if (!cell) this.cells.set(r * MAX_COLS + c, (cell = {}));
    return cell;
  }
  setContent(r: number, c: number, content: FakeCell | undefined): void {
    const cell = this.edit(r, c);
    delete cell.value;
    delete cell.formula;
    Object.assign(cell, content ?? {});
    const evaluate = this.workbook.app.evaluate;
    if (cell.formula && evaluate) {
      const value = evaluate(cell.formula, this);
      if (value !== undefined) cell.value = value;
    }
  }
  mergeAt(r: number, c: number): Rect | undefined {
    return this.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  }
  merge(rect: Rect): void {
    for (let i = this.merges.length - 1; i >= 0; i--) {
      const m = this.merges[i];
      if (m.r1 <= rect.r2 && m.r2 >= rect.r1 && m.c1 <= rect.c2 && m.c2 >= rect.c1)
        this.merges.splice(i, 1);
    }
    // As WPS does (after asking, in its window), only the top-left cell keeps its content.
    for (let r = rect.r1; r <= rect.r2; r++)
      for (let c = rect.c1; c <= rect.c2; c++)
        if (r !== rect.r1 || c !== rect.c1) this.setContent(r, c, undefined);
    this.merges.push(rect);
  }

  get Name(): string {
    return this.name;
  }
  set Name(name: string) {
    if (
      name === "" ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    )
      throw new ComError(`工作表名称无效: ${name}`);
    if (this.workbook.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase()))
      throw new ComError(`工作表名称已被占用: ${name}`);
    this.name = name;
  }
  get Index(): number {
    return this.workbook.sheets.indexOf(this) + 1;
  }
  get Visible(): unknown {
    return this.visible;
  }
  set Visible(v: unknown) {
    this.visible = Number(v);
    if (this.visible !== -1 && this.workbook.activeSheet === this) {
      const next = this.workbook.sheets.find((s) => s.visible === -1);
      if (!next) throw new ComError("不能隐藏唯一的可见工作表");
      this.workbook.activeSheet = next;
    }
  }

  Range(address: string): FakeRange {
    return new FakeRange(this, parseA1(address));
  }
  get Cells() {
    return {
      Item: (row: number, col: number): FakeRange => {
        if (!(row >= 1 && col >= 1 && row <= MAX_ROWS && col <= MAX_COLS))
          throw new ComError(`Cells.Item(${row}, ${col}) 越界`);
        return new FakeRange(this, { r1: row - 1, c1: col - 1, r2: row - 1, c2: col - 1 });
      },
    };
  }
  get UsedRange(): FakeRange {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    const include = (r: number, c: number) => {
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    };
    for (const [key, cell] of this.cells)
      if (Object.keys(cell).length > 0) include(Math.floor(key / MAX_COLS), key % MAX_COLS);
    // A merged area is formatted, so it is used even where empty.
    for (const m of this.merges) {
      include(m.r1, m.c1);
      include(m.r2, m.c2);
    }
    return r2 < 0
      ? new FakeRange(this, { r1: 0, c1: 0, r2: 0, c2: 0 })
      : new FakeRange(this, { r1, c1, r2, c2 });
  }
  get Shapes() {
    return {
      AddChart2: (_style?: number, type = 51, left = 0, top = 0, width = 360, height = 216) => {
        const chart: FakeChart = {
          type,
          left,
          top,
          width,
          height,
          hasTitle: false,
          hasLegend: true,
        };
        this.charts.push(chart);
        return {
          Chart: {
            SetSourceData(source: FakeRange, plotBy?: number) {
              chart.source = source.Address(false, false);
              chart.plotBy = plotBy;
            },
            get HasTitle() {
              return chart.hasTitle;
            },
            set HasTitle(v: boolean) {
              chart.hasTitle = v;
            },
            ChartTitle: {
              get Text() {
                if (!chart.hasTitle) throw new ComError("图表没有标题");
                return chart.title ?? "";
              },
              set Text(v: string) {
                if (!chart.hasTitle) throw new ComError("图表没有标题");
                chart.title = v;
              },
            },
            get HasLegend() {
              return chart.hasLegend;
            },
            set HasLegend(v: boolean) {
              chart.hasLegend = v;
            },
          },
        };
      },
    };
  }
  Activate(): void {
    if (this.visible !== -1) throw new ComError(`不能激活隐藏的工作表 ${this.name}`);
    this.workbook.activeSheet = this;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeWorksheet[] = [];
  activeSheet!: FakeWorksheet;

  constructor(
    readonly app: FakeApplication,
    readonly Name: string,
    sheetNames: string[]
  ) {
    for (const name of sheetNames) this.sheets.push(new FakeWorksheet(this, name));
    this.activeSheet = this.sheets[0];
  }

  get ActiveSheet(): FakeWorksheet {
    return this.activeSheet;
  }

  get Worksheets() {
    const book = this;
    return {
      get Count() {
        return book.sheets.length;
      },
      Item(index: number | string): FakeWorksheet {
        const sheet =
          typeof index === "number"
            ? book.sheets[index - 1]
            : book.sheets.find((s) => s.Name.toLowerCase() === String(index).toLowerCase());
        if (!sheet || (typeof index === "number" && index < 1))
          throw new ComError(`Sheets.Item(${JSON.stringify(index)}) 下标越界`);
        return sheet;
      },
      Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
        let n = book.sheets.length + 1;
        while (book.sheets.some((s) => s.Name.toLowerCase() === `sheet${n}`)) n++;
        const sheet = new FakeWorksheet(book, `Sheet${n}`);
        const at = after
          ? book.sheets.indexOf(after) + 1
          : before
            ? book.sheets.indexOf(before)
            : book.sheets.indexOf(book.activeSheet);
        book.sheets.splice(at, 0, sheet);
        book.activeSheet = sheet;
        return sheet;
      },
    };
  }
  get Sheets() {
    return this.Worksheets;
  }

  sheet(name: string): FakeWorksheet {
    return this.Worksheets.Item(name);
  }
}

export class FakeApplication {
  workbook: FakeWorkbook | null;
  selection: unknown;
  screenUpdating = true;
  calculation: unknown = -4105;
  /** Every ScreenUpdating and Calculation assignment, in order. */
  readonly switches: string[] = [];
  /** Every Value2 / Formula / NumberFormat assignment, by address. */
  readonly log: string[] = [];
  /** Value2 and NumberFormat reads. */
  reads = 0;
  /** MergeCells and MergeArea reads. */
  mergeCalls = 0;
  /** The fake does not calculate: a test may answer for the formulas it writes. */
  evaluate?: (formula: string, sheet: FakeWorksheet) => string | number | boolean | undefined;
  private readonly window = {
    app: this as FakeApplication,
    frozen: false,
    SplitRow: 0,
    SplitColumn: 0,
    ScrollRow: 1,
    ScrollColumn: 1,
    get FreezePanes(): boolean {
      return this.frozen;
    },
    set FreezePanes(v: boolean) {
      this.frozen = v;
      const sheet = this.app.ActiveSheet as FakeWorksheet;
      sheet.freeze = v ? { rows: this.SplitRow, cols: this.SplitColumn } : undefined;
    },
  };

  constructor(sheetNames: string[] = ["Sheet1"], name = "工作簿1.xlsx") {
    this.workbook = new FakeWorkbook(this, name, sheetNames);
    this.selection = this.workbook.sheets[0].Range("A1");
  }

  snapshot(): FakeSnapshot {
    const book = this.workbook!;
    return {
      name: book.Name,
      active: book.sheets.indexOf(book.activeSheet),
      sheets: book.sheets.map((s) => s.snapshot()),
    };
  }

  /** Replaces the workbook with one from a snapshot. */
  load(snapshot: FakeSnapshot): void {
    const book = new FakeWorkbook(
      this,
      snapshot.name,
      snapshot.sheets.map((s) => s.name)
    );
    snapshot.sheets.forEach((s, i) => book.sheets[i].restore(s));
    book.activeSheet = book.sheets[snapshot.active];
    this.workbook = book;
    this.selection = book.activeSheet.Range("A1");
  }

  get ActiveWorkbook(): FakeWorkbook | null {
    return this.workbook;
  }
  get ActiveSheet(): FakeWorksheet | null {
    return this.workbook?.activeSheet ?? null;
  }
  get ActiveWindow() {
    return this.window;
  }
  get Selection(): unknown {
    return this.selection;
  }
  get ScreenUpdating(): boolean {
    return this.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.switches.push(`ScreenUpdating=${v}`);
    this.screenUpdating = v;
  }
  get Calculation(): unknown {
    return this.calculation;
  }
  set Calculation(v: unknown) {
    this.switches.push(`Calculation=${String(v)}`);
    this.calculation = v;
  }
}
