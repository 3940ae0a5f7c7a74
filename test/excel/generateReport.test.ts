import { confirmedMapping, detectBest, detectWithConfirmed } from "../../src/core/ledgers/detect";
import { composeReport, type ReportDraft } from "../../src/core/report/composeReport";
import { reportFormulas } from "../../src/core/report/draftReport";
import { SETTINGS } from "../../src/core/settingsKeys";
import { supportedUpTo } from "../../src/excel/apiSupport";
import { generateReport, type ReportStep } from "../../src/excel/generateReport";
import { sampleExcel, snapshot } from "./sampleExcel";

describe("generateReport", () => {
  it("drafts the sample workbook's report on 报告数据, 核对事项 and 报告草稿 in 8 syncs, the ledgers untouched", async () => {
    const { excel, sample } = sampleExcel();
    excel.settings.set(SETTINGS.year, 2024);
    excel.settings.set(SETTINGS.street, "示例街道");
    const before = snapshot(excel);
    const steps: ReportStep[] = [];
    const outcome = await generateReport(excel.context, { onProgress: (s) => steps.push(s) });

    const expected = composeReport(sample, { year: 2024, street: "示例街道" });
    const formulas = reportFormulas(expected);
    expect(outcome).toEqual({
      sheetName: "报告草稿",
      year: 2024,
      formulas,
      findings: expected.findings.length,
      skipped: [],
    });
    expect(formulas).toBeGreaterThan(50);
    expect(steps).toEqual(["reading", "composing", "writing"]);
    // settings + names, extents + merges, values; names, the three sheets' cells, extras
    expect(excel.syncCount).toBe(8);

    expect(excel.sheet("报告草稿").get(0, 0)?.value).toBe("示例街道总工会2024年工作总结（草稿）");
    for (const { name, plan } of Object.values(expected.sheets)) {
      const sheet = excel.sheet(name);
      for (const cell of plan.cells)
        if (cell.formula && sheet.get(cell.row, cell.col)?.formula !== cell.formula)
          throw new Error(`no formula at ${name} ${cell.row},${cell.col}`);
    }
    expect(excel.sheet("报告数据").charts.length).toBe(expected.sheets.data.plan.charts!.length);
    expect(expected.charts.length).toBeGreaterThan(0);
    expect(excel.activeSheet).toBe("报告草稿");
    const draftSheet = excel.sheet("报告草稿");
    expect(draftSheet.page).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: `A1:A${expected.sheets.draft.plan.cells.length}`,
      centerFooter: "第 &P 页 共 &N 页",
    });
    expect(draftSheet.get(0, 0)).toMatchObject({ align: "Center", fontName: "宋体", bold: true });
    expect(excel.sheet("报告数据").get(2, 1)?.borders).toEqual(
      expect.arrayContaining(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"])
    );
    expect(JSON.stringify((JSON.parse(snapshot(excel)) as unknown[]).slice(0, sample.length))).toBe(
      before
    );
  });

  it("gives 报告草稿 (2) on a second run", async () => {
    const { excel } = sampleExcel();
    await generateReport(excel.context, { year: 2024 });
    const second = await generateReport(excel.context, { year: 2024 });
    expect(second.sheetName).toBe("报告草稿 (2)");
    expect(excel.sheets.has("报告草稿")).toBe(true);
    expect(excel.sheets.has("报告数据 (2)")).toBe(true);
    expect(excel.sheets.has("核对事项 (2)")).toBe(true);
  });

  it("takes the year and street from the call, then the workbook, then what the ledgers say", async () => {
    const { excel } = sampleExcel();
    const title = async (options = {}) => {
      const { sheetName } = await generateReport(excel.context, options);
      return excel.sheet(sheetName).get(0, 0)?.value;
    };
    // The sample's ledgers are titled "（2024年度）" and filled in by 东湖街道总工会.
    expect(await title()).toBe("东湖街道总工会2024年工作总结（草稿）");
    excel.settings.set(SETTINGS.year, "2023");
    excel.settings.set(SETTINGS.street, " 东风街道 ");
    expect(await title()).toBe("东风街道总工会2023年工作总结（草稿）");
    expect(await title({ year: 2025, street: "西湖街道" })).toBe(
      "西湖街道总工会2025年工作总结（草稿）"
    );
    excel.settings.set(SETTINGS.year, "明年");
    excel.settings.set(SETTINGS.ledgers, "不是映射");
    expect(await title()).toBe("东风街道总工会2024年工作总结（草稿）");
  });

  it("follows the ledger mappings the user confirmed", async () => {
    const { excel, sample } = sampleExcel();
    // The user said the members column is the one detection took for women members, and the other
    // way round; a mapping for a sheet that no longer exists is passed over.
    const organisations = detectBest(sample).find((d) => d.schemaId === "organisations")!;
    const mapping = confirmedMapping(organisations);
    const { members, femaleMembers } = mapping.columns;
    mapping.columns = { ...mapping.columns, members: femaleMembers, femaleMembers: members };
    const gone = { ...mapping, sheetName: "已删除", schemaId: "funds" as const };
    excel.settings.set(SETTINGS.ledgers, [gone, mapping]);
    const { sheetName } = await generateReport(excel.context, { year: 2024 });

    const confirmed = composeReport(sample, {
      year: 2024,
      detections: detectWithConfirmed(sample, [gone, mapping]),
    });
    const detected = composeReport(sample, { year: 2024 });
    const formulasOf = (d: ReportDraft) =>
      d.sheets.data.plan.cells.filter((c) => c.formula).map((c) => c.formula);
    expect(formulasOf(confirmed)).not.toEqual(formulasOf(detected));
    expect(sheetName).toBe("报告草稿");
    const sheet = excel.sheet("报告数据");
    for (const cell of confirmed.sheets.data.plan.cells)
      if (cell.formula && sheet.get(cell.row, cell.col)?.formula !== cell.formula)
        throw new Error(`not the confirmed mapping's formula at ${cell.row},${cell.col}`);
  });

  it("works on an Excel without settings or merged areas, and says what it skipped", async () => {
    const { excel } = sampleExcel();
    excel.settings.set(SETTINGS.year, 2020);
    const outcome = await generateReport(excel.context, { supports: supportedUpTo("1.3") });
    expect(outcome.year).toBe(2024); // settings unread: the ledgers' year, not the saved 2020
    expect(outcome.skipped).toEqual(["page"]); // page layout needs ExcelApi 1.9
    expect(excel.syncCount).toBe(8);
  });

  it("rejects with Excel's error, leaving the workbook as it was", async () => {
    const { excel } = sampleExcel();
    const before = snapshot(excel);
    excel.failSync(1, Object.assign(new Error("工作簿正忙"), { code: "GeneralException" }));
    await expect(generateReport(excel.context)).rejects.toThrow("工作簿正忙");
    expect(snapshot(excel)).toBe(before);
  });
});
