/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { column, FakeWorkbook } from "./fakeWorkbook";
import { renderPane, SLOW } from "./renderPane";
import { sampleWorkbook } from "./sampleFake";

const FLAGS = "'台账 2024'!G2:G221";
const STAFF = "'台账 2024'!F2:F221";
const MEMBERS = "'台账 2024'!E2:E221";

function ledger(): FakeWorkbook {
  return new FakeWorkbook({
    [FLAGS]: column([...Array(210).fill("是"), ...Array(10).fill("否")]),
    [STAFF]: column([...Array(210).fill(30), ...Array(10).fill(10)]),
    [MEMBERS]: column([...Array(210).fill(25), ...Array(10).fill(0)]),
  });
}

describe("组织覆盖", () => {
  it("computes 组建率 at once from the selected flags: 210 是 and 10 否 → 95.5%", async () => {
    const workbook = ledger();
    const { user, page, figure } = renderPane({ workbook });
    workbook.select(FLAGS);
    await user.click(page().getByRole("button", { name: "使用所选区域作为是否建会" }));
    expect(await page().findByText("已读取 220 个单元格")).toBeInTheDocument();
    expect(page().getByLabelText("是否建会")).toHaveValue(FLAGS);
    expect(figure("组建率")).toBe("95.5%");
    expect(figure("入会率")).toBe("—");

    workbook.select(STAFF);
    await user.click(page().getByRole("button", { name: "使用所选区域作为职工人数" }));
    workbook.select(MEMBERS);
    await user.click(page().getByRole("button", { name: "使用所选区域作为会员人数" }));
    await waitFor(() => expect(figure("入会率")).toBe("82%"));
    expect(figure("建会单位数")).toBe("210");
    expect(figure("覆盖职工数")).toBe("6300");
  });

  it("reads a typed address when the box is left, and applies a staff threshold", async () => {
    const workbook = ledger();
    const { user, page, figure } = renderPane({ workbook });
    await user.type(page().getByLabelText("是否建会"), FLAGS);
    await user.tab();
    await waitFor(() => expect(figure("组建率")).toBe("95.5%"));
    expect(workbook.calls).toContainEqual({ method: "readRange", args: [FLAGS] });
    await user.type(page().getByLabelText("职工人数下限（可选）"), "25");
    expect(figure("组建率")).toMatch(/职工人数/); // core: a threshold needs the employees range
    await user.type(page().getByLabelText("职工人数"), STAFF);
    await user.tab();
    await waitFor(() => expect(figure("组建率")).toBe("100%"));
  });

  it("shows a core error inline, naming the cell, and never throws", async () => {
    const workbook = new FakeWorkbook({ "Sheet1!G2:G4": column(["是", "约20", "否"]) });
    workbook.select("Sheet1!G2:G4");
    const { user, page, figure } = renderPane({ workbook });
    await user.click(page().getByRole("button", { name: "使用所选区域作为是否建会" }));
    await waitFor(() => expect(figure("组建率")).toContain("第2行: '约20' 不是是/否标记"));
  });

  it("says 请输入不小于0的整数 as you type a bad threshold, and an invalid address", async () => {
    const { user, page } = renderPane();
    await user.type(page().getByLabelText("职工人数下限（可选）"), "-3");
    expect(page().getByText("请输入不小于0的整数")).toBeInTheDocument();
    await user.clear(page().getByLabelText("职工人数下限（可选）"));
    await user.type(page().getByLabelText("职工人数下限（可选）"), "2.5");
    expect(page().getByText("请输入不小于0的整数")).toBeInTheDocument();
    await user.clear(page().getByLabelText("职工人数下限（可选）"));
    await user.type(page().getByLabelText("职工人数下限（可选）"), "25");
    expect(page().queryByText("请输入不小于0的整数")).not.toBeInTheDocument();
    await user.type(page().getByLabelText("是否建会"), "G2:G+1");
    expect(page().getByText("区域地址无效，应如 Sheet1!G2:G221")).toBeInTheDocument();
  });

  it("writes the block of live formulas two columns right of the data", async () => {
    const workbook = ledger();
    const { user, page } = renderPane({ workbook });
    for (const [field, address] of [["是否建会", FLAGS], ["职工人数", STAFF], ["会员人数", MEMBERS]]) {
      workbook.select(address);
      await user.click(page().getByRole("button", { name: `使用所选区域作为${field}` }));
      await page().findByDisplayValue(address);
    }
    expect(page().getByText("留空则写在 '台账 2024'!I2")).toBeInTheDocument();
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText(/结果已写入 '台账 2024'!I2:K6/)).toBeInTheDocument();
    expect(workbook.calls.find((c) => c.method === "isAreaEmpty")!.args).toEqual(["'台账 2024'!I2", 5, 3]);
    const { anchor, plan } = workbook.written[0];
    expect(anchor).toBe("'台账 2024'!I2");
    const formulas = plan.cells.filter((c) => c.formula).map((c) => c.formula);
    expect(formulas).toEqual([
      `=UNION.ORGRATE(${FLAGS})`,
      `=UNION.MEMBERRATE(${MEMBERS},${STAFF})`,
      `=INDEX(UNION.COVERAGE(${FLAGS},${STAFF}),1,1)`,
      `=INDEX(UNION.COVERAGE(${FLAGS},${STAFF}),1,2)`,
    ]);
    expect(plan.cells.find((c) => c.row === 1 && c.col === 1)!.numberFormat).toBe("0.0%");
  });

  it("in Excel offers 从台账填入 beside 使用所选区域 once the ledgers are recognised, and fills the field from it", async () => {
    const workbook = sampleWorkbook();
    const ledger = workbook.sheets.find((sheet) => sheet.name === "组织台账")!;
    const { user, page, figure } = renderPane({ workbook });
    // Before the ledgers are read (they are, when a range field is first used) only the selection is offered.
    const selection = page().getByRole("button", { name: "使用所选区域作为是否建会" });
    expect(page().queryByRole("button", { name: /从台账填入/ })).not.toBeInTheDocument();
    expect(workbook.calls.some((c) => c.method === "readSheets")).toBe(false);

    await user.click(page().getByLabelText("是否建会"));
    const picker = await page().findByRole("button", { name: "从台账填入是否建会" }, SLOW);
    // Side by side, in the same row under the box: the ledger column first, then the selection.
    expect(picker.parentElement).toBe(selection.parentElement);
    expect(Array.from(picker.parentElement!.children)).toEqual([picker, selection]);
    expect(selection).toBeEnabled();

    await user.click(picker);
    const items = screen.getAllByRole("menuitem").map((i) => i.textContent);
    expect(items).toEqual(["组织台账 · 是否建会 (H5:H224)"]);
    const address = "'组织台账'!H5:H224";
    workbook.ranges.set(address, ledger.grid.slice(4, 224).map((row) => [row[7] ?? null]));
    await user.click(screen.getByRole("menuitem", { name: /组织台账 · 是否建会/ }));
    expect(await page().findByText("已读取 220 个单元格")).toBeInTheDocument();
    expect(page().getByLabelText("是否建会")).toHaveValue(address);
    expect(workbook.calls.filter((c) => c.method === "readRange").map((c) => c.args[0])).toEqual([address]);
    expect(figure("组建率")).toMatch(/%$/);
  });

  it("writes at a typed 写入位置 and refuses to write over data", async () => {
    const workbook = ledger();
    workbook.areaEmpty = false;
    const { user, page } = renderPane({ workbook });
    workbook.select(FLAGS);
    await user.click(page().getByRole("button", { name: "使用所选区域作为是否建会" }));
    await page().findByDisplayValue(FLAGS);
    await user.type(page().getByLabelText("写入位置（可选）"), "Sheet2!B3");
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText(/从 Sheet2!B3 起的 2 行 × 3 列中已有内容/)).toBeInTheDocument();
    expect(page().getByText("目标区域不是空白")).toBeInTheDocument();
    expect(workbook.written).toEqual([]);
    expect(workbook.calls.some((c) => c.method === "writePlan")).toBe(false);
  });

  it("keeps the write button off until the flags range is given, and for a bad 写入位置", async () => {
    const workbook = ledger();
    const { user, page } = renderPane({ workbook });
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
    expect(page().getByText("写入前请先填写：“是否建会”区域")).toBeInTheDocument();
    workbook.select(FLAGS);
    await user.click(page().getByRole("button", { name: "使用所选区域作为是否建会" }));
    await waitFor(() => expect(page().getByRole("button", { name: "写入工作表" })).toBeEnabled());
    // A threshold that is filled but not a whole number: "correct it", never "fill it in".
    await user.type(page().getByLabelText("职工人数下限（可选）"), "2.5");
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
    expect(page().getByText("写入前请改正：职工人数下限（可选）")).toBeInTheDocument();
    expect(page().queryByText(/请先填写/)).not.toBeInTheDocument();
    await user.clear(page().getByLabelText("职工人数下限（可选）"));
    await waitFor(() => expect(page().getByRole("button", { name: "写入工作表" })).toBeEnabled());
    await user.type(page().getByLabelText("写入位置（可选）"), "B3:C4");
    expect(page().getByText("请输入一个单元格地址，如 Sheet1!H2")).toBeInTheDocument();
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
  });

  it("shows a failed read in an error bar with what to do", async () => {
    const workbook = ledger();
    workbook.failNext("readSelection", new Error("单元格正在编辑,无法读取"));
    const { user, page } = renderPane({ workbook });
    await user.click(page().getByRole("button", { name: "使用所选区域作为是否建会" }));
    expect(await screen.findByText("读取失败")).toBeInTheDocument();
    expect(page().getByText(/单元格正在编辑,无法读取/)).toHaveTextContent("请在工作表中选中数据区域");
  });
});
