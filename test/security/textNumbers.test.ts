/**
 * Numbers stored as text ("１２３", "1,234", " 56 ") are read as numbers by the checks but left out
 * by the draft's SUM: each is a finding naming its cell, and the draft lists them among what to check.
 */
import { detectBest } from "../../src/core/ledgers/detect";
import { checkLedger } from "../../src/core/ledgers/checks";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { composeReport } from "../../src/core/report/composeReport";

describe("numbers stored as text", () => {
  it("are a finding with the cell, in the checks and in the draft alike", () => {
    const sheets = buildSampleWorkbook();
    const orgs = detectBest(sheets).find((d) => d.schemaId === "organisations")!;
    const sheet = sheets.find((s) => s.name === orgs.sheetName)!;
    const col = orgs.columns.employees;
    const rows = [orgs.dataRows.start, orgs.dataRows.start + 1, orgs.dataRows.start + 2];
    ["１２３", "1,234", " 56 "].forEach((text, i) => (sheet.grid[rows[i]][col] = text));
    const found = checkLedger(sheet.grid, orgs, { sheet: sheet.name }).filter((f) => f.code === "text-number");
    expect(found.map((f) => [f.row, f.col])).toEqual(rows.map((r) => [r, col]));
    expect(found[0].message).toMatch(/^[A-Z]+\d+: '１２３' 是以文本形式存储的数字/);
    const draft = composeReport(sheets, { year: 2024, detections: detectBest(sheets) });
    expect(draft.findings.filter((f) => f.code === "text-number")).toHaveLength(3);
  });
});
