/** @jest-environment jsdom */
import { within } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { renderPane, SLOW } from "./renderPane";
import { sampleWorkbook } from "./sampleFake";

async function openChecks(workbook: FakeWorkbook) {
  const view = renderPane({ workbook });
  await view.openTab("数据核对");
  return view;
}

describe("数据核对", () => {
  it("lists the sample's stated total 8168 against the rows' 8160, and a click selects H55 of 互助保障", async () => {
    const workbook = sampleWorkbook();
    const { user, page } = await openChecks(workbook);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    expect(await page().findByText("共发现1处问题(错误1处,警告0处)。点击一条可定位到单元格。", {}, SLOW)).toBeInTheDocument();
    const group = page().getByRole("region", { name: "互助保障" });
    expect(within(group).getByRole("heading", { name: "互助保障(1处)" })).toBeInTheDocument();
    const finding = within(group).getByRole("button", { name: /H55: 合计行合计为8168,各行相加为8160,相差8/ });
    expect(within(finding).getByText("错误")).toBeInTheDocument();
    await user.click(finding);
    expect(workbook.selected).toEqual(["'互助保障'!H55"]);
    expect(finding).toHaveAttribute("aria-pressed", "true");
  });

  it("says when nothing is wrong, and when there is no ledger", async () => {
    const clean = sampleWorkbook();
    clean.sheets = clean.sheets.filter((s) => s.name !== "互助保障");
    const { user, page } = await openChecks(clean);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    expect(await page().findByText("已核对 7 个台账,未发现问题。", {}, SLOW)).toBeInTheDocument();

    clean.sheets = [{ name: "Sheet1", grid: [["备忘"]] }];
    await user.click(page().getByRole("button", { name: "开始核对" }));
    expect(await page().findByText("未找到台账,无可核对的数据。", {}, SLOW)).toBeInTheDocument();
  });

  it("quotes sheet names with apostrophes, and shows a failed selection", async () => {
    const workbook = sampleWorkbook();
    workbook.sheets = workbook.sheets.map((s) => (s.name === "互助保障" ? { ...s, name: "Jo's 互助" } : s));
    workbook.failNext("selectRange", new Error("工作表已隐藏"));
    const { user, page } = await openChecks(workbook);
    await user.click(page().getByRole("button", { name: "开始核对" }));
    await user.click(await page().findByRole("button", { name: /H55/ }, SLOW));
    expect(await page().findByText("无法选中单元格", {}, SLOW)).toBeInTheDocument();
    expect(workbook.calls.find((c) => c.method === "selectRange")?.args).toEqual(["'Jo''s 互助'!H55"]);
  });

  it("shows the message in English when the pane is in English", async () => {
    const workbook = sampleWorkbook();
    const { user, page, openTab } = renderPane({ workbook, locale: "en-US" });
    await openTab("Checks");
    await user.click(page().getByRole("button", { name: "Run checks" }));
    expect(await page().findByText(/1 problems found \(1 errors, 0 warnings\)/, {}, SLOW)).toBeInTheDocument();
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
