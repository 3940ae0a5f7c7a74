import { HyperFormula, type RawCellContent } from "hyperformula";
import type { CellValue } from "../../../../src/core/grid";
import type { Detection } from "../../../../src/core/ledgers/detect";
import { ledgerView, ledgerViews } from "../../../../src/core/report/ledgerView";

/**
 * A ledger as the report sees it: formulas summed over its data rows only (a subtotal row or a
 * repeated header inside the data splits the range, so nothing counts twice; the totals row is
 * outside), the cells of its columns, and the total it states.
 */
const SHEET = "会员台账";

// Row 0 title, row 1 header, rows 2–3 data, row 4 a subtotal, rows 5–6 data, row 7 totals.
const grid: CellValue[][] = [
  ["2024年度会员台账"],
  ["单位名称", "职工人数", "会员人数"],
  ["甲", 10, 8],
  ["乙", 20, 15],
  ["小计", 30, 23],
  ["丙", 5, 5],
  ["丁", 7, 6],
  ["合计", 42, "34人"],
];

const detection = (over: Partial<Detection> = {}): Detection => ({
  schemaId: "organisations",
  sheetName: SHEET,
  headerRows: [1],
  dataRows: { start: 2, end: 6 },
  columns: { orgName: 0, employees: 1, members: 2 },
  headerTexts: { 0: "单位名称", 1: "职工人数", 2: "会员人数" },
  totalsRow: 7,
  ignoredRows: [4],
  confidence: 1,
  missingRequired: [],
  ...over,
});

/** HyperFormula's value of a formula over the ledger sheet. */
function evaluate(formula: string, cells: CellValue[][] = grid): unknown {
  const data = cells.map((row) => row.map((v): RawCellContent => v ?? null));
  const engine = HyperFormula.buildFromSheets(
    { [SHEET]: data, F: [[`=${formula}`]] },
    { licenseKey: "gpl-v3" }
  );
  return engine.getCellValue({ sheet: engine.getSheetId("F")!, row: 0, col: 0 });
}

describe("ledgerView", () => {
  const view = ledgerView(grid, detection(), SHEET);

  it("reads the data rows as records, and knows its kind, sheet and columns", () => {
    expect(view.id).toBe("organisations");
    expect(view.sheet).toBe(SHEET);
    expect(view.records.map((r) => r.values.orgName)).toEqual(["甲", "乙", "丙", "丁"]);
    expect(view.has("members")).toBe(true);
    expect(view.has("women")).toBe(false);
    expect(view.column("members")).toBe(2);
  });

  it("sums over the blocks of data rows, leaving out the subtotal and the totals row", () => {
    const formula = view.over((range) => `SUM(${range("members")})`);
    expect(formula).toBe(`(SUM('${SHEET}'!$C$3:$C$4)+SUM('${SHEET}'!$C$6:$C$7))`);
    expect(evaluate(formula)).toBe(8 + 15 + 5 + 6);
  });

  it("writes one block without brackets", () => {
    const one = ledgerView(
      grid,
      detection({ dataRows: { start: 2, end: 3 }, ignoredRows: [] }),
      SHEET
    );
    expect(one.over((range) => `SUM(${range("employees")})`)).toBe(`SUM('${SHEET}'!$B$3:$B$4)`);
  });

  it("joins rows that follow each other into one block, and starts a new one after each gap", () => {
    const gaps = ledgerView(grid, detection({ ignoredRows: [3, 5] }), SHEET);
    expect(gaps.over((range) => range("employees"))).toBe(
      `('${SHEET}'!$B$3:$B$3+'${SHEET}'!$B$5:$B$5+'${SHEET}'!$B$7:$B$7)`
    );
  });

  it("gives a ledger without data rows, or with every row left out, a one-row range so its formulas stay valid", () => {
    const empty = ledgerView(grid, detection({ dataRows: { start: 2, end: 1 } }), SHEET);
    expect(empty.records).toEqual([]);
    expect(empty.over((range) => range("members"))).toBe(`'${SHEET}'!$C$3:$C$3`);
    expect(empty.span("members")).toBe(`${SHEET}!C3:C3`);
    const none = ledgerView(
      grid,
      detection({ dataRows: { start: 2, end: 3 }, ignoredRows: [2, 3] }),
      SHEET
    );
    expect(none.over((range) => range("members"))).toBe(`'${SHEET}'!$C$3:$C$3`);
  });

  it("names the cell of a field in a row", () => {
    expect(view.cell("employees", 5)).toBe(`'${SHEET}'!$B$6`);
  });

  it("names the data rows of some columns as a reader writes them, whatever order the columns are named in", () => {
    expect(view.span("members", "orgName")).toBe(`${SHEET}!A3:C7`);
    expect(view.span("employees")).toBe(`${SHEET}!B3:B7`);
  });

  it("reads the stated total of a number column, and no total where there is none", () => {
    expect(view.statedTotal("employees")).toBe(42);
    expect(view.totalsCell("employees")).toBe(`'${SHEET}'!$B$8`);
    // Text in the totals row ("34人") is not a stated number.
    expect(view.statedTotal("members")).toBeNull();
    expect(view.totalsCell("members")).toBe(`'${SHEET}'!$C$8`);
    // A column the ledger lacks has neither.
    expect(view.statedTotal("women")).toBeNull();
    expect(view.totalsCell("women")).toBeNull();
    // Neither without a totals row.
    const noTotals = ledgerView(grid, detection({ totalsRow: undefined }), SHEET);
    expect(noTotals.statedTotal("employees")).toBeNull();
    expect(noTotals.totalsCell("employees")).toBeNull();
    // A totals row past the end of the grid has no total.
    const past = ledgerView(grid, detection({ totalsRow: 20 }), SHEET);
    expect(past.statedTotal("employees")).toBeNull();
  });

  it("refuses a column the ledger lacks, naming the sheet and the field", () => {
    expect(() => view.cell("women", 2)).toThrow(`${SHEET}: 没有"women"列`);
    expect(() => view.over((range) => range("women"))).toThrow(`${SHEET}: 没有"women"列`);
    expect(() => view.column("women")).toThrow(`${SHEET}: 没有"women"列`);
  });

  it("takes the detection's sheet name, or Sheet1 without one", () => {
    expect(ledgerView(grid, detection({ sheetName: "组织" })).sheet).toBe("组织");
    const unnamed = ledgerView(grid, detection({ sheetName: undefined }));
    expect(unnamed.sheet).toBe("Sheet1");
    expect(unnamed.cell("members", 2)).toBe("'Sheet1'!$C$3");
  });
});

describe("ledgerViews", () => {
  it("takes the first sheet of each kind, and skips a detection whose sheet is not there", () => {
    const other: CellValue[][] = [
      ["单位名称", "职工人数"],
      ["戊", 3],
    ];
    const views = ledgerViews(
      [
        { name: "旧台账", grid: other },
        { name: SHEET, grid },
      ],
      [
        detection({ sheetName: "不存在" }),
        detection(),
        detection({
          sheetName: "旧台账",
          dataRows: { start: 1, end: 1 },
          totalsRow: undefined,
          ignoredRows: [],
        }),
        {
          ...detection({ sheetName: "旧台账" }),
          schemaId: "funds",
          dataRows: { start: 1, end: 1 },
          totalsRow: undefined,
          ignoredRows: [],
        },
      ]
    );
    expect(Object.keys(views).sort()).toEqual(["funds", "organisations"]);
    expect(views.organisations?.sheet).toBe(SHEET);
    expect(views.organisations?.records).toHaveLength(4);
    expect(views.funds?.sheet).toBe("旧台账");
    expect(views.funds?.records.map((r) => r.values.orgName)).toEqual(["戊"]);
  });
});
