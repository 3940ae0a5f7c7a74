/** @jest-environment jsdom */
import { waitFor } from "@testing-library/react";
import { column, FakeWorkbook } from "./fakeWorkbook";
import { renderPane } from "./renderPane";

async function openFunds(workbook = new FakeWorkbook()) {
  const pane = renderPane({ workbook });
  await pane.openTab("经费计算");
  return pane;
}

describe("经费计算", () => {
  it("allocates 2% of 1,000,000 and splits it 60/40 at once", async () => {
    const { user, page, figure } = await openFunds();
    expect(page().getByLabelText("计提比例（%）")).toHaveValue("2");
    await user.type(page().getByLabelText("工资总额（元）"), "1,000,000");
    expect(figure("计提经费")).toBe("20,000.00");
    expect(figure("基层工会")).toBe("12,000.00");
    expect(figure("上级工会")).toBe("8,000.00");
    expect(figure("合计核对")).toBe("✓ 各级分成之和等于计提经费");
  });

  it("gives the fen remainder to the grassroots union with the city preset", async () => {
    const { user, page, figure } = await openFunds();
    await user.click(page().getByRole("button", { name: "市例：基层60%、区20%、市15%、省5%" }));
    await user.type(page().getByLabelText("工资总额（元）"), "1000010.1"); // 20,000.20
    expect(figure("区总工会")).toBe("4,000.04");
    expect(figure("市总工会")).toBe("3,000.03");
    expect(figure("省总工会")).toBe("1,000.01");
    expect(figure("基层工会")).toBe("12,000.12");
    expect(figure("合计核对")).toBe("✓ 各级分成之和等于计提经费");
  });

  it("says 请输入非负数字 and 比例之和须为100% as you type", async () => {
    const { user, page, figure } = await openFunds();
    await user.type(page().getByLabelText("工资总额（元）"), "abc");
    expect(page().getByText("请输入非负数字")).toBeInTheDocument();
    expect(figure("计提经费")).toBe("—");
    await user.clear(page().getByLabelText("工资总额（元）"));
    await user.type(page().getByLabelText("工资总额（元）"), "1000000");
    expect(page().queryByText("请输入非负数字")).not.toBeInTheDocument();

    const ratio = page().getByLabelText("比例（%） 2");
    await user.clear(ratio);
    await user.type(ratio, "30");
    expect(page().getByText("比例之和须为100%（现为90%）")).toBeInTheDocument();
    expect(figure("基层工会")).toBe("—");
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
    await user.type(ratio, "x");
    expect(page().getByText("请输入非负数字")).toBeInTheDocument();

    await user.clear(page().getByLabelText("计提比例（%）"));
    await user.type(page().getByLabelText("计提比例（%）"), "-2");
    expect(page().getAllByText("请输入非负数字")).toHaveLength(2);
  });

  it("adds and removes levels", async () => {
    const { user, page, figure } = await openFunds();
    await user.type(page().getByLabelText("工资总额（元）"), "1000000");
    await user.click(page().getByRole("button", { name: "添加层级" }));
    expect(page().getByLabelText("层级 3")).toHaveValue("新层级");
    await user.clear(page().getByLabelText("比例（%） 2"));
    await user.type(page().getByLabelText("比例（%） 2"), "30");
    await user.type(page().getByLabelText("比例（%） 3"), "10");
    expect(figure("新层级")).toBe("2,000.00");
    await user.click(page().getByRole("button", { name: "删除新层级" }));
    expect(page().queryByLabelText("层级 3")).not.toBeInTheDocument();
    expect(page().getByText("比例之和须为100%（现为90%）")).toBeInTheDocument();
  });

  it("sums a selected payroll range and writes FUND over SUM of it, SPLIT over the block's own cell", async () => {
    const PAYROLL = "'经费 2024'!C2:C4";
    const workbook = new FakeWorkbook({ [PAYROLL]: column([600000, 300000, 100000]) });
    workbook.select(PAYROLL);
    const { user, page, figure } = await openFunds(workbook);
    await user.click(page().getByRole("button", { name: "使用所选区域作为工资总额（元）" }));
    expect(await page().findByDisplayValue(`取自 ${PAYROLL} 之和`)).toBeInTheDocument();
    expect(figure("计提经费")).toBe("20,000.00");
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText(/结果已写入 '经费 2024'!E2/)).toBeInTheDocument();
    const { anchor, plan } = workbook.written[0];
    expect(anchor).toBe("'经费 2024'!E2");
    expect(plan.cells.filter((c) => c.formula).map((c) => c.formula)).toEqual([
      "=UNION.FUND(ROUND(SUM('经费 2024'!C2:C4),2),0.02)",
      "=INDEX(UNION.SPLIT('经费 2024'!F3,{0.6,0.4}),1,1)",
      "=INDEX(UNION.SPLIT('经费 2024'!F3,{0.6,0.4}),1,2)",
      "=UNION.CHECKSUM('经费 2024'!F3,'经费 2024'!F4:F5)",
    ]);
    expect(plan.cells.filter((c) => c.col === 0).map((c) => c.value)).toEqual(["项目", "计提经费", "基层工会", "上级工会", "合计核对"]);

    await user.click(page().getByRole("button", { name: "改为手动输入" }));
    expect(page().getByLabelText("工资总额（元）")).toHaveValue("");
  });

  it("names the cell of a payroll range that is not an amount", async () => {
    const workbook = new FakeWorkbook({ "Sheet1!C2:C3": column([1000, "约20"]) });
    workbook.select("Sheet1!C2:C3");
    const { user, page } = await openFunds(workbook);
    await user.click(page().getByRole("button", { name: "使用所选区域作为工资总额（元）" }));
    expect(await page().findByText("工资总额 第2行: '约20' 不是数字")).toBeInTheDocument();
  });

  it("writes a typed payroll at the selected cell when no 写入位置 is given, and shows a workbook failure", async () => {
    const workbook = new FakeWorkbook();
    workbook.select("Sheet1!H2");
    const { user, page } = await openFunds(workbook);
    await user.type(page().getByLabelText("工资总额（元）"), "1000000");
    expect(page().getByText("留空则写在当前所选单元格")).toBeInTheDocument();
    workbook.failNext("writePlan", new Error("工作表受保护"));
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText("写入失败")).toBeInTheDocument();
    expect(page().getByText(/工作表受保护/)).toHaveTextContent("请确认工作表未受保护");
    expect(workbook.written).toEqual([]);

    await user.click(page().getByRole("button", { name: "写入工作表" }));
    await waitFor(() => expect(workbook.written).toHaveLength(1));
    expect(page().queryByText("写入失败")).not.toBeInTheDocument();
    expect(workbook.written[0].anchor).toBe("Sheet1!H2");
    expect(workbook.written[0].plan.cells.find((c) => c.row === 1 && c.col === 1)!.formula).toBe("=UNION.FUND(1000000,0.02)");
    expect(workbook.written[0].plan.cells.find((c) => c.row === 2 && c.col === 1)!.formula).toBe("=INDEX(UNION.SPLIT(Sheet1!I3,{0.6,0.4}),1,1)");
  });
});
