import { HyperFormula, type RawCellContent } from "hyperformula";
import type { CellValue } from "../../../../src/core/grid";
import { handDetection } from "../handDetection";
import { ledgerView } from "../../../../src/core/report/ledgerView";
import { countFlagged, countYesRecorded, type Measure } from "../../../../src/core/report/measures";

/**
 * Two edges measures.test.ts's ledgers did not tell apart (the mutation pass found them): a count of
 * rows flagged yes or no where the no rows and the blank ones are not equally many, and an approval
 * cell that reads 否 only once CLEAN has dropped a control character from it.
 */
const SHEET = "台账";

function both(
  columns: string[],
  rows: CellValue[][],
  make: (view: ReturnType<typeof ledgerView>) => Measure
) {
  const grid: CellValue[][] = [columns, ...rows];
  const detection = handDetection(
    "funds",
    SHEET,
    columns.map((c) => [c, c]),
    rows.length
  );
  const m = make(ledgerView(grid, detection, SHEET));
  const cell = (v: CellValue): RawCellContent =>
    typeof v === "string" && v !== "" ? `'${v}` : (v ?? null);
  const engine = HyperFormula.buildFromSheets(
    { [SHEET]: grid.map((row) => columns.map((_, i) => cell(row[i]))), F: [[`=${m.formula}`]] },
    { licenseKey: "gpl-v3", useArrayArithmetic: true }
  );
  return {
    core: m.value,
    engine: engine.getCellValue({ sheet: engine.getSheetId("F")!, row: 0, col: 0 }),
  };
}

describe("countFlagged", () => {
  it("counts 是 and 否 and leaves out blanks, with more no rows than blank ones", () => {
    // 1 yes + 2 no = 3; the blank is not a flag.
    expect(
      both(["flag"], [["是"], ["否"], [" 否 "], [""]], (v) => countFlagged(v, "flag"))
    ).toEqual({
      core: 3,
      engine: 3,
    });
  });
});

describe("countYesRecorded", () => {
  it("reads an approval cell of 否 with a control character in it as 否, as TRIM(CLEAN()) does", () => {
    // Only the first exemption records an approval: "否" followed by BEL (pasted from another system) is a no.
    const rows: CellValue[][] = [
      ["是", "区总发〔2024〕3号"],
      ["是", "否\u0007"],
      ["是", "\u0001无"],
    ];
    expect(
      both(["exempt", "approval"], rows, (v) => countYesRecorded(v, "exempt", "approval"))
    ).toEqual({
      core: 1,
      engine: 1,
    });
  });
});
