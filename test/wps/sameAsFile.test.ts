/**
 * The WPS host renders the same plan the file host does: the sample street union's report draft
 * (drafted by core's draftReport through each host, as the pane and the command line do) and a
 * ledger template, compared cell by cell (formula or value, number format, bold, wrap), with the
 * merges and column widths, on each of the report's three sheets, and the same charts over the same
 * cells (the WPS host makes them with Shapes.AddChart2, the file host adds them to the package).
 */
import { LEDGER_SCHEMAS } from "../../src/core/ledgers/schemas";
import { sampleRecords } from "../../src/core/ledgers/sampleRecords";
import { ledgerTemplatePlan } from "../../src/core/ledgers/template";
import { draftReport } from "../../src/core/report/draftReport";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { WpsWorkbook } from "../../src/wps/wpsWorkbook";
import { readPackage } from "../file/chartPackage";
import { reopen, sampleBytes } from "../file/helpers";
import { dumpExcelJS, dumpFake, fakeFromExcelJS } from "./excelJsFake";
import { FakeApplication } from "./fakeEt";

const OPTIONS = { year: 2024, street: "示例街道" };

describe("the WPS host and the file host write the same sheets", () => {
  it("the report draft of the sample workbook: same cells, formats, merges and widths; real charts", async () => {
    const file = await FileWorkbook.open(sampleBytes(), "street-union-sample.xlsx");
    const byFile = await draftReport(file, OPTIONS);

    const app = fakeFromExcelJS(await reopen(sampleBytes()));
    const byWps = await draftReport(new WpsWorkbook(app), OPTIONS);

    expect(byWps.sheetName).toBe("报告草稿");
    expect(byWps.ledgers).toEqual(byFile.ledgers);
    expect(byWps.formulas).toBe(byFile.formulas);
    expect(byWps.draft.sheets).toEqual(byFile.draft.sheets); // one composition, whichever host read the workbook

    const book = await reopen(await file.toBuffer());
    for (const { name } of Object.values(byFile.draft.sheets)) {
      const expected = dumpExcelJS(book.getWorksheet(name)!);
      const actual = dumpFake(app.workbook!.sheet(name));
      expect(Object.keys(actual.cells).length).toBeGreaterThan(5);
      expect([name, actual]).toEqual([name, expected]);
    }

    const charts = app.workbook!.sheet("报告数据").charts;
    const fileCharts = (await readPackage(await file.toBuffer())).charts.get("报告数据")!;
    expect(charts.map((c) => c.title)).toEqual(
      byWps.draft.sheets.data.plan.charts!.map((c) => c.title)
    );
    // The same source block: WPS's "A8:B9" is the file's '报告数据'!$A$8:$A$9 and $B$8:$B$9.
    const cells = (ref: string) => ref.split("!")[1].replace(/\$/g, "").split(":");
    expect(charts.map((c) => c.source)).toEqual(
      fileCharts.map((c) => `${cells(c.categories)[0]}:${cells(c.values).pop()}`)
    );
    expect(fileCharts.map((c) => c.title)).toEqual(charts.map((c) => c.title));
    expect(app.ActiveSheet?.Name).toBe("报告草稿");
  });

  it("a ledger template with sample rows: same cells, and its header frozen with filter buttons", async () => {
    const schema = LEDGER_SCHEMAS[0];
    const plan = ledgerTemplatePlan(schema, sampleRecords()[schema.id] ?? []);
    const file = FileWorkbook.create();
    await file.addSheetWithPlan(schema.title, plan);
    const app = new FakeApplication(["Sheet1"]);
    const wps = new WpsWorkbook(app);
    expect(await wps.addSheetWithPlan(schema.title, plan)).toBe(schema.title);

    // Read back through each host: the same grid and merges.
    const readWps = (await wps.readSheets()).find((s) => s.name === schema.title)!;
    const readFile = (await file.readSheets()).find((s) => s.name === schema.title)!;
    expect(readWps.grid.length).toBeGreaterThan(1);
    expect(readWps).toEqual(readFile);

    const expected = dumpExcelJS((await reopen(await file.toBuffer())).getWorksheet(schema.title)!);
    const sheet = app.workbook!.sheet(schema.title);
    expect(dumpFake(sheet)).toEqual(expected);
    expect(plan.freeze).toBeDefined();
    expect(sheet.freeze).toEqual(plan.freeze);
    expect(sheet.autoFilter).toBe(
      `A1:${sheet.Cells.Item(1, plan.tables![0].cols).Address(false, false).replace(/\d+$/, "")}${plan.tables![0].rows}`
    );
    const validated = (plan.validations ?? []).length;
    expect(validated).toBeGreaterThan(0);
    const v = plan.validations![0];
    expect(sheet.cell(v.row, v.col)?.validation?.formula1).toBe(v.list.join(","));
  });
});
