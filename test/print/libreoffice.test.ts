/**
 * The printed report, as LibreOffice (Debian's libreoffice-calc-nogui / -writer-nogui, installed by
 * .ci/run) prints it: the command line's 报告草稿 sheet and its .docx converted to PDF, the PDF's
 * text read with pdftotext. Slow (LibreOffice starts twice), so this is the only such test; it also
 * makes the README's pictures of a printed page and of the Word file (pdftoppm).
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { composeReport } from "../../src/core/report/composeReport";
import { SAMPLE_FILE } from "../file/helpers";
import { run } from "../cli/run";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "union-stats-print-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const images = path.join(__dirname, "..", "..", "docs", "images");
const draft = composeReport(buildSampleWorkbook(), { year: 2024, street: "东湖街道" });
const squash = (text: string) => text.replace(/\s+/g, "");

function toPdf(file: string): string {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file],
    { stdio: "pipe", timeout: 240_000 }
  );
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file}`);
  return pdf;
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
const pageText = (pdf: string, page: number) =>
  execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"]).toString();

function picture(pdf: string, name: string): void {
  fs.mkdirSync(images, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(images, name)]);
}

let sheetPdf: string;
let docxPdf: string;
beforeAll(async () => {
  const output = path.join(dir, "报告.xlsx");
  const result = await run("report", SAMPLE_FILE, "-o", output, "--docx", path.join(dir, "报告.docx"));
  if (result.code !== 0) throw new Error(result.err);
  // The 报告草稿 sheet alone (its saved values stand): the ledgers have no print setup of their own.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  for (const ws of [...book.worksheets]) if (ws.name !== "报告草稿") book.removeWorksheet(ws.id);
  await book.xlsx.writeFile(path.join(dir, "草稿.xlsx"));
  sheetPdf = toPdf(path.join(dir, "草稿.xlsx"));
  docxPdf = toPdf(path.join(dir, "报告.docx"));
}, 600_000);

describe("the report printed by LibreOffice", () => {
  it("prints the draft sheet on A4, every sentence whole on one page, in no more pages than its length needs", () => {
    const info = execFileSync("pdfinfo", [sheetPdf]).toString();
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = pageCount(sheetPdf);
    const texts = Array.from({ length: pages }, (_, i) => squash(pageText(sheetPdf, i + 1)));
    expect(texts[0]).toContain(squash(draft.title));
    for (const p of draft.paragraphs)
      if (!texts.some((t) => t.includes(squash(p.text)))) throw new Error(`cut or missing: ${p.text}`);
    expect(texts[pages - 1]).toContain(`第${pages}页共${pages}页`);
    const plan = draft.sheets.draft.plan;
    const height = Object.values(plan.rowHeights!).reduce((a, b) => a + b, 0);
    const printable = ((297 - plan.page!.margins.top - plan.page!.margins.bottom) * 72) / 25.4;
    expect(pages).toBeLessThanOrEqual(Math.ceil(height / printable));
    picture(sheetPdf, "report-print");
  });

  it("converts the Word file to PDF on A4 with the title, the sentences and — 1 —", () => {
    const pages = pageCount(docxPdf);
    expect(pages).toBeGreaterThan(1);
    const first = pageText(docxPdf, 1);
    expect(squash(first)).toContain(squash(draft.title));
    expect(squash(first)).toContain("—1—"); // pdftotext drops the spaces inside "— 1 —"
    const all = squash(Array.from({ length: pages }, (_, i) => pageText(docxPdf, i + 1)).join(""));
    for (const p of draft.paragraphs) expect(all).toContain(squash(p.text));
    picture(docxPdf, "report-docx");
  });
});
