import { confirmedMapping, detectLedger, detectWithConfirmed, readRecords } from "../../../src/core/ledgers/detect";
import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";

const sample = buildSampleWorkbook();

describe("confirmed mappings", () => {
  it("round-trips a detection through what the workbook keeps", () => {
    const orgs = sample[0];
    const d = detectLedger(orgs.grid, { merges: orgs.merges, sheetName: orgs.name })!;
    const [again] = detectWithConfirmed([orgs], [JSON.parse(JSON.stringify(confirmedMapping(d)))]);
    expect(again.columns).toEqual(d.columns);
    expect(again.dataRows).toEqual(d.dataRows);
    expect(again.totalsRow).toEqual(d.totalsRow);
  });

  it("follows the user's correction of a column, and finds the rows again when the ledger grew", () => {
    const orgs = sample[0];
    const d = detectLedger(orgs.grid, { merges: orgs.merges, sheetName: orgs.name })!;
    const mapping = confirmedMapping(d);
    // The user says members are in the female-members column (a deliberate swap, to see it obeyed).
    mapping.columns.members = d.columns.femaleMembers;
    const grown = { ...orgs, grid: [...orgs.grid.slice(0, d.dataRows.end + 1), [...orgs.grid[d.dataRows.end]], ...orgs.grid.slice(d.dataRows.end + 1)] };
    const [again] = detectWithConfirmed([grown], [mapping]);
    expect(again.columns.members).toBe(d.columns.femaleMembers);
    expect(again.dataRows.end).toBe(d.dataRows.end + 1);
    expect(readRecords(grown.grid, again)).toHaveLength(readRecords(orgs.grid, d).length + 1);
  });

  it("falls back to detection when the confirmed sheet is gone, and detects the other ledgers", () => {
    const all = detectWithConfirmed(sample, [{ sheetName: "不存在", schemaId: "organisations", headerRows: [2], columns: {} }]);
    expect(all.map((d) => d.schemaId).sort()).toEqual(["activities", "disputes", "funds", "insurance", "organisations", "policy", "targets", "visits"]);
  });
});
