/**
 * Native charts in the .xlsx the file host writes (the command line, the pane's file mode): read back
 * from the package — parts, relationships, content types, the series over the right 报告数据 cells
 * with the figures the cells hold, one chart per chart op of the plan — and the file still opens in
 * ExcelJS with the same cells.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { rollUp, summariseHost, writeDistrict } from "../../src/core/rollup";
import { draftReport } from "../../src/core/report/draftReport";
import type { PlanChart, SheetPlan } from "../../src/core/sheetPlan";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { run } from "../cli/run";
import { type ReadChart, readPackage, sheetChildren } from "./chartPackage";
import { reopen, SAMPLE_FILE, sampleBytes, tempDir } from "./helpers";

const STREETS = path.join(__dirname, "..", "..", "assets", "samples", "streets");
const DATA = "报告数据";

/** The cells a chart's range formula names, as ExcelJS reads them from the same file. */
function cellsOf(book: ExcelJS.Workbook, ref: string): Array<string | number | null> {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a quoted absolute column range: ${ref}`);
  const sheet = book.getWorksheet(m[1].replace(/''/g, "'"))!;
  expect(m[4] ?? m[2]).toBe(m[2]); // one column
  const out: Array<string | number | null> = [];
  for (let r = Number(m[3]); r <= Number(m[5] ?? m[3]); r++) {
    const v = sheet.getCell(`${m[2]}${r}`).value;
    out.push(
      v && typeof v === "object" && "result" in v
        ? (v.result as number)
        : (v as string | number | null)
    );
  }
  return out;
}

/** Each chart over the cells its plan op names, with the figures those cells hold. */
function expectChartsOfPlan(
  charts: readonly ReadChart[],
  ops: readonly PlanChart[],
  book: ExcelJS.Workbook,
  sheet: string
): void {
  expect(charts).toHaveLength(ops.length);
  charts.forEach((chart, i) => {
    const op = ops[i];
    const rows = `$${op.source.row + 1}:$`;
    expect(chart.title).toBe(op.title);
    expect(chart.kind).toBe(op.type);
    expect(chart.categories).toBe(`'${sheet}'!$A${rows}A$${op.source.row + op.source.rows}`);
    expect(chart.values).toBe(`'${sheet}'!$B${rows}B$${op.source.row + op.source.rows}`);
    expect(chart.labels).toEqual(cellsOf(book, chart.categories));
    expect(chart.numbers).toEqual(cellsOf(book, chart.values));
    expect(chart.from).toEqual(op.at);
    expect(chart.to).toEqual(op.to);
  });
}

describe("the command line's report", () => {
  let bytes: Uint8Array;
  let ops: PlanChart[];
  beforeAll(async () => {
    const { dir, remove } = tempDir();
    try {
      const out = path.join(dir, "报告.xlsx");
      const done = await run("report", SAMPLE_FILE, "-o", out, "--force");
      expect(done.err).toBe("");
      bytes = new Uint8Array(fs.readFileSync(out));
    } finally {
      remove();
    }
    // The same composition in process gives the plan's chart ops.
    const made = await draftReport(
      await FileWorkbook.open(sampleBytes(), "street-union-sample.xlsx")
    );
    ops = made.draft.sheets.data.plan.charts!;
  });

  it("holds one native chart per chart op, each part resolving from its sheet with its content type", async () => {
    const pack = await readPackage(bytes);
    expect(ops.map((c) => c.type)).toEqual(["pie", "pie", "pie"]);
    expect([...pack.charts.keys()]).toEqual([DATA]);
    expect(pack.chartParts).toHaveLength(ops.length);
    expectChartsOfPlan(pack.charts.get(DATA)!, ops, await reopen(bytes), DATA);
  });

  it("draws the sample's figures: 212 units with a union and 8 without, 8,160 insured by category", async () => {
    const [coverage, insurance] = (await readPackage(bytes)).charts.get(DATA)!;
    expect(coverage.numbers).toEqual([212, 8]);
    expect(coverage.labels.join("|")).toMatch(/^已建会单位数.*\|未建会单位数/);
    expect(insurance.numbers.reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(8160);
  });

  it("places the charts under the figures table, inside the sheet's print area", async () => {
    const plan = (await draftReport(await FileWorkbook.open(sampleBytes()))).draft.sheets.data.plan;
    const area = plan.page!.printArea;
    const tableEnd = Math.max(...plan.cells.map((c) => c.row)) + 1;
    for (const c of ops) {
      expect(c.at.row).toBeGreaterThanOrEqual(tableEnd);
      expect(c.to!.row).toBeLessThanOrEqual(area.row + area.rows);
      expect(c.to!.col).toBeLessThanOrEqual(area.col + area.cols);
    }
  });

  it("puts <drawing> where Excel expects it: after pageSetup and headerFooter, last here", async () => {
    const children = sheetChildren((await readPackage(bytes)).sheetXml.get(DATA)!);
    expect(children.slice(-3)).toEqual(["pageSetup", "headerFooter", "drawing"]);
  });

  it("still opens in ExcelJS with every cell as it was, and no note about charts left in the sheet", async () => {
    const book = await reopen(bytes);
    const texts: string[] = [];
    book
      .getWorksheet(DATA)!
      .eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.text))));
    expect(texts.some((t) => t.includes("图表"))).toBe(false);
    // ExcelJS drops charts it reads; writing again and re-reading gives the same cells.
    const again = await reopen(await new FileWorkbook(book).toBuffer());
    expect(again.worksheets.map((w) => w.name)).toEqual(book.worksheets.map((w) => w.name));
    expect(again.getWorksheet(DATA)!.getCell("B8").value).toEqual(
      book.getWorksheet(DATA)!.getCell("B8").value
    );
  });
});

describe("the district roll-up", () => {
  it("draws its chart by street over the street rates in 报告数据", async () => {
    const files = fs.readdirSync(STREETS).filter((f) => f.endsWith(".xlsx"));
    const summaries = [];
    for (const f of files)
      summaries.push({
        summary: await summariseHost(
          await FileWorkbook.open(fs.readFileSync(path.join(STREETS, f)), f),
          f,
          2024
        ),
      });
    const rollup = rollUp(summaries, [], { year: 2024, fallbackYear: 2024, district: "示例区" });
    const host = FileWorkbook.create("区汇总.xlsx");
    const book = await writeDistrict(host, rollup);
    const ops = book.draft.sheets.data.plan.charts!;
    expect(ops.map((c) => [c.type, c.title])).toEqual([["column", "各街道组建率"]]);

    const bytes = await host.toBuffer();
    const pack = await readPackage(bytes);
    const charts = pack.charts.get(book.names.data)!;
    expectChartsOfPlan(charts, ops, await reopen(bytes), book.names.data);
    expect(charts[0].labels).toHaveLength(files.length);
    expect(charts[0].labels.every((l) => /街道$/.test(l))).toBe(true);
    expect(charts[0].numbers.every((n) => n !== null && n > 0 && n <= 1)).toBe(true);
  });
});

describe("charts beside what ExcelJS itself writes", () => {
  const chartPlan = (title: string): SheetPlan => ({
    cells: [
      { row: 0, col: 0, value: "类别" },
      { row: 0, col: 1, value: "人数" },
      { row: 1, col: 0, value: "在职" },
      { row: 1, col: 1, value: 30 },
      { row: 2, col: 0, value: "退休" },
      { row: 2, col: 1, formula: "=10+2", result: 12 },
    ],
    tables: [{ name: "UnionStats_t", row: 0, col: 0, rows: 3, cols: 2 }],
    charts: [
      {
        type: "column",
        title,
        source: { row: 1, col: 0, rows: 2, cols: 2 },
        at: { row: 4, col: 0 },
        to: { row: 14, col: 4 },
      },
    ],
  });

  it("puts <drawing> before <tableParts> on a sheet with a table", async () => {
    const host = FileWorkbook.create();
    await host.addSheetWithPlan("参保 & 类别", chartPlan("参保<类别>"));
    const bytes = await host.toBuffer();
    const pack = await readPackage(bytes);
    const children = sheetChildren(pack.sheetXml.get("参保 & 类别")!);
    expect(children.indexOf("drawing")).toBeGreaterThan(children.indexOf("pageMargins"));
    expect(children.indexOf("drawing")).toBe(children.indexOf("tableParts") - 1);
    const [chart] = pack.charts.get("参保 & 类别")!;
    expect(chart).toMatchObject({
      title: "参保<类别>",
      categories: "'参保 & 类别'!$A$2:$A$3",
      numbers: [30, 12],
    });
    expect((await reopen(bytes)).getWorksheet("参保 & 类别")!.getCell("B3").value).toEqual({
      formula: "10+2",
      result: 12,
    });
  });

  it("writes a plan at an anchor with its chart moved by it, into a sheet that has a picture: one drawing for both", async () => {
    const host = FileWorkbook.create();
    const ws = host.workbook.addWorksheet("图片");
    // A 1×1 PNG: ExcelJS writes the sheet's drawing for it.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64"
    );
    const image = host.workbook.addImage({
      buffer: png as unknown as ExcelJS.Buffer,
      extension: "png",
    });
    ws.addImage(image, "H1:I3");
    await host.writePlan("'图片'!C5", { ...chartPlan("人数"), tables: [] });
    await host.writePlan("'图片'!C30", { ...chartPlan("再画一次"), tables: [] });
    const bytes = await host.toBuffer();
    const pack = await readPackage(bytes);
    const charts = pack.charts.get("图片")!;
    expect(charts.map((c) => [c.title, c.categories, c.from, c.to])).toEqual([
      ["人数", "'图片'!$C$6:$C$7", { row: 8, col: 2 }, { row: 18, col: 6 }],
      ["再画一次", "'图片'!$C$31:$C$32", { row: 33, col: 2 }, { row: 43, col: 6 }],
    ]);
    const drawings = Object.keys(pack.zip.files).filter((f) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(f)
    );
    expect(drawings).toHaveLength(1);
    const drawing = await pack.zip.file(drawings[0])!.async("string");
    expect(drawing).toContain("<xdr:pic>");
    const ids = [...drawing.matchAll(/cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await reopen(bytes)).getWorksheet("图片")!.getImages()).toHaveLength(1);
  });

  it("leaves a workbook without charts exactly as ExcelJS writes it (no repacking)", async () => {
    const host = FileWorkbook.create();
    await host.addSheetWithPlan("表", { cells: [{ row: 0, col: 0, value: 1 }] });
    const zip = await JSZip.loadAsync(await host.toBuffer());
    expect(Object.keys(zip.files).some((f) => /chart|drawing/.test(f))).toBe(false);
  });

  it("refuses a chart op over fewer than two columns", async () => {
    const host = FileWorkbook.create();
    const plan = chartPlan("x");
    await expect(
      host.addSheetWithPlan("坏", {
        ...plan,
        charts: [{ ...plan.charts![0], source: { row: 1, col: 0, rows: 2, cols: 1 } }],
      })
    ).rejects.toThrow(/两列/);
  });
});
