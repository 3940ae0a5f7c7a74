/** @jest-environment jsdom */
import "./jsdomSetup";
import * as fs from "fs";
import * as path from "path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { StringsProvider } from "../../src/i18n";
import { browserRollupActions, type RollupActions } from "../../src/taskpane/rollup/rollupActions";
import { RollupPage } from "../../src/taskpane/rollup/RollupPage";
import { readRollupInput, summariseWorkbook } from "../../src/core/rollup";
import { FileWorkbook } from "../../src/file/fileWorkbook";

const STREETS = path.join(__dirname, "../../assets/samples/streets");
const xlsx = (name: string, bytes: Uint8Array | string) =>
  new File([bytes as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

describe("the 汇总 page in file mode", () => {
  it("rolls up many picked files into a new workbook to download, saying which one failed and going on", async () => {
    const downloads: Array<{ bytes: Uint8Array; fileName: string }> = [];
    const actions: RollupActions = {
      ...browserRollupActions,
      download: (bytes, fileName) => downloads.push({ bytes, fileName }),
    };
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <StringsProvider initialLocale="zh-CN">
          <RollupPage actions={actions} />
        </StringsProvider>
      </FluentProvider>
    );
    const files = ["东湖街道-2024.xlsx", "西湖街道-2024.xlsx"].map((n) =>
      xlsx(n, fs.readFileSync(path.join(STREETS, n)))
    );
    await user.upload(screen.getByLabelText("选择街道工作簿", { selector: "input" }), [
      ...files,
      xlsx("坏.xlsx", "not a workbook"),
    ]);
    expect(screen.getByText("已选择 3 个文件")).toBeInTheDocument();
    await user.type(screen.getByLabelText("汇总年度"), "2024");
    await user.type(screen.getByLabelText("区名称"), "示例区");
    await user.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(
      await screen.findByText(/^坏.xlsx 无法读取：/, {}, { timeout: 60000 })
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /已汇总 2 个街道，写入新工作簿（请下载）；核对事项 4 处。/,
        {},
        { timeout: 60000 }
      )
    ).toBeInTheDocument();
    // Focus moves to the roll-up's result heading.
    await waitFor(() =>
      expect(screen.getByRole("heading", { name: /^已汇总 2 个街道/ })).toHaveFocus()
    );
    expect(screen.getByRole("list", { name: "核对事项" })).toHaveTextContent(
      "[西湖街道-2024.xlsx]组织台账!B5："
    );

    await user.click(screen.getByRole("button", { name: "下载区汇总工作簿" }));
    expect(downloads.map((d) => d.fileName)).toEqual(["示例区汇总-2024.xlsx"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(downloads[0].bytes) as unknown as ExcelJS.Buffer);
    const table = book.getWorksheet("分街道汇总")!;
    expect([
      table.getCell("A3").value,
      table.getCell("A4").value,
      table.getCell("A5").value,
    ]).toEqual(["东湖街道", "西湖街道", "合计"]);
    await waitFor(() => expect(book.getWorksheet("报告草稿")).toBeDefined());

    // The district draft in Word, as `rollup --docx` writes it: its note says the streets' workbooks.
    await user.click(screen.getByRole("button", { name: "导出Word" }));
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 60000 });
    expect(downloads[1].fileName).toMatch(/^示例区.*2024.*\.docx$/);
    const docx = await JSZip.loadAsync(downloads[1].bytes);
    const text = (await docx.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain("根据各街道报送的工作簿计算的结果");
    expect(text).toContain("全区");
  }, 120000);

  it("carries what reading a street noted (formulas without saved results) up as a finding of its file", async () => {
    const host = FileWorkbook.create("紫金街道.xlsx");
    await host.addSheetWithPlan("组织台账", {
      cells: [
        { row: 0, col: 0, value: "单位名称" },
        { row: 0, col: 1, value: "职工人数" },
        { row: 1, col: 0, value: "甲公司" },
        { row: 1, col: 1, formula: "=20*2" },
      ],
    });
    const street = await browserRollupActions.read(xlsx("紫金街道.xlsx", await host.toBuffer()));
    const input = await readRollupInput(street.workbook, "紫金街道.xlsx");
    const summary = summariseWorkbook({ ...input, notes: street.notes?.() }, 2024);
    expect(summary.findings.filter((f) => f.kind === "file-note")).toEqual([
      expect.objectContaining({
        file: "紫金街道.xlsx",
        message: "工作表“组织台账”有1个公式没有保存计算结果，按空白读取；请在 Excel 或 WPS 中打开并保存后再试。",
      }),
    ]);
  });
});
