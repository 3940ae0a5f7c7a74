/**
 * The committed assets/samples/street-union-sample.xlsx, reopened with ExcelJS as a host would read
 * it: values only in the top-left cell of a merge, dates as Excel serials, merges as rectangles.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/core/grid";
import { checkLedger } from "../../../src/core/ledgers/checks";
import { type GridMerge, detectBest } from "../../../src/core/ledgers/detect";
import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { buildLastYearWorkbook } from "../../../src/core/ledgers/sampleLastYear";
import { workbookFacts } from "../../../src/core/report/workbookFacts";

const SAMPLES = path.join(__dirname, "..", "..", "..", "assets", "samples");
const FILE = path.join(SAMPLES, "street-union-sample.xlsx");
const LAST_YEAR_FILE = path.join(SAMPLES, "street-union-sample-last-year.xlsx");
const DAY = 86_400_000;

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Math.round((value.getTime() - Date.UTC(1899, 11, 30)) / DAY);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("result" in value) return plain(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    return null;
  }
  return value;
}

function toMerge(range: string): GridMerge {
  const [a, b] = range.split(":").map((ref) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  });
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

async function readSheets(
  file = FILE
): Promise<Array<{ name: string; grid: Grid; merges: GridMerge[] }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const grid: Grid = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        row.push(cell.isMerged && cell.master !== cell ? null : plain(cell.value));
      }
      grid.push(row);
    }
    return {
      name: ws.name,
      grid,
      merges: ((ws.model as { merges?: string[] }).merges ?? []).map(toMerge),
    };
  });
}

describe("the committed sample workbook", () => {
  let sheets: Awaited<ReturnType<typeof readSheets>>;
  beforeAll(async () => {
    sheets = await readSheets();
  });

  it("opens, and detection finds each ledger in its sheet", () => {
    const found = detectBest(sheets);
    expect(found.map((d) => [d.sheetName, d.schemaId])).toEqual([
      ["组织台账", "organisations"],
      ["经费收缴", "funds"],
      ["互助保障", "insurance"],
      ["帮扶慰问", "visits"],
      ["劳动争议", "disputes"],
      ["年度任务", "targets"],
      ["政策参数", "policy"],
      ["活动台账", "activities"],
    ]);
    for (const d of found) expect(d.confidence).toBeGreaterThan(0.9);
  });

  it("is current: the same cells and merges as buildSampleWorkbook() (rerun scripts/make-sample.ts if not)", () => {
    const built = buildSampleWorkbook();
    expect(sheets.map((s) => s.name)).toEqual(built.map((s) => s.name));
    sheets.forEach((sheet, i) => {
      expect(sheet.grid).toEqual(built[i].grid);
      const key = (m: GridMerge) => `${m.row},${m.col},${m.rows},${m.cols}`;
      expect(sheet.merges.map(key).sort()).toEqual((built[i].merges ?? []).map(key).sort());
    });
  });

  it("carries the seed's 8-person slip and nothing else to check", () => {
    const findings = detectBest(sheets).flatMap((d) =>
      checkLedger(sheets.find((s) => s.name === d.sheetName)!.grid, d)
    );
    expect(findings.map((f) => `${f.sheet} ${f.code} ${f.message}`)).toEqual([
      "互助保障 total-mismatch H55：合计行合计为8168，各行相加为8160，相差8",
    ]);
  });
});

describe("the committed last-year companion (street-union-sample-last-year.xlsx, for 同比)", () => {
  it("is current, names 2023, and has the same ledgers", async () => {
    const sheets = await readSheets(LAST_YEAR_FILE);
    const built = buildLastYearWorkbook();
    expect(sheets.map((s) => s.name)).toEqual(built.map((s) => s.name));
    sheets.forEach((sheet, i) => expect(sheet.grid).toEqual(built[i].grid));
    expect(workbookFacts(sheets).year?.value).toBe(2023);
    expect(detectBest(sheets).map((d) => d.schemaId)).toEqual(
      detectBest(buildSampleWorkbook()).map((d) => d.schemaId)
    );
  });
});
