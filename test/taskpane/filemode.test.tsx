/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { percentText } from "../../src/core/text";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { browserFileMode, type FileModeActions, resultFileName } from "../../src/taskpane/filemode/fileSession";
import { renderPane, SLOW } from "./renderPane";
import { understatedBomb } from "../security/understatedBomb";

const SAMPLE = path.join(__dirname, "../../assets/samples/street-union-sample.xlsx");

/** Real file mode (the file host over ExcelJS), with downloads caught instead of handed to a browser. */
function catchingFileMode() {
  const downloads: Array<{ bytes: Uint8Array; fileName: string }> = [];
  const actions: FileModeActions = { open: browserFileMode.open, download: (bytes, fileName) => downloads.push({ bytes, fileName }) };
  return { actions, downloads };
}

function sampleFile(): File {
  return new File([fs.readFileSync(SAMPLE)], "street-union-sample.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

describe("file mode", () => {
  it("names result files after the input, never the input itself", () => {
    expect(resultFileName("街道台账.xlsx", "报告草稿")).toBe("街道台账-报告草稿.xlsx");
    expect(resultFileName("a.XLSX", "结果")).toBe("a-结果.xlsx");
  });

  it("opens the sample workbook, drafts the report on it and downloads a workbook that has 报告草稿", async () => {
    const { actions, downloads } = catchingFileMode();
    const { user, page, openTab } = renderPane({ host: "browser", fileMode: actions });
    await user.upload(screen.getByLabelText("打开工作簿", { selector: "input" }), sampleFile());
    expect(await screen.findByText("文件模式：street-union-sample.xlsx", {}, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.queryByText("未在 Excel 中运行")).not.toBeInTheDocument();

    await openTab("报告");
    // The year and street the file's ledgers name are filled in.
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), { timeout: 20000 });
    expect(page().getByLabelText("街道名称")).toHaveValue("东湖街道");
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(await page().findByText("报告草稿已生成，但数据核对发现错误", {}, { timeout: 20000 })).toBeInTheDocument();
    expect(page().getByRole("region", { name: "报告草稿预览" })).toHaveTextContent("参保人数达到8160人");

    // 导出Word: the .docx of the draft, downloaded beside the workbook.
    await user.click(page().getByRole("button", { name: "导出Word" }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20000 });
    expect(downloads[0].fileName).toBe("东湖街道总工会2024年工作总结（草稿）.docx");
    expect(Buffer.from(downloads[0].bytes.subarray(0, 2)).toString()).toBe("PK");
    downloads.length = 0;

    // One 下载结果 on the page (the file bar's), named for the draft the copy now holds.
    expect(page().queryByRole("button", { name: "下载结果" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "下载结果" }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20000 });
    expect(downloads[0].fileName).toBe("street-union-sample-报告草稿.xlsx");
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(Buffer.from(downloads[0].bytes) as unknown as ExcelJS.Buffer);
    expect(reopened.getWorksheet("报告草稿")).toBeDefined();
    expect(reopened.getWorksheet("互助保障")).toBeDefined();
  });

  it("fills 组织覆盖 from the ledger and writes the block right of the ledger, with no typed address", async () => {
    const { actions, downloads } = catchingFileMode();
    const { user, page, openTab, announced, figure } = renderPane({ host: "browser", fileMode: actions });
    await user.upload(screen.getByLabelText("打开工作簿", { selector: "input" }), sampleFile());
    await screen.findByText("文件模式：street-union-sample.xlsx", {}, { timeout: 20000 });
    // The file is announced, and focus moves to its heading.
    await waitFor(() => expect(announced()).toMatch(/文件模式：street-union-sample\.xlsx/));
    expect(screen.getByRole("heading", { name: "文件模式：street-union-sample.xlsx" })).toHaveFocus();
    // A file has no selection: no 使用所选区域, no "selected cell" anywhere.
    expect(page().queryByRole("button", { name: /使用所选区域/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/当前所选单元格/)).not.toBeInTheDocument();

    await user.click(await page().findByRole("button", { name: "从台账填入是否建会" }, SLOW));
    // The list is short: the columns that fit the field.
    const items = screen.getAllByRole("menuitem").map((i) => i.textContent);
    expect(items).toEqual(["组织台账 · 是否建会 (H5:H224)"]);
    await user.click(screen.getByRole("menuitem", { name: /组织台账 · 是否建会/ }));
    expect(await page().findByText("已读取 220 个单元格")).toBeInTheDocument();
    expect(page().getByLabelText("是否建会")).toHaveValue("'组织台账'!H5:H224");

    // The block goes right of the ledger's used range, one blank column between, shown before the click.
    expect(page().getByText("留空则写在 '组织台账'!U5")).toBeInTheDocument();
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText("已写入", {}, SLOW)).toBeInTheDocument();
    expect(page().getByText(/结果已写入 '组织台账'!U5:W6/)).toBeInTheDocument();
    await waitFor(() => expect(announced()).toMatch(/已写入/));
    // The next block goes right of this one.
    expect(await page().findByText("留空则写在 '组织台账'!Y5", {}, SLOW)).toBeInTheDocument();

    // The formulas written carry the figures core computed: the downloaded copy shows 组建率 without
    // being recalculated, and reading it back finds no formula without a saved value.
    const shown = figure("组建率");
    await user.click(screen.getByRole("button", { name: "下载结果" }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20000 });
    expect(downloads[0].fileName).toBe("street-union-sample-结果.xlsx");
    const copy = await FileWorkbook.open(downloads[0].bytes, downloads[0].fileName);
    const ledger = (await copy.readSheets()).find((s) => s.name === "组织台账")!;
    expect(percentText(ledger.grid[5][21])).toBe(shown);
    expect(copy.notices).toEqual([]);

    await openTab("数据核对");
    await user.click(page().getByRole("button", { name: "开始核对" }));
    const finding = await page().findByRole("button", { name: /H55/ }, { timeout: 20000 });
    await user.click(finding);
    expect(finding).toHaveAttribute("aria-pressed", "true");
    expect(page().queryByText("无法选中单元格")).not.toBeInTheDocument();
  });

  it("says once, in the user's language, why a file did not open; the parser's words only under 详细信息", async () => {
    const { actions } = catchingFileMode();
    const { user } = renderPane({ host: "browser", fileMode: actions });
    const input = () => screen.getByLabelText("打开工作簿", { selector: "input" });
    await user.upload(input(), new File(["hello"], "notes.xlsx"));
    expect(await screen.findByText("无法打开工作簿")).toBeInTheDocument();
    expect(screen.getByText(/notes\.xlsx 不是 Excel 工作簿/)).toBeInTheDocument();
    expect(screen.queryByText(/not an Excel workbook/)).not.toBeInTheDocument();
    expect(screen.queryByText(/请选择一个/)).not.toBeInTheDocument();
    expect(screen.getByText("未在 Excel 中运行")).toBeInTheDocument();

    // A damaged .xlsx: the zip reader's own text is kept, behind the disclosure.
    const damaged = new Uint8Array(64);
    damaged.set([0x50, 0x4b, 0x03, 0x04]);
    await user.upload(input(), new File([damaged], "damaged.xlsx"));
    expect(await screen.findByText(/工作簿已损坏,无法读取:damaged\.xlsx/, {}, SLOW)).toBeInTheDocument();
    const details = screen.getByText("详细信息").closest("details")!;
    expect(details).not.toHaveAttribute("open");
    expect(details.textContent!.length).toBeGreaterThan("详细信息".length);
    expect(screen.getAllByText(/damaged\.xlsx/)).toHaveLength(1);
  });

  it("refuses a zip bomb that understates its size, counting what it really inflates to (the command line's cap)", async () => {
    const { actions } = catchingFileMode();
    const { user } = renderPane({ host: "browser", fileMode: actions });
    // Its directory declares a few hundred bytes: only counting while inflating can tell.
    const bomb = await understatedBomb(130 * 2 ** 20);
    await user.upload(screen.getByLabelText("打开工作簿", { selector: "input" }), new File([new Uint8Array(bomb)], "bomb.xlsx"));
    expect(await screen.findByText(/bomb\.xlsx 解压后超过 128 MB/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/stopped after inflating 134,2\d\d,\d{3} bytes/)).toBeInTheDocument();
  });
});
