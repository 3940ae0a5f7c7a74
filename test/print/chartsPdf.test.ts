/**
 * The command line's charts as LibreOffice (Debian's libreoffice-calc-nogui, installed by .ci/run)
 * prints them: the whole output workbook converted to PDF, its text read with pdftotext (poppler-utils).
 * A chart's title is in no cell of the workbook, so finding it on the printed 报告数据 pages means
 * LibreOffice read the chart part and drew it. Slow (LibreOffice starts once): the only such test of
 * the charts.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../cli/run";
import { readPackage } from "../file/chartPackage";
import { reopen, SAMPLE_FILE } from "../file/helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "union-stats-charts-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const squash = (text: string) => text.replace(/\s+/g, "");

let output: string;
let pages: string[];
beforeAll(async () => {
  output = path.join(dir, "charts.xlsx");
  const result = await run("report", SAMPLE_FILE, "-o", output);
  if (result.code !== 0) throw new Error(result.err);
  // A profile of its own: another LibreOffice running on the machine does not take the conversion over.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      output,
    ],
    { stdio: "pipe", timeout: 300_000 }
  );
  const pdf = path.join(dir, "charts.pdf");
  if (!fs.existsSync(pdf)) throw new Error("LibreOffice made no PDF");
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
  pages = Array.from({ length: count }, (_, i) =>
    squash(
      execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).toString()
    )
  );
}, 600_000);

describe("the report's charts printed by LibreOffice", () => {
  it("draws every chart on the 报告数据 pages, under the figures table", async () => {
    const bytes = new Uint8Array(fs.readFileSync(output));
    const charts = (await readPackage(bytes)).charts.get("报告数据")!;
    expect(charts.length).toBe(3);

    // No cell anywhere holds a chart's title: the text on paper is the chart's own.
    const book = await reopen(bytes);
    const cells: string[] = [];
    for (const ws of book.worksheets)
      ws.eachRow((row) => row.eachCell((cell) => void cells.push(squash(cell.text))));
    const dataPages = pages
      .map((text, i) => ({ text, page: i + 1 }))
      .filter(
        ({ text }) => text.includes("报告数据") || text.includes(squash("数字均为引用本表的公式"))
      );
    expect(dataPages.length).toBeGreaterThan(0);
    const firstDataPage = dataPages[0].page;

    for (const chart of charts) {
      const title = squash(chart.title);
      expect(cells.filter((c) => c.includes(title))).toEqual([]);
      const page = pages.findIndex((text) => text.includes(title)) + 1;
      if (page === 0) throw new Error(`chart not printed: ${chart.title}`);
      expect(page).toBeGreaterThanOrEqual(firstDataPage);
      // The slices' labels print too: the coverage pie's 212 units.
      if (chart.numbers.includes(212)) expect(pages[page - 1]).toContain("212");
    }
  });
});
