/**
 * Writes assets/samples/street-union-sample.xlsx from buildSampleWorkbook(): the sample street
 * union's eight ledgers, laid out like printed forms, with their merges, number formats and widths.
 *
 *   npx ts-node --transpile-only scripts/make-sample.ts
 *
 * The file is deterministic: workbook dates are fixed, and so are the zip entries' timestamps (the zip
 * writer stamps each entry with the current time, so the clock is held still while it writes).
 *
 * Why require() and no import statements: the repository's tsconfig compiles to ES modules for
 * webpack, and Node cannot run a .ts file as an ES module entry point. Without import statements
 * this file stays a plain script, and the ledgers are loaded through a ts-node set to CommonJS.
 */
(function makeSample(): void {
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs", moduleResolution: "node" } });
  const fs: typeof import("fs") = require("fs");
  const path: typeof import("path") = require("path");
  const ExcelJS: typeof import("exceljs") = require("exceljs");
  const { buildSampleWorkbook }: typeof import("../src/core/ledgers/sample") = require("../src/core/ledgers/sample");
  const { sampleStreets }: typeof import("../src/core/rollup/sampleStreets") = require("../src/core/rollup/sampleStreets");
  const { buildLastYearWorkbook }: typeof import("../src/core/ledgers/sampleLastYear") = require("../src/core/ledgers/sampleLastYear");
  type SampleSheet = import("../src/core/ledgers/sample").SampleSheet;
  type Workbook = import("exceljs").Workbook;

  const FIXED = new Date(Date.UTC(2025, 0, 10, 0, 0, 0));
  const OUT = path.join(__dirname, "..", "assets", "samples", "street-union-sample.xlsx");
  // The same street's workbook of the year before, for 同比 (report --previous).
  const LAST_YEAR = path.join(path.dirname(OUT), "street-union-sample-last-year.xlsx");
  const THIN = { style: "thin" as const };
  const CENTRE = { wrapText: true, vertical: "middle" as const, horizontal: "center" as const };

  /** Excel serial day → the Date exceljs writes back as that serial (it counts from 1899-12-30 UTC). */
  function serialToDate(serial: number): Date {
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  }

  function addSheet(workbook: Workbook, sheet: SampleSheet): void {
    const ws = workbook.addWorksheet(sheet.name);
    const bold = new Set(sheet.boldRows ?? []);
    const formats = sheet.columnFormats ?? {};
    const table = sheet.table ?? { header: 0, data: 0, end: sheet.grid.length - 1 };
    const inData = (r: number) => r >= table.data && r <= table.end;
    sheet.grid.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        const format = formats[c];
        const isDate = format !== undefined && format.includes("yy") && typeof value === "number" && inData(r);
        cell.value = isDate ? serialToDate(value as number) : value;
        if (format && typeof value === "number" && inData(r)) cell.numFmt = format;
        if (bold.has(r)) cell.font = { bold: true, size: r === 0 ? 14 : 11 };
      });
    });
    for (const m of sheet.merges ?? []) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    for (const [c, width] of Object.entries(sheet.columnWidths ?? {})) ws.getColumn(Number(c) + 1).width = width;
    const width = sheet.grid[0]?.length ?? 0;
    for (let r = table.header; r <= table.end; r++) {
      for (let c = 0; c < width; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        if (r < table.data) cell.alignment = CENTRE;
      }
    }
    ws.getCell(1, 1).alignment = { horizontal: "center" };
  }

  /** Runs `write` with the clock held at FIXED, so every timestamp the writer takes is the same. */
  async function atFixedTime<T>(write: () => Promise<T>): Promise<T> {
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(FIXED.getTime());
        else super(...(args as [string]));
      }
      static override now(): number {
        return FIXED.getTime();
      }
    }
    globalThis.Date = FixedDate as DateConstructor;
    try {
      return await write();
    } finally {
      globalThis.Date = RealDate;
    }
  }

  async function writeSample(file: string, sheets: SampleSheet[]): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "UnionStats 工会统计助手";
    workbook.lastModifiedBy = "UnionStats 工会统计助手";
    workbook.created = FIXED;
    workbook.modified = FIXED;
    for (const sheet of sheets) addSheet(workbook, sheet);
    const buffer = await atFixedTime(() => workbook.xlsx.writeBuffer());
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(buffer as ArrayBuffer));
  }

  // Three streets for the district roll-up (npm run demo rolls them up), beside the one street.
  const STREETS = path.join(path.dirname(OUT), "streets");
  async function writeAll(): Promise<string[]> {
    await writeSample(OUT, buildSampleWorkbook());
    await writeSample(LAST_YEAR, buildLastYearWorkbook());
    const files = [OUT, LAST_YEAR];
    for (const street of sampleStreets()) {
      const file = path.join(STREETS, street.file);
      await writeSample(file, street.sheets);
      files.push(file);
    }
    return files;
  }

  writeAll().then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
})();
