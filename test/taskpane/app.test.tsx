/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { column, FakeWorkbook } from "./fakeWorkbook";
import { renderPane } from "./renderPane";

/**
 * The App's own FluentProvider: the nearest one around its heading, which must not be renderPane's
 * outer provider (that one has no lang, so a test that found it would prove nothing).
 */
function ownProvider(): HTMLElement {
  const providers = Array.from(document.querySelectorAll<HTMLElement>(".fui-FluentProvider"));
  const own = screen.getByRole("heading", { level: 1 }).closest<HTMLElement>(".fui-FluentProvider")!;
  expect(providers).toHaveLength(2);
  expect(own).toBe(providers[1]);
  expect(providers[0]).not.toHaveAttribute("lang");
  return own;
}

describe("the pane", () => {
  it("has the title, the language switch and a tab per calculator", () => {
    renderPane();
    expect(screen.getByRole("heading", { name: "工会统计助手" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab")).toEqual(["组织覆盖", "经费计算", "互助保障", "台账", "数据核对", "报告", "汇总"].map((name) => screen.getByRole("tab", { name })));
    expect(screen.getByRole("tab", { name: "组织覆盖" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.queryByText("未在 Excel 中运行")).not.toBeInTheDocument();
  });

  it("outside Excel still computes, warns that cells cannot be read or written, and disables those buttons", async () => {
    const { user, page, openTab, figure } = renderPane({ host: "browser" });
    expect(screen.getByText(/请在 Excel 中打开本加载项，或在此打开一个工作簿/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "打开工作簿" })).toBeEnabled();
    expect(screen.getByText("未在 Excel 中运行")).toBeInTheDocument();
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
    // No workbook, no selection: the range fields offer neither the selection nor a ledger column.
    expect(page().queryByRole("button", { name: /使用所选区域|从台账填入/ })).not.toBeInTheDocument();

    await openTab("经费计算");
    await user.type(page().getByLabelText("工资总额（元）"), "1000000");
    expect(figure("计提经费")).toBe("20,000.00");
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();

    await openTab("互助保障");
    await user.type(page().getByLabelText("在职 人数"), "10");
    await user.type(page().getByLabelText("在职 单价（元/人）"), "50");
    expect(figure("保费合计")).toBe("500.00");
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
    expect(page().getByRole("button", { name: "人数使用所选区域" })).toBeDisabled();
  });

  it("switches to English and back, keeping what was typed", async () => {
    const { user, page, openTab, figure } = renderPane({ host: "browser" });
    await openTab("经费计算");
    await user.type(page().getByLabelText("工资总额（元）"), "1000000");
    expect(document.documentElement.lang).toBe("zh-CN");
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { name: "UnionStats" })).toBeInTheDocument();
    // The page's language and Fluent's follow the switch (screen readers pick their voice by it).
    expect(document.documentElement.lang).toBe("en-US");
    expect(ownProvider()).toHaveAttribute("lang", "en-US");
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getAllByRole("tab")).toEqual(
      ["Coverage", "Funds", "Mutual insurance", "Ledgers", "Checks", "Report", "Roll-up"].map((name) => screen.getByRole("tab", { name })),
    );
    expect(screen.getByText(/Open this add-in in Excel, or open a workbook \(\.xlsx\) here in file mode/)).toBeInTheDocument();
    expect(page().getByLabelText("Total payroll (yuan)")).toHaveValue("1000000");
    expect(figure("Funds allocated")).toBe("20,000.00");
    expect(page().getByRole("button", { name: "Write to sheet" })).toBeDisabled();
    await user.clear(page().getByLabelText("Allocation rate (%)"));
    await user.type(page().getByLabelText("Allocation rate (%)"), "x");
    expect(page().getByText("Enter a number of zero or more")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "中文" }));
    expect(screen.getByRole("heading", { name: "工会统计助手" })).toBeInTheDocument();
    expect(page().getByText("请输入非负数字")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(ownProvider()).toHaveAttribute("lang", "zh-CN");
  });

  it("starts in the language it is given", () => {
    renderPane({ locale: "en-US" });
    expect(screen.getByRole("heading", { name: "UnionStats" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  });

  it("keeps each page's form when another tab is shown", async () => {
    const { user, page, openTab } = renderPane();
    await openTab("互助保障");
    await user.type(page().getByLabelText("填报合计（可选）"), "8168");
    await openTab("组织覆盖");
    expect(page().queryByLabelText("填报合计（可选）")).not.toBeInTheDocument();
    await openTab("互助保障");
    expect(page().getByLabelText("填报合计（可选）")).toHaveValue("8168");
  });

  it("shows a spinner while a read or a write is pending", async () => {
    const FLAGS = "Sheet1!G2:G3";
    const workbook = new FakeWorkbook({ [FLAGS]: column(["是", "否"]) });
    workbook.select(FLAGS);
    let open!: () => void;
    workbook.gate = new Promise((resolve) => (open = resolve));
    const { user, page, figure } = renderPane({ workbook });
    await user.click(page().getByRole("button", { name: "使用所选区域作为是否建会" }));
    expect(page().getByText("正在读取…")).toBeInTheDocument();
    expect(page().getByRole("button", { name: "使用所选区域作为职工人数" })).toBeDisabled();
    open();
    await waitFor(() => expect(figure("组建率")).toBe("50%"));
    expect(page().queryByText("正在读取…")).not.toBeInTheDocument();

    workbook.gate = new Promise((resolve) => (open = resolve));
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(page().getByText("正在写入…")).toBeInTheDocument();
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
    open();
    const success = await page().findByText("已写入");
    expect(within(success.closest(".fui-MessageBar") as HTMLElement).getByText(/Sheet1!I2:K3/)).toBeInTheDocument();
    expect(page().queryByText("正在写入…")).not.toBeInTheDocument();
  });
});
