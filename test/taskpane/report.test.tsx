/** @jest-environment jsdom */
import { waitFor } from "@testing-library/react";
import { SETTINGS } from "../../src/core/settingsKeys";
import { FakeWorkbook } from "./fakeWorkbook";
import { renderPane, SLOW } from "./renderPane";
import { sampleWorkbook } from "./sampleFake";

async function openReport(workbook: FakeWorkbook) {
  const view = renderPane({ workbook });
  await view.openTab("报告");
  return view;
}

describe("报告: 一键生成报告草稿", () => {
  it("drafts the report on a new sheet, says what it holds, and shows the draft", async () => {
    const workbook = sampleWorkbook();
    workbook.settings.set(SETTINGS.street, "示例街道");
    let open!: () => void;
    workbook.gate = new Promise((resolve) => (open = resolve));
    const { user, page } = await openReport(workbook);
    open();
    await waitFor(() => expect(page().getByLabelText("街道名称")).toHaveValue("示例街道"));
    await user.type(page().getByLabelText("年度"), "2024");

    workbook.gate = new Promise((resolve) => (open = resolve));
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(page().getByText("正在生成报告草稿…")).toBeInTheDocument();
    open();
    expect(await page().findByText("报告草稿已生成", {}, SLOW)).toBeInTheDocument();
    expect(page().queryByText("正在生成报告草稿…")).not.toBeInTheDocument();

    expect(workbook.added.map((a) => a.name)).toEqual(["报告数据", "核对事项", "报告草稿"]);
    const formulas = workbook.added.reduce((n, a) => n + a.plan.cells.filter((c) => c.formula).length, 0);
    expect(formulas).toBeGreaterThan(20);
    expect(page().getByText(`已新建工作表“报告草稿”，含 ${formulas} 个公式；数据核对发现 1 处问题。`)).toBeInTheDocument();
    const preview = page().getByRole("region", { name: "报告草稿预览" });
    expect(preview).toHaveTextContent("参保人数达到8160人");
    expect(preview).toHaveTextContent("示例街道");
    expect(preview).toHaveTextContent("2024");
    expect(workbook.settings.get(SETTINGS.year)).toBe(2024);
    // Not in file mode: nothing to download.
    expect(page().queryByRole("button", { name: "下载结果" })).not.toBeInTheDocument();

    // Again: a fresh sheet, never over the first draft.
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(await page().findByText(/已新建工作表“报告草稿 \(2\)”/, {}, SLOW)).toBeInTheDocument();
  });

  it("shows the failure when the workbook cannot be read", async () => {
    const workbook = sampleWorkbook();
    workbook.failNext("readSheets", new Error("正在编辑单元格"));
    const { user, page } = await openReport(workbook);
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(await page().findByText("生成失败", {}, SLOW)).toBeInTheDocument();
    expect(page().getByText(/正在编辑单元格/)).toBeInTheDocument();
    expect(workbook.added).toEqual([]);
  });

  it("says so when the saved street and year cannot be read, and still lets the user type them", async () => {
    const workbook = sampleWorkbook();
    // Every page reads the settings when it mounts: all of them fail here.
    workbook.getSetting = () => Promise.reject(new Error("此版本的 Excel 不支持工作簿设置"));
    const { page } = await openReport(workbook);
    expect(await page().findByText(/此版本的 Excel 不支持工作簿设置/, {}, SLOW)).toBeInTheDocument();
    expect(page().getByText(/未能读取保存的街道名称和年度/)).toBeInTheDocument();
    expect(page().getByLabelText("街道名称")).toBeEnabled();
  });

  it("refuses a year that is not one", async () => {
    const { user, page } = await openReport(sampleWorkbook());
    await user.type(page().getByLabelText("年度"), "20x4");
    expect(page().getByText("请输入年份，如 2024")).toBeInTheDocument();
    expect(page().getByRole("button", { name: "一键生成报告草稿" })).toBeDisabled();
  });
});
