import type { PlanCell, SheetPlan } from "../../src/core/sheetPlan";
import { addSheetWithPlan, freshTableName, listSource } from "../../src/excel/addSheetWithPlan";
import { supportedUpTo } from "../../src/excel/apiSupport";
import { FakeExcel } from "./fakeExcel";
import { snapshot } from "./sampleExcel";

function setup() {
  const excel = new FakeExcel();
  excel.addSheet("台账").fill("A1", [
    ["单位名称", "是否建会"],
    ["甲公司", "是"],
  ]);
  excel.addSheet("报告草稿").fill("B2", [["用户改过的草稿"]]);
  excel.activeSheet = "台账";
  return excel;
}

/** A report-like plan of `rows` × 5 cells: labels, formulas, numbers, prose. */
function bigPlan(rows: number): SheetPlan {
  const cells: PlanCell[] = [];
  for (let r = 0; r < rows; r++) {
    cells.push(
      { row: r, col: 0, value: `指标${r}`, bold: r % 10 === 0 },
      { row: r, col: 1, formula: `=SUM(台账!B${r + 2}:B${r + 3})`, numberFormat: "#,##0" },
      { row: r, col: 2, value: r * 1.5, numberFormat: "0.00" },
      { row: r, col: 3, value: "=不是公式" },
      { row: r, col: 4, value: "很长的一段说明文字", wrap: true }
    );
  }
  return {
    cells,
    merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
    columnWidths: { 0: 34, 1: 16 },
    rowHeights: { 5: 36 },
    charts: [
      {
        type: "pie",
        title: "参保构成",
        source: { row: 3, col: 0, rows: 4, cols: 2 },
        at: { row: 3, col: 7 },
      },
      {
        type: "column",
        title: "经费",
        source: { row: 10, col: 0, rows: 3, cols: 2 },
        at: { row: 19, col: 7 },
      },
    ],
    tables: [{ name: "UnionStats_organisations", row: 20, col: 0, rows: 11, cols: 3 }],
    validations: [{ row: 21, col: 2, rows: 10, cols: 1, list: ["是", "否"] }],
    freeze: { rows: 1, cols: 0 },
  };
}

describe("addSheetWithPlan", () => {
  it("writes a 10,000-cell plan with charts, a table, a list and a frozen row in 3 syncs", async () => {
    const excel = setup();
    const before = snapshot(excel);
    const added = await addSheetWithPlan(excel.context, "报告草稿", bigPlan(2_000));
    expect(excel.syncCount).toBeLessThanOrEqual(4);
    expect(excel.syncCount).toBe(3); // names, cells, extras
    expect(added).toEqual({
      name: "报告草稿 (2)",
      address: "'报告草稿 (2)'!A1:E2000",
      skipped: [],
    });
    const sheet = excel.sheet("报告草稿 (2)");
    expect(sheet.get(1_999, 1)?.formula).toBe("=SUM(台账!B2001:B2002)");
    expect(sheet.get(0, 3)?.value).toBe("=不是公式");
    expect(sheet.merges).toEqual(["A1:C1"]);
    expect(sheet.charts).toEqual([
      {
        type: "Pie",
        source: "A4:B7",
        seriesBy: "Columns",
        title: "参保构成",
        legendVisible: undefined,
        position: { start: "H4", end: undefined },
      },
      {
        type: "ColumnClustered",
        source: "A11:B13",
        seriesBy: "Columns",
        title: "经费",
        legendVisible: false,
        position: { start: "H20", end: undefined },
      },
    ]);
    expect(excel.tables.get("UnionStats_organisations")).toEqual({
      sheet: "报告草稿 (2)",
      address: "A21:C31",
      hasHeaders: true,
      style: "TableStyleMedium2",
    });
    expect(sheet.validations).toEqual([
      { address: "C22:C31", rule: { list: { inCellDropDown: true, source: "是,否" } } },
    ]);
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(excel.activeSheet).toBe("报告草稿 (2)");
    // The user's sheets, the old draft among them, are exactly as they were.
    const after = JSON.parse(snapshot(excel)) as unknown[];
    expect(JSON.stringify(after.slice(0, 2))).toBe(before);
  });

  it("never replaces a sheet: fresh names, compared without regard to case", async () => {
    const excel = setup();
    excel.addSheet("Report");
    excel.addSheet("report (2)");
    const plan = { cells: [{ row: 0, col: 0, value: 1 }] };
    expect((await addSheetWithPlan(excel.context, "报告草稿", plan)).name).toBe("报告草稿 (2)");
    expect((await addSheetWithPlan(excel.context, "报告草稿", plan)).name).toBe("报告草稿 (3)");
    expect((await addSheetWithPlan(excel.context, "REPORT", plan)).name).toBe("REPORT (3)");
    expect((await addSheetWithPlan(excel.context, "新表", plan)).name).toBe("新表");
    expect(excel.sheet("报告草稿").get(1, 1)?.value).toBe("用户改过的草稿");
  });

  it("gives a table a name no table or defined name uses", async () => {
    const excel = setup();
    excel.tables.set("UnionStats_organisations", { sheet: "台账", address: "A1:B2" });
    excel.names.add("UnionStats_organisations_2");
    const plan: SheetPlan = {
      cells: [{ row: 0, col: 0, value: "单位名称" }],
      tables: [
        { name: "UnionStats_organisations", row: 0, col: 0, rows: 2, cols: 1 },
        { name: "UnionStats_organisations", row: 0, col: 2, rows: 2, cols: 1 },
      ],
    };
    await addSheetWithPlan(excel.context, "组织台账", plan);
    expect([...excel.tables.keys()]).toEqual([
      "UnionStats_organisations",
      "UnionStats_organisations_3",
      "UnionStats_organisations_4",
    ]);
  });

  it("skips, and names, the extras an older Excel lacks, writing everything else", async () => {
    const excel = setup();
    const plan = bigPlan(50);
    const at17 = await addSheetWithPlan(excel.context, "模板", plan, {
      supports: supportedUpTo("1.7"),
    });
    expect(at17.skipped).toEqual(["validations"]);
    expect(excel.sheet("模板").freeze).toEqual({ rows: 1, cols: 0 });
    expect(excel.sheet("模板").validations).toEqual([]);

    const at16 = await addSheetWithPlan(excel.context, "模板", plan, {
      supports: supportedUpTo("1.6"),
    });
    expect(at16.skipped).toEqual(["validations", "freeze"]);
    const sheet = excel.sheet(at16.name);
    expect(sheet.freeze).toBeUndefined();
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.get(49, 2)?.value).toBe(73.5);

    const none = { cells: [{ row: 0, col: 0, value: 1 }] };
    const plain = await addSheetWithPlan(excel.context, "模板", none, {
      supports: () => false,
    });
    expect(plain.skipped).toEqual([]);
  });

  it("freezes rows, columns or both", async () => {
    const excel = setup();
    const plan = (rows: number, cols: number): SheetPlan => ({
      cells: [{ row: 0, col: 0, value: 1 }],
      freeze: { rows, cols },
    });
    await addSheetWithPlan(excel.context, "a", plan(0, 2));
    await addSheetWithPlan(excel.context, "b", plan(2, 1));
    await addSheetWithPlan(excel.context, "c", plan(0, 0));
    expect(excel.sheet("a").freeze).toEqual({ rows: 0, cols: 2 });
    expect(excel.sheet("b").freeze).toEqual({ rows: 2, cols: 1 });
    expect(excel.sheet("c").freeze).toBeUndefined();
  });

  it("adds and shows a sheet for an empty plan in 2 syncs", async () => {
    const excel = setup();
    const added = await addSheetWithPlan(excel.context, "空白", { cells: [] });
    expect(added.name).toBe("空白");
    expect(excel.syncCount).toBe(2);
    expect(excel.activeSheet).toBe("空白");
  });

  it("refuses a plan no Excel could make before touching the workbook", async () => {
    const excel = setup();
    const cells = [{ row: 0, col: 0, value: 1 }];
    const bad: SheetPlan[] = [
      { cells, validations: [{ row: 1, col: 0, rows: 5, cols: 1, list: ["甲,乙", "丙"] }] },
      { cells, validations: [{ row: 1, col: 0, rows: 5, cols: 1, list: [] }] },
      { cells, tables: [{ name: "t", row: 1_048_575, col: 0, rows: 2, cols: 1 }] },
      {
        cells,
        charts: [
          {
            type: "column",
            title: "x",
            source: { row: 0, col: 0, rows: 2, cols: 1 },
            at: { row: 0, col: 3 },
          },
        ],
      },
      { cells: [{ row: 0, col: 0, value: Infinity }] },
    ];
    for (const plan of bad)
      await expect(addSheetWithPlan(excel.context, "坏", plan)).rejects.toThrow();
    expect(excel.syncCount).toBe(1); // only the last gets as far as reading the names
    expect(excel.sheets.has("坏")).toBe(false);
  });

  it("lets Excel's errors reach the caller, the user's sheets untouched", async () => {
    const excel = setup();
    const before = snapshot(excel);
    excel.failSync(2, Object.assign(new Error("写入失败"), { code: "GeneralException" }));
    await expect(addSheetWithPlan(excel.context, "报告草稿", bigPlan(10))).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(snapshot(excel)).toBe(before);
  });
});

describe("plan extras as Excel takes them", () => {
  it("makes table names Excel accepts", () => {
    expect(freshTableName("会员 名单", [])).toBe("会员_名单");
    expect(freshTableName("2024台账", [])).toBe("_2024台账");
    expect(freshTableName("A1", [])).toBe("_A1");
    expect(freshTableName("R1C1", [])).toBe("_R1C1");
    expect(freshTableName("t", ["T", "t_2"])).toBe("t_3");
  });

  it("joins a list with commas, within 255 characters", () => {
    expect(listSource(["是", "否"])).toBe("是,否");
    expect(() => listSource(["x".repeat(256)])).toThrow(/255/);
  });
});
