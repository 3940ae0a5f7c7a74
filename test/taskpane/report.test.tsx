/** @jest-environment jsdom */
import { waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { SETTINGS } from "../../src/core/settingsKeys";
import type { FileModeActions } from "../../src/taskpane/filemode/fileSession";
import { FakeWorkbook } from "./fakeWorkbook";
import { renderPane, SLOW } from "./renderPane";
import { sampleWorkbook } from "./sampleFake";

async function openReport(workbook: FakeWorkbook, fileMode?: FileModeActions) {
  const view = renderPane({ workbook, fileMode });
  await view.openTab("报告");
  return view;
}

/** Files the pane hands to the user, caught instead of downloaded. */
function catchingSaves() {
  const saved: Array<{ bytes: Uint8Array; fileName: string }> = [];
  const actions: FileModeActions = {
    open: () => Promise.reject(new Error("no file mode here")),
    download: (bytes, fileName) => saved.push({ bytes, fileName }),
  };
  return { actions, saved };
}

describe("报告: 一键生成报告草稿", () => {
  it("drafts the report on a new sheet, says what it holds, and shows the draft", async () => {
    const workbook = sampleWorkbook();
    workbook.settings.set(SETTINGS.street, "示例街道");
    let open!: () => void;
    workbook.gate = new Promise((resolve) => (open = resolve));
    const { user, page } = await openReport(workbook);
    open();
    await waitFor(() => expect(page().getByLabelText("街道名称")).toHaveValue("示例街道"), SLOW);
    // No year saved: the one the ledgers' titles name is filled in, as a value.
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), SLOW);

    workbook.gate = new Promise((resolve) => (open = resolve));
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(page().getByText("正在生成报告草稿…")).toBeInTheDocument();
    open();
    // The sample's 8168 against 8160 is an error: the draft is written, and the status says so.
    expect(await page().findByText("报告草稿已生成，但数据核对发现错误", {}, SLOW)).toBeInTheDocument();
    expect(page().queryByText("正在生成报告草稿…")).not.toBeInTheDocument();
    // Focus moves from the button (disabled while drafting) to the new content's heading.
    await waitFor(() => expect(page().getByRole("heading", { name: "报告草稿已生成，但数据核对发现错误" })).toHaveFocus());
    expect(page().getByText(/其中 1 处错误，报出前请先处理/)).toBeInTheDocument();
    expect(page().getByText(/^识别到的台账：组织台账（基层工会组织台账）、/)).toBeInTheDocument();

    expect(workbook.added.map((a) => a.name)).toEqual(["报告数据", "核对事项", "报告草稿"]);
    const formulas = workbook.added.reduce((n, a) => n + a.plan.cells.filter((c) => c.formula).length, 0);
    expect(formulas).toBeGreaterThan(20);
    expect(page().getByText(new RegExp(`^已新建工作表“报告草稿”，含 ${formulas} 个公式；数据核对发现 1 处问题。 其中 1 处错误`))).toBeInTheDocument();
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
    // The second draft's heading takes focus again.
    await waitFor(() => expect(page().getByRole("heading", { name: "报告草稿已生成，但数据核对发现错误" })).toHaveFocus());
  });

  it("fills the year and street from the ledgers, which the user can change", async () => {
    const { user, page } = await openReport(sampleWorkbook());
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), SLOW);
    expect(page().getByLabelText("街道名称")).toHaveValue("东湖街道");
    await user.clear(page().getByLabelText("年度"));
    await user.type(page().getByLabelText("年度"), "2023");
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    const preview = await page().findByRole("region", { name: "报告草稿预览" }, SLOW);
    expect(preview).toHaveTextContent("东湖街道总工会2023年工作总结");
    expect(page().getByText(/报告年份为2023年，但台账写的是2024年/)).toBeInTheDocument();
  });

  it("exports the draft as a Word file (导出Word) with the figures as drafted", async () => {
    const { actions, saved } = catchingSaves();
    const { user, page } = await openReport(sampleWorkbook(), actions);
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), SLOW);
    expect(page().queryByRole("button", { name: "导出Word" })).not.toBeInTheDocument();
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    await user.click(await page().findByRole("button", { name: "导出Word" }, SLOW));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    expect(saved[0].fileName).toBe("东湖街道总工会2024年工作总结（草稿）.docx");
    const zip = await JSZip.loadAsync(saved[0].bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("东湖街道总工会2024年工作总结（草稿）");
    expect(xml).toContain("参保人数达到8160人，其中在职4040人");
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain("附表");
  });

  it("calls a draft over clean ledgers a success, and one from no ledgers a warning", async () => {
    const clean = sampleWorkbook();
    clean.sheets = clean.sheets.filter((s) => s.name !== "互助保障");
    // A column no figure reads (联系人) is named, so nothing is left out silently.
    const org = clean.sheets.find((s) => s.name === "组织台账")!;
    const header = org.grid.find((row) => row.includes("单位名称"))!;
    header.push("联系人");
    const first = await openReport(clean);
    await first.user.click(first.page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(await first.page().findByText("报告草稿已生成", {}, SLOW)).toBeInTheDocument();
    expect(first.page().getByText("缺少台账，以下章节从略：互助保障")).toBeInTheDocument();
    const status = first.page().getByRole("list", { name: /./ });
    expect(status).toHaveTextContent(/台账“组织台账”中未使用的列：([^台]*、)?联系人/);
    first.unmount();

    const empty = new FakeWorkbook();
    empty.sheets = [{ name: "Sheet1", grid: [["备忘"]] }];
    const { user, page } = await openReport(empty);
    await user.type(page().getByLabelText("年度"), "2024");
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(await page().findByText("未找到台账", {}, SLOW)).toBeInTheDocument();
    expect(page().getByText(/没有识别出台账，草稿中没有数据/)).toBeInTheDocument();
    expect(page().getByText("识别到的台账：无")).toBeInTheDocument();
    expect(page().queryByText("报告草稿已生成")).not.toBeInTheDocument();
  });

  it("shows the failure when the workbook cannot be read", async () => {
    const workbook = sampleWorkbook();
    const { user, page } = await openReport(workbook);
    // Once the page has read the ledgers for the year, the draft's own read fails.
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), SLOW);
    workbook.failNext("readSheets", new Error("正在编辑单元格"));
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
