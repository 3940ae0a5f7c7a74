/**
 * The real command, started the way a user starts it (node bin/union-stats.js, compiled on the fly by
 * ts-node), from another folder. Few cases: each start costs a few seconds.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { composeReport } from "../../src/core/report/composeReport";
import { reopen, SAMPLE_FILE, tempDir } from "../file/helpers";

const BIN = path.join(__dirname, "..", "..", "bin", "union-stats.js");

function unionStats(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The file's cells as a formula engine takes them: formulas as "=…", values as values. */
function engineSheets(book: ExcelJS.Workbook): Record<string, unknown[][]> {
  const sheets: Record<string, unknown[][]> = {};
  for (const ws of book.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        while (rows.length < r) rows.push([]);
        const formula = v && typeof v === "object" && "formula" in v ? v.formula : undefined;
        rows[r - 1][c - 1] = formula ? `=${formula}` : v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v;
      }),
    );
    sheets[ws.name] = rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v)));
  }
  return sheets;
}

describe("node bin/union-stats.js", () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => ({ dir, remove } = tempDir()));
  afterAll(() => remove());

  it("report: writes the draft whose saved values are core's figures and what a formula engine computes; the input is unchanged", async () => {
    const input = path.join(dir, "sample.xlsx");
    fs.copyFileSync(SAMPLE_FILE, input);
    const before = fs.readFileSync(input);
    const result = unionStats(dir, "report", "sample.xlsx", "-o", "out/报告.xlsx", "--year", "2024", "--street", "示例街道");
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const output = path.join(dir, "out", "报告.xlsx");
    expect(result.out).toContain(`已写入 ${output}`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const book = await reopen(new Uint8Array(fs.readFileSync(output)));
    const ws = book.getWorksheet("报告草稿")!;
    const data = book.getWorksheet("报告数据")!;
    const draft = composeReport(buildSampleWorkbook(), { year: 2024, street: "示例街道" });
    // ExcelJS writes a result of 0 as no saved value.
    for (const f of draft.figures) expect([f.key, data.getCell(f.row + 1, 2).value]).toEqual([f.key, { formula: f.formula.slice(1), ...(f.value === 0 ? {} : { result: f.value }) }]);
    for (const p of draft.paragraphs) expect((ws.getCell(p.row + 1, 1).value as ExcelJS.CellFormulaValue).result).toBe(p.text);

    const engine = HyperFormula.buildFromSheets(engineSheets(book) as Record<string, never>, { licenseKey: "gpl-v3", useArrayArithmetic: true });
    const sheet = engine.getSheetId("报告草稿")!;
    const figures = engine.getSheetId("报告数据")!;
    for (const f of draft.figures) expect([f.key, engine.getCellValue({ sheet: figures, row: f.row, col: 1 })]).toEqual([f.key, expect.closeTo(f.value, 9)]);
    for (const p of draft.paragraphs) expect(engine.getCellValue({ sheet, row: p.row, col: 0 })).toBe(p.text);
  });

  it("check: prints the 8168 vs 8160 slip and exits 1; an unreadable file exits 2", () => {
    const check = unionStats(dir, "check", SAMPLE_FILE);
    expect(check.code).toBe(1);
    expect(check.out).toContain("互助保障!H55: 合计行合计为8168,各行相加为8160,相差8");
    fs.writeFileSync(path.join(dir, "notes.xlsx"), "这不是工作簿");
    const bad = unionStats(dir, "check", "notes.xlsx");
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err).toContain("notes.xlsx 不是 Excel 工作簿(.xlsx)");
  });
});
