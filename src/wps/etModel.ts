/**
 * The part of WPS 表格's ET object model (window.Application, the VBA-style spreadsheet API) that the
 * WPS host calls, as structural types: the adapter is written against these, test/wps/fakeEt.ts
 * implements them, and test/wps/etTypings.test.ts checks that Kingsoft's own declarations
 * (et-jsapi-declare, Et.Application) satisfy them, so a member spelled here that ET lacks fails
 * the type check.
 *
 * Values are `unknown` where ET gives "anything": a cell's Value2 is a scalar for one cell and a 2-D
 * array for a block, NumberFormat is null over mixed formats, MergeCells null over a partly merged
 * block (the COM conventions; see the ET reference at https://open.wps.cn/previous/docs/client/wpsLoad
 * and the Range members in et-jsapi-declare/lib.et.d.ts).
 */

export interface EtFont {
  Bold: unknown;
  Name: unknown;
  Size: unknown;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: unknown;
  FitToPagesWide: unknown;
  FitToPagesTall: unknown;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  PrintArea: string;
  CenterFooter: string;
  CenterHorizontally: boolean;
}

export interface EtValidation {
  /** Validation.Add(Type, AlertStyle, Operator, Formula1): Excel's xlValidateList = 3. */
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  Merge(Across?: boolean): void;
  ColumnWidth: unknown;
  RowHeight: unknown;
  readonly Font: EtFont;
  WrapText: unknown;
  VerticalAlignment: unknown;
  HorizontalAlignment: unknown;
  readonly Borders: { LineStyle: unknown; Weight: unknown };
  readonly Validation: EtValidation;
  readonly Left: unknown;
  readonly Top: unknown;
  readonly Worksheet: EtWorksheet;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Select(): unknown;
  AutoFilter(): unknown;
}

export interface EtChart {
  SetSourceData(Source: EtRange, PlotBy?: number): void;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  HasLegend: boolean;
}

export interface EtShape {
  readonly Chart: EtChart;
}

export interface EtShapes {
  /** Shapes.AddChart2(Style, XlChartType, Left, Top, Width, Height): -1 is the type's default style. */
  AddChart2(
    Style?: number,
    XlChartType?: number,
    Left?: number,
    Top?: number,
    Width?: number,
    Height?: number
  ): EtShape;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: unknown;
  Range(Cell1: string): EtRange;
  readonly Cells: { Item(RowIndex: number, ColumnIndex: number): EtRange };
  readonly UsedRange: EtRange;
  readonly Shapes: EtShapes;
  readonly PageSetup: EtPageSetup;
  Activate(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based, or a sheet's name. */
  Item(Index: number | string): unknown;
  Add(Before?: unknown, After?: unknown, Count?: number, Type?: unknown): unknown;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly ActiveSheet: unknown;
  readonly Worksheets: EtSheets;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  ScrollColumn: number;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: unknown;
  readonly ActiveWindow: EtWindow;
  readonly Selection: unknown;
  ScreenUpdating: boolean;
  /** XlCalculation: -4105 automatic, -4135 manual, 2 semiautomatic. */
  Calculation: unknown;
}

/** The few enumeration values the host uses (the same numbers as Excel's VBA enumerations). */
export const XL = {
  sheetVisible: -1,
  sheetVeryHidden: 2,
  calculationManual: -4135,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  verticalTop: -4160,
  alignLeft: -4131,
  alignCenter: -4108,
  alignRight: -4152,
  continuous: 1,
  thin: 2,
  lineStyleNone: -4142,
  portrait: 1,
  landscape: 2,
  paperA4: 9,
  pie: 5,
  columnClustered: 51,
  /** PlotBy columns: labels in the first column, values in the second. */
  columns: 2,
} as const;
