/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { browserFileMode, type FileModeActions, resultFileName } from "../../src/taskpane/filemode/fileSession";
import { renderPane } from "./renderPane";

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
    expect(await screen.findByText("文件模式:street-union-sample.xlsx", {}, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.queryByText("未在 Excel 中运行")).not.toBeInTheDocument();

    await openTab("报告");
    await user.type(page().getByLabelText("年度"), "2024");
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(await page().findByText("报告草稿已生成", {}, { timeout: 20000 })).toBeInTheDocument();
    expect(page().getByRole("region", { name: "报告草稿预览" })).toHaveTextContent("参保人数达到8160人");

    await user.click(page().getByRole("button", { name: "下载结果" }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20000 });
    expect(downloads[0].fileName).toBe("street-union-sample-报告草稿.xlsx");
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(Buffer.from(downloads[0].bytes) as unknown as ExcelJS.Buffer);
    expect(reopened.getWorksheet("报告草稿")).toBeDefined();
    expect(reopened.getWorksheet("互助保障")).toBeDefined();
  });

  it("lets the calculators read the opened file's active sheet and the checks select a cell in it", async () => {
    const { actions } = catchingFileMode();
    const { user, page, openTab } = renderPane({ host: "browser", fileMode: actions });
    expect(page().getByRole("button", { name: "使用所选区域作为是否建会" })).toBeDisabled();
    await user.upload(screen.getByLabelText("打开工作簿", { selector: "input" }), sampleFile());
    await screen.findByText("文件模式:street-union-sample.xlsx", {}, { timeout: 20000 });
    await user.click(page().getByRole("button", { name: "使用所选区域作为是否建会" }));
    // The file's active sheet, its used range (a file has no selection): read, not refused.
    expect(await page().findByText(/已读取 \d+ 个单元格/)).toBeInTheDocument();

    await openTab("数据核对");
    await user.click(page().getByRole("button", { name: "开始核对" }));
    const finding = await page().findByRole("button", { name: /H55/ }, { timeout: 20000 });
    await user.click(finding);
    expect(finding).toHaveAttribute("aria-pressed", "true");
    expect(page().queryByText("无法选中单元格")).not.toBeInTheDocument();
  });

  it("says plainly when the file is not a workbook", async () => {
    const { actions } = catchingFileMode();
    renderPane({ host: "browser", fileMode: actions });
    const user = (await import("@testing-library/user-event")).default.setup();
    await user.upload(screen.getByLabelText("打开工作簿", { selector: "input" }), new File(["hello"], "notes.xlsx"));
    expect(await screen.findByText("无法打开工作簿")).toBeInTheDocument();
    expect(screen.getByText(/notes\.xlsx/)).toBeInTheDocument();
    expect(screen.getByText("未在 Excel 中运行")).toBeInTheDocument();
  });
});
