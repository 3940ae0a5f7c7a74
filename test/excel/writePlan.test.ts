import fc from "fast-check";
import type { PlanCell, SheetPlan } from "../../src/core/sheetPlan";
import { charsToPoints } from "../../src/excel/planOps";
import { WRITE_BUDGET } from "../../src/excel/planBatches";
import { writePlan } from "../../src/excel/writePlan";
import { FakeExcel } from "./fakeExcel";

function table(
  rows: number,
  cols: number,
  value: (r: number, c: number) => string | number = (r, c) => r * cols + c
): SheetPlan {
  const cells: PlanCell[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) cells.push({ row: r, col: c, value: value(r, c) });
  return { cells };
}

function setup() {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("报告草稿");
  excel.addSheet("Sheet1");
  excel.activeSheet = "Sheet1";
  return { excel, sheet };
}

describe("writePlan", () => {
  it("writes a 10-cell plan in one sync and returns the sheet-qualified rectangle", async () => {
    const { excel, sheet } = setup();
    const address = await writePlan(excel.context, "报告草稿!B2", table(5, 2));
    expect(address).toBe("'报告草稿'!B2:C6");
    expect(excel.syncCount).toBe(1);
    expect(sheet.get(1, 1)?.value).toBe(0);
    expect(sheet.get(5, 2)?.value).toBe(9);
  });

  it("writes to the active sheet for a bare anchor and names it in the result", async () => {
    const { excel } = setup();
    expect(await writePlan(excel.context, "C3", table(1, 1))).toBe("Sheet1!C3");
    expect(excel.sheet("Sheet1").get(2, 2)?.value).toBe(0);
    expect(excel.syncCount).toBe(1);
  });

  it("keeps = + - @ text as text, writes formulas as formulas and numbers as numbers", async () => {
    const { excel, sheet } = setup();
    const plan: SheetPlan = {
      cells: [
        { row: 0, col: 0, value: '=HYPERLINK("x")' },
        { row: 0, col: 1, value: "+86 138" },
        { row: 0, col: 2, value: "-" },
        { row: 0, col: 3, value: "@home" },
        { row: 1, col: 0, formula: "=SUM(A3:A4)" },
        { row: 1, col: 1, value: 0.125, numberFormat: "0.0%" },
        { row: 1, col: 2, value: "合计" },
        { row: 1, col: 3, value: true },
      ],
    };
    await writePlan(excel.context, "报告草稿!A1", plan);
    expect([0, 1, 2, 3].map((c) => sheet.get(0, c)?.input)).toEqual([
      '\'=HYPERLINK("x")',
      "'+86 138",
      "'-",
      "'@home",
    ]);
    expect([0, 1, 2, 3].map((c) => sheet.get(0, c)?.value)).toEqual([
      '=HYPERLINK("x")',
      "+86 138",
      "-",
      "@home",
    ]);
    expect(sheet.get(1, 0)).toMatchObject({ formula: "=SUM(A3:A4)" });
    expect(sheet.get(1, 1)).toMatchObject({ value: 0.125, numberFormat: "0.0%" });
    expect(typeof sheet.get(1, 1)?.input).toBe("number");
    expect(sheet.get(1, 2)).toMatchObject({ value: "合计", numberFormat: "General" });
    expect(sheet.get(1, 3)?.value).toBe(true);
  });

  it("never writes a cell the plan does not name", async () => {
    const { excel, sheet } = setup();
    sheet.fill("B1", [["用户的数据"]]);
    await writePlan(excel.context, "报告草稿!A1", {
      cells: [
        { row: 0, col: 0, value: 1 },
        { row: 0, col: 2, value: 3 },
        { row: 1, col: 1, value: 5 },
      ],
    });
    expect(sheet.get(0, 1)?.value).toBe("用户的数据");
  });

  it("applies bold, wrap, merges, column widths and row heights", async () => {
    const { excel, sheet } = setup();
    const plan: SheetPlan = {
      cells: [
        { row: 0, col: 0, value: "工会统计", bold: true },
        { row: 1, col: 0, value: "很长的说明文字", wrap: true },
        { row: 1, col: 1, value: 3 },
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
      columnWidths: { 0: 20, 2: 8.43 },
      rowHeights: { 1: 36 },
    };
    await writePlan(excel.context, "报告草稿!B2", plan);
    expect(sheet.get(1, 1)).toMatchObject({ bold: true });
    expect(sheet.get(2, 2)?.bold).toBeUndefined();
    expect(sheet.get(2, 1)).toMatchObject({ wrap: true });
    expect(sheet.merges).toEqual(["B2:D2"]);
    expect(sheet.columnWidths).toEqual(
      new Map([
        [1, charsToPoints(20)],
        [3, 48],
      ])
    );
    expect(sheet.rowHeights).toEqual(new Map([[2, 36]]));
    expect(excel.syncCount).toBe(1);
  });

  it("writes a 10,000-cell plan in one sync", async () => {
    const { excel, sheet } = setup();
    await writePlan(excel.context, "报告草稿!A1", table(2_000, 5));
    expect(excel.syncCount).toBeLessThanOrEqual(2);
    expect(excel.syncCount).toBe(1);
    expect(sheet.get(1_999, 4)?.value).toBe(9_999);
  });

  it("writes 100,000 rows in a bounded number of syncs, each under the budget and far below 5 MB", async () => {
    const { excel, sheet } = setup();
    const rows = 100_000;
    const plan = table(rows, 3, (r, c) => (c === 0 ? `会员${r}` : r + c / 10));
    await writePlan(excel.context, "报告草稿!A1", plan);
    const cells = rows * 3;
    expect(excel.syncCount).toBeGreaterThanOrEqual(Math.ceil(cells / WRITE_BUDGET.cellsPerSync));
    const bytes = excel.syncs.reduce((n, s) => n + s.bytes, 0);
    expect(excel.syncCount).toBeLessThanOrEqual(
      Math.ceil(cells / WRITE_BUDGET.cellsPerSync) +
        Math.ceil(bytes / (WRITE_BUDGET.bytesPerSync / 2)) +
        1
    );
    for (const sync of excel.syncs) {
      expect(sync.cells).toBeLessThanOrEqual(WRITE_BUDGET.cellsPerSync * 2); // formulas + formats of the same cells
      expect(sync.bytes).toBeLessThan(WRITE_BUDGET.bytesPerSync);
    }
    for (let r = 0; r < rows; r++)
      if (sheet.get(r, 0)?.value !== `会员${r}` || sheet.get(r, 2)?.value !== r + 0.2)
        throw new Error(`row ${r}`);
    expect(excel.calcSuspensions).toBe(excel.syncCount); // calculation held off for every batch
    expect(excel.screenSuspensions).toBe(excel.syncCount); // and the screen, once a batch
  });

  it("does without calculation suspension when the host lacks it", async () => {
    const excel = new FakeExcel({ suspendable: false });
    excel.addSheet("Sheet1");
    await writePlan(excel.context, "Sheet1!A1", table(2, 2));
    expect(excel.calcSuspensions).toBe(0);
    expect(excel.screenSuspensions).toBe(0);
  });

  it("validates the whole plan before writing anything", async () => {
    const { excel, sheet } = setup();
    const plan: SheetPlan = {
      cells: [
        { row: 0, col: 0, value: 1 },
        { row: 1, col: 0, value: NaN },
      ],
    };
    await expect(writePlan(excel.context, "报告草稿!A1", plan)).rejects.toThrow();
    await expect(writePlan(excel.context, "报告草稿!XFD1", table(1, 2))).rejects.toThrow(
      RangeError
    );
    expect(excel.syncCount).toBe(0);
    expect(sheet.cells.size).toBe(0);
  });

  it("rejects when the sheet is missing", async () => {
    const { excel } = setup();
    await expect(writePlan(excel.context, "没有这张表!A1", table(1, 1))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    excel.throwOnGetItem = true;
    await expect(writePlan(excel.context, "没有这张表!A1", table(1, 1))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  // The fake reads written strings as Excel does (excelInput.ts): whatever the text, and whether the
  // area was General or text-formatted ("@") before, the cell must hold exactly that text afterwards.
  it("writes any text so that Excel keeps it exactly, judged by Excel's own conversion of typed text", async () => {
    const tricky = fc.constantFrom(
      " -5",
      " +A1",
      "\t1",
      "001",
      "1e3",
      "1E-2",
      " 12 ",
      "1,000",
      "(100)",
      "$5",
      "￥5",
      "¥5",
      "50%",
      ".5",
      "1/2",
      "1-2",
      "2024/1/2",
      "2024-01",
      "2024年1月2日",
      "1月2日",
      "12:30",
      "3 pm",
      "Jan 5",
      "5-Jan",
      "TRUE",
      "false",
      "#N/A",
      "#div/0!",
      "=A1",
      "=",
      "'",
      "'001",
      "+A1",
      "-",
      "-5",
      "@x",
      "合计",
      "会费 (元)",
      ""
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(tricky, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        async (texts, textFormatted) => {
          const { excel, sheet } = setup();
          if (textFormatted) texts.forEach((_, c) => sheet.patch(0, c, { numberFormat: "@" }));
          const plan: SheetPlan = { cells: texts.map((value, col) => ({ row: 0, col, value })) };
          await writePlan(excel.context, "报告草稿!A1", plan);
          texts.forEach((text, c) => {
            const cell = sheet.get(0, c);
            expect(cell?.formula).toBeUndefined();
            expect(cell?.error).toBeFalsy();
            expect(sheet.value(0, c)).toBe(text);
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});
