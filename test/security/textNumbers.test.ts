/**
 * Numbers stored as text ("１２３", "1,234", " 56 ") are read as numbers by the checks but left out
 * by the draft's SUM: each is a finding naming its cell, the draft says how many its formulas left
 * out, and the pane offers to convert them (test/taskpane/checks.test.tsx).
 */
import { detectBest } from "../../src/core/ledgers/detect";
import { checkLedger } from "../../src/core/ledgers/checks";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { composeReport } from "../../src/core/report/composeReport";
import { textNumberFixes } from "../../src/core/ledgers/textNumbers";

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
    expect(found[0].message).toMatch(/^[A-Z]+\d+：'１２３' 是以文本形式存储的数字/);
    const draft = composeReport(sheets, { year: 2024, detections: detectBest(sheets) });
    expect(draft.findings.filter((f) => f.code === "text-number")).toHaveLength(3);
    // The draft says how many its formulas left out, on 核对事项.
    expect(draft.notes.filter((n) => n.startsWith("台账中有3个以文本形式存储的数字，报告草稿的公式未计入"))).toHaveLength(1);
    const checksSheet = draft.sheets.checks.plan.cells.map((c) => String(c.value));
    expect(checksSheet.some((t) => /^\d+．台账中有3个以文本形式存储的数字/.test(t))).toBe(true);
    // What the pane offers to write: the number each cell shows.
    expect(textNumberFixes(sheets, found).map((f) => [f.text, f.value])).toEqual([
      ["１２３", 123],
      ["1,234", 1234],
      [" 56 ", 56],
    ]);
  });

  it("a clean ledger gets no such note", () => {
    const sheets = buildSampleWorkbook();
    const draft = composeReport(sheets, { year: 2024, detections: detectBest(sheets) });
    expect(draft.notes.some((n) => n.includes("以文本形式存储的数字"))).toBe(false);
    expect(textNumberFixes(sheets, draft.findings)).toEqual([]);
  });
});
