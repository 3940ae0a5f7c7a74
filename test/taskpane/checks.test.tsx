/** @jest-environment jsdom */
import { waitFor, within } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { renderPane } from "./renderPane";
import { alertDialogGone, dialogButton, findAlertDialog } from "./dialogs";

// The convert test waits on the checks, a dialog and two writes: on a loaded 2-core machine a step has taken over 10 s.
const SLOW = { timeout: 30000 };
import { sampleWorkbook } from "./sampleFake";
import { detectBest } from "../../src/core/ledgers/detect";
import { cellName } from "../../src/core/ledgers";

async function openChecks(workbook: FakeWorkbook) {
  const view = renderPane({ workbook });
  await view.openTab("数据核对");
  return view;
}

/** The sample with three numbers stored as text in its organisations' 职工人数, and their addresses. */
function withTextNumbers(): { workbook: FakeWorkbook; addresses: string[] } {
  const workbook = sampleWorkbook();
  const orgs = detectBest(workbook.sheets).find((d) => d.schemaId === "organisations")!;
  const sheet = workbook.sheets.find((s) => s.name === orgs.sheetName)!;
  const col = orgs.columns.employees;
  const addresses = ["１２３", "1,234", " 56 "].map((text, i) => {
    const row = orgs.dataRows.start + i;
    sheet.grid[row][col] = text;
    const address = `'${sheet.name}'!${cellName(row, col)}`;
    workbook.ranges.set(address, [[text]]);
    return address;
  });
  return { workbook, addresses };
}

describe("数据核对", () => {
  /** The checks run over the workbook, and the confirmation asked for. */
  async function offered(workbook: FakeWorkbook) {
    const view = await openChecks(workbook);
    await view.user.click(view.page().getByRole("button", { name: "开始核对" }));
    expect(
      await view
        .page()
        .findByText("3个单元格是以文本形式存储的数字，报告草稿的公式不计入它们。", {}, SLOW)
    ).toBeInTheDocument();
    await view.user.click(view.page().getByRole("button", { name: "转换为数字…" }));
    return { ...view, dialog: await findAlertDialog("转换为数字？") };
  }

  it("offers to convert numbers stored as text, listing each cell, and writes nothing when cancelled", async () => {
    const { workbook, addresses } = withTextNumbers();
    const { user, dialog } = await offered(workbook);
    expect(
      await within(dialog).findByText(`${addresses[1]}：'1,234' → 1234`, {}, SLOW)
    ).toBeInTheDocument();
    expect(within(dialog).getByText(`${addresses[0]}：'１２３' → 123`)).toBeInTheDocument();
    await user.click(await dialogButton(dialog, "取消"));
    await alertDialogGone();
    expect(workbook.written).toEqual([]);
  });

  it("converts on confirmation each cell that still holds the text the checks read, never one edited since", async () => {
    const { workbook, addresses } = withTextNumbers();
    const { user, page, dialog } = await offered(workbook);
    workbook.ranges.set(addresses[2], [[" 57 "]]); // edited meanwhile: left alone
    await user.click(await dialogButton(dialog, "转换"));
    expect(
      await page().findByText("已转换2个单元格。1个单元格已被改动，未转换。", {}, SLOW)
    ).toBeInTheDocument();
    expect(workbook.written).toEqual([
      {
        anchor: addresses[0],
        plan: { cells: [{ row: 0, col: 0, value: 123, numberFormat: "General" }] },
      },
      {
        anchor: addresses[1],
        plan: { cells: [{ row: 0, col: 0, value: 1234, numberFormat: "General" }] },
      },
    ]);
  });

  it("lists the sample's stated total 8168 against the rows' 8160, and a click selects H55 of 互助保障", async () => {
    const workbook = sampleWorkbook();
    const { user, page } = await openChecks(workbook);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    expect(
      await page().findByText(
        "共发现1处问题（错误1处，警告0处）。点击一条可定位到单元格。",
        {},
        SLOW
      )
    ).toBeInTheDocument();
    const group = page().getByRole("region", { name: "互助保障" });
    expect(within(group).getByRole("heading", { name: "互助保障（1处）" })).toBeInTheDocument();
    const finding = within(group).getByRole("button", {
      name: /H55：合计行合计为8168，各行相加为8160，相差8/,
    });
    expect(within(finding).getByText("错误")).toBeInTheDocument();
    await user.click(finding);
    expect(workbook.selected).toEqual(["'互助保障'!H55"]);
    expect(finding).toHaveAttribute("aria-pressed", "true");
  });

  it("finds what union-stats check finds: an activity dated outside the year the ledgers name", async () => {
    const workbook = sampleWorkbook();
    const activities = detectBest(workbook.sheets).find((d) => d.schemaId === "activities")!;
    const sheet = workbook.sheets.find((s) => s.name === activities.sheetName)!;
    const row = activities.dataRows.start;
    sheet.grid[row][activities.columns.date] = "2023-12-30";
    const { user, page } = await openChecks(workbook);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    const group = await page().findByRole("region", { name: sheet.name }, SLOW);
    const date = cellName(row, activities.columns.date);
    expect(
      within(group).getByRole("button", {
        name: `警告 ${date}：日期在2023年，不在报告年度2024年内，请核对`,
      })
    ).toBeInTheDocument();
  });

  it("says when nothing is wrong, and when there is no ledger", async () => {
    const clean = sampleWorkbook();
    clean.sheets = clean.sheets.filter((s) => s.name !== "互助保障");
    const { user, page } = await openChecks(clean);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    expect(await page().findByText("已核对 7 个台账，未发现问题。", {}, SLOW)).toBeInTheDocument();
    // Focus moves to the result's heading once the checks are done.
    await waitFor(() =>
      expect(page().getByRole("heading", { name: "已核对 7 个台账，未发现问题。" })).toHaveFocus()
    );

    clean.sheets = [{ name: "Sheet1", grid: [["备忘"]] }];
    await user.click(page().getByRole("button", { name: "开始核对" }));
    expect(await page().findByText("未找到台账，无可核对的数据。", {}, SLOW)).toBeInTheDocument();
    await waitFor(() =>
      expect(page().getByRole("heading", { name: "未找到台账，无可核对的数据。" })).toHaveFocus()
    );
  });

  it("quotes sheet names with apostrophes, and shows a failed selection", async () => {
    const workbook = sampleWorkbook();
    workbook.sheets = workbook.sheets.map((s) =>
      s.name === "互助保障" ? { ...s, name: "Jo's 互助" } : s
    );
    workbook.failNext("selectRange", new Error("工作表已隐藏"));
    const { user, page } = await openChecks(workbook);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    await user.click(await page().findByRole("button", { name: /H55/ }, SLOW));
    expect(await page().findByText("无法选中单元格", {}, SLOW)).toBeInTheDocument();
    expect(workbook.calls.find((c) => c.method === "selectRange")?.args).toEqual([
      "'Jo''s 互助'!H55",
    ]);
  });

  it("shows the message in English when the pane is in English", async () => {
    const workbook = sampleWorkbook();
    const { user, page, openTab } = renderPane({ workbook, locale: "en-US" });
    await openTab("Checks");
    await user.click(page().getByRole("button", { name: "Run checks" }));
    expect(
      await page().findByText(/1 problems found \(1 errors, 0 warnings\)/, {}, SLOW)
    ).toBeInTheDocument();
    expect(page().getByRole("button", { name: /^Error\s*H55/ })).toBeInTheDocument();
  });

  it("says when the workbook cannot be read", async () => {
    const workbook = sampleWorkbook();
    workbook.failNext("readSheets", new Error("正在编辑单元格"));
    const { user, page } = await openChecks(workbook);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    expect(await page().findByText("核对失败", {}, SLOW)).toBeInTheDocument();
  });
});
