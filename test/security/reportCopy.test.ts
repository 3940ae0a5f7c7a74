/**
 * `report` never holds the input workbook in memory: it streams the sheets (as check does) and
 * writes its output by copying the input's zip entries as they are, with the report's three sheets
 * added (src/file/addSheetsToPackage.ts). The copy must be the input, untouched, plus exactly the
 * sheets the file host writes: same cells, formulas, formats and charts, one sheet shown.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { addReportSheets, draftFromWorkbook } from "../../src/core/report/draftReport";
import { addSheetsToPackage } from "../../src/file/addSheetsToPackage";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { mergeStyles } from "../../src/file/mergeStyles";
import { run } from "../cli/run";
import { reopen, sampleBytes, tempDir } from "../file/helpers";

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir()));
afterEach(() => {
  jest.restoreAllMocks();
  remove();
});
const at = (...parts: string[]) => path.join(dir, ...parts);

/** Every part of a package, inflated, by name. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) parts.set(name, await zip.files[name].async("string"));
  return parts;
}

/** What a cell shows and how: value (or formula and result), number format, font, alignment, border. */
function cellLook(cell: ExcelJS.Cell) {
  return {
    value: cell.value,
    numFmt: cell.numFmt,
    bold: cell.font?.bold ?? false,
    font: cell.font?.name,
    size: cell.font?.size,
    wrap: cell.alignment?.wrapText ?? false,
    align: cell.alignment?.horizontal,
    border: cell.border?.top?.style,
  };
}

function sheetLook(ws: ExcelJS.Worksheet) {
  const cells: Array<[string, ReturnType<typeof cellLook>]> = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => cells.push([cell.address, cellLook(cell)]))
  );
  const widths = (ws.columns ?? []).map((c) => c.width);
  return {
    cells,
    widths,
    merges: (ws.model as { merges?: string[] }).merges,
    printArea: ws.pageSetup.printArea,
  };
}

/** The input: the sample with its first sheet shown and selected, and a number format and font of its own. */
async function inputWorkbook(): Promise<Uint8Array> {
  const host = await FileWorkbook.open(sampleBytes(), "in.xlsx");
  const ws = host.workbook.worksheets[0];
  ws.getCell("A1").font = { name: "楷体", size: 16, italic: true };
  ws.getCell("Z3").value = 0.25;
  ws.getCell("Z3").numFmt = "0.000%";
  await host.selectRange(`'${ws.name}'!A1`);
  return host.toBuffer();
}

describe("report's output: the input's package, copied, with the report's sheets added", () => {
  it("keeps every part of the input as it was, and reads the input without loading it whole", async () => {
    const input = await inputWorkbook();
    fs.writeFileSync(at("in.xlsx"), input);
    const open = jest.spyOn(FileWorkbook, "open");
    const xlsx = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => unknown };
    const load = jest.spyOn(xlsx, "load");
    const result = await run("report", at("in.xlsx"), "-o", at("out.xlsx"), "--year", "2024");
    expect([result.code, result.err]).toEqual([0, ""]);
    // Neither the file host nor ExcelJS's in-memory reader read the input: it was streamed.
    expect(open).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();

    const before = await partsOf(input);
    const after = await partsOf(new Uint8Array(fs.readFileSync(at("out.xlsx"))));
    const edited = new Set([
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    for (const [name, text] of before)
      if (!edited.has(name)) expect([name, after.get(name)]).toEqual([name, text]);
    // The selected sheet loses only its selected mark (two selected tabs would open grouped).
    expect(before.get("xl/worksheets/sheet1.xml")).toContain('tabSelected="1"');
    expect(after.get("xl/worksheets/sheet1.xml")).toBe(
      before.get("xl/worksheets/sheet1.xml")!.replace(' tabSelected="1"', "")
    );
    // The input's shared strings are not touched: the new sheets carry their text inline.
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(3);
    expect(added.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThan(0);
    for (const name of added.filter((n) => n.startsWith("xl/worksheets/sheet")))
      expect(after.get(name)).not.toMatch(/t="s"/);
    // The styles already there keep their place; the new ones come after.
    const styles = after.get("xl/styles.xml")!;
    expect(styles.startsWith(before.get("xl/styles.xml")!.slice(0, 200))).toBe(true);
  });

  it("holds the same sheets, cells, formats and print areas as the file host writes, and opens on the draft", async () => {
    const input = await inputWorkbook();
    fs.writeFileSync(at("in.xlsx"), input);
    expect(
      (
        await run(
          "report",
          at("in.xlsx"),
          "-o",
          at("out.xlsx"),
          "--year",
          "2024",
          "--street",
          "示例街道"
        )
      ).code
    ).toBe(0);
    const out = await reopen(new Uint8Array(fs.readFileSync(at("out.xlsx"))));

    // The same report written the in-memory way (the file host adding its sheets to the input).
    const host = await FileWorkbook.open(input, "in.xlsx");
    const made = draftFromWorkbook(await host.readSheets(), {}, { year: 2024, street: "示例街道" });
    await addReportSheets(host, made);
    const expected = await reopen(await host.toBuffer());

    expect(out.worksheets.map((w) => w.name)).toEqual(expected.worksheets.map((w) => w.name));
    for (const ws of expected.worksheets)
      expect([ws.name, sheetLook(out.getWorksheet(ws.name)!)]).toEqual([ws.name, sheetLook(ws)]);
    expect(out.getWorksheet("组织台账")!.getCell("Z3").numFmt).toBe("0.000%");
    expect(out.getWorksheet("组织台账")!.getCell("A1").font).toMatchObject({
      name: "楷体",
      size: 16,
      italic: true,
    });

    // One sheet selected, the draft, and it is the one the file opens on.
    const parts = await partsOf(new Uint8Array(fs.readFileSync(at("out.xlsx"))));
    const selected = [...parts].filter(
      ([name, xml]) => name.startsWith("xl/worksheets/sheet") && /tabSelected="1"/.test(xml)
    );
    expect(selected).toHaveLength(1);
    expect(selected[0][1]).toContain("示例街道总工会2024年工作总结（草稿）");
    expect(out.views[0].activeTab).toBe(out.worksheets.findIndex((w) => w.name === "报告草稿"));
  });

  it("keeps what an ExcelJS round trip would drop: the charts of an earlier report stay, with new ones beside them", async () => {
    fs.writeFileSync(at("in.xlsx"), await inputWorkbook());
    expect(
      (await run("report", at("in.xlsx"), "-o", at("first.xlsx"), "--year", "2024")).code
    ).toBe(0);
    const second = await run("report", at("first.xlsx"), "-o", at("second.xlsx"), "--year", "2024");
    expect(second.code).toBe(0);
    expect(second.err).not.toContain("不含"); // nothing is left out of the copy any more
    const first = await partsOf(new Uint8Array(fs.readFileSync(at("first.xlsx"))));
    const parts = await partsOf(new Uint8Array(fs.readFileSync(at("second.xlsx"))));
    const charts = (p: Map<string, string>) =>
      [...p.keys()].filter((n) => n.startsWith("xl/charts/"));
    expect(charts(parts).length).toBe(2 * charts(first).length);
    for (const name of charts(first)) expect(parts.get(name)).toBe(first.get(name));
    const book = await reopen(new Uint8Array(fs.readFileSync(at("second.xlsx"))));
    expect(book.worksheets.map((w) => w.name).slice(-6)).toEqual([
      "报告数据",
      "核对事项",
      "报告草稿",
      "报告数据 (2)",
      "核对事项 (2)",
      "报告草稿 (2)",
    ]);
    // The second draft's print area is on its own sheet.
    expect(book.getWorksheet("报告草稿 (2)")!.pageSetup.printArea).toBe(
      book.getWorksheet("报告草稿")!.pageSetup.printArea
    );
  });

  it("adds the sheets to a workbook without styles or views of its own", async () => {
    const made = draftFromWorkbook(buildSampleWorkbook(), {}, { year: 2024 });
    const sheetsOnly = FileWorkbook.create();
    await addReportSheets(sheetsOnly, made);
    const zip = await JSZip.loadAsync(await inputWorkbook());
    zip.file(
      "xl/workbook.xml",
      (await zip.file("xl/workbook.xml")!.async("string")).replace(/<bookViews>.*<\/bookViews>/, "")
    );
    const bare = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const book = await reopen(addSheetsToPackage(bare, await sheetsOnly.toBuffer(), "bare.xlsx"));
    expect(book.views[0].activeTab).toBe(book.worksheets.length - 1);
    expect(book.worksheets.at(-1)!.name).toBe("报告草稿");
  });
});

describe("mergeStyles", () => {
  const own =
    '<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts>' +
    '<fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
  const added =
    '<styleSheet xmlns="x"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>' +
    '<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts><fills count="1"><fill/></fills><borders count="2"><border/><border><left style="thin"/></border></borders>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="1" fillId="0" borderId="1" xfId="0"><alignment wrapText="1"/></xf></cellXfs><dxfs count="0"/></styleSheet>';

  it("appends fonts, fills, borders and cell formats after the workbook's own; a known number format keeps its id", () => {
    const { xml, cellFormat } = mergeStyles(own, added);
    expect(cellFormat(0)).toBe(2);
    expect(cellFormat(1)).toBe(3);
    expect(() => cellFormat(2)).toThrow();
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>'
    );
    expect(xml).toContain(
      '<fonts count="3"><font><sz val="11"/></font><font><sz val="11"/></font><font><b/></font></fonts>'
    );
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<borders count="3">');
    // 0.0% was 165 in the added package and is 164 in the workbook; font 1 → 2, border 1 → 2.
    expect(xml).toContain(
      '<xf numFmtId="164" fontId="2" fillId="2" borderId="2" xfId="0"><alignment wrapText="1"/></xf></cellXfs>'
    );
    expect(xml).toContain(
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164"'
    );
  });

  it("makes the containers a workbook lacks, in the schema's order", () => {
    const { xml } = mergeStyles(
      '<styleSheet xmlns="x"><cellXfs count="1"><xf/></cellXfs></styleSheet>',
      added
    );
    const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"].map((n) =>
      xml.indexOf(`<${n} `)
    );
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(xml).toContain('<cellXfs count="3">');
  });
});
