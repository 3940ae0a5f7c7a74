/** @jest-environment jsdom */
import { waitFor } from "@testing-library/react";
import { FakeWorkbook } from "./fakeWorkbook";
import { renderPane } from "./renderPane";

const SEED: Array<[string, string, string]> = [
  ["在职", "4040", "50"],
  ["退休", "688", "50"],
  ["安康", "1262", "15"],
  ["特种", "2170", "15"],
];

async function openInsurance(workbook = new FakeWorkbook()) {
  const pane = renderPane({ workbook });
  await pane.openTab("互助保障");
  const fill = async (rows = SEED) => {
    for (const [name, count, price] of rows) {
      if (count) await pane.user.type(pane.page().getByLabelText(`${name} 人数`), count);
      await pane.user.type(pane.page().getByLabelText(`${name} 单价（元/人）`), price);
    }
  };
  return { ...pane, fill };
}

describe("互助保障", () => {
  it("catches the seed's slip: stated 8168 vs parts 8160", async () => {
    const { user, page, figure, fill } = await openInsurance();
    await fill();
    expect(figure("参保合计")).toBe("8160");
    expect(figure("保费合计")).toBe("287,880.00");
    expect(page().queryByText("合计与分项不符")).not.toBeInTheDocument();
    await user.type(page().getByLabelText("填报合计（可选）"), "8168");
    expect(page().getByText("合计8168与分项之和8160不符，差8")).toBeInTheDocument();
    expect(page().getByText("合计与分项不符")).toBeInTheDocument();
    await user.clear(page().getByLabelText("填报合计（可选）"));
    await user.type(page().getByLabelText("填报合计（可选）"), "8160");
    expect(page().queryByText("合计与分项不符")).not.toBeInTheDocument();
  });

  it("states completion of the task", async () => {
    const { user, page, figure, fill } = await openInsurance();
    await fill();
    await user.type(page().getByLabelText("参保任务数（可选）"), "8000");
    expect(figure("完成率")).toBe("102%");
    expect(figure("完成情况")).toBe("超额完成任务，实际完成8160人，完成率102%");
  });

  it("says 请输入不小于0的整数 for a count as you type, and names a missing premium", async () => {
    const { user, page, figure } = await openInsurance();
    await user.type(page().getByLabelText("在职 人数"), "-5");
    expect(page().getByText("请输入不小于0的整数")).toBeInTheDocument();
    expect(figure("参保合计")).toBe("—");
    expect(page().getByText("写入前请改正：参保类别的人数和单价")).toBeInTheDocument();
    await user.clear(page().getByLabelText("在职 人数"));
    await user.type(page().getByLabelText("在职 人数"), "40.5");
    expect(page().getByText("请输入不小于0的整数")).toBeInTheDocument();
    await user.type(page().getByLabelText("在职 单价（元/人）"), "x");
    expect(page().getByText("请输入非负数字")).toBeInTheDocument();
    await user.clear(page().getByLabelText("在职 单价（元/人）"));
    await user.type(page().getByLabelText("参保任务数（可选）"), "80.5");
    expect(page().getAllByText("请输入不小于0的整数")).toHaveLength(2);
    await user.clear(page().getByLabelText("参保任务数（可选）"));
    await user.clear(page().getByLabelText("在职 人数"));
    await user.type(page().getByLabelText("在职 人数"), "40");
    expect(figure("参保合计")).toBe("40");
    expect(figure("保费合计")).toContain("有参保人数但缺少单价");
    expect(page().getByRole("button", { name: "写入工作表" })).toBeDisabled();
  });

  it("adds a category and removes one", async () => {
    const { user, page, figure, fill } = await openInsurance();
    await user.click(page().getByRole("button", { name: "添加类别" }));
    await user.clear(page().getByLabelText("类别 5"));
    await user.type(page().getByLabelText("类别 5"), "大病");
    await fill([...SEED, ["大病", "10", "20"]]);
    expect(figure("参保合计")).toBe("8170");
    await user.click(page().getByRole("button", { name: "删除特种" }));
    expect(figure("参保合计")).toBe("6000");
  });

  it("writes the block at the typed cell with PREMIUM, CHECKSUM and QUOTA over its own cells", async () => {
    const workbook = new FakeWorkbook();
    const { user, page, fill } = await openInsurance(workbook);
    await fill();
    await user.type(page().getByLabelText("填报合计（可选）"), "8168");
    await user.type(page().getByLabelText("参保任务数（可选）"), "8000");
    await user.type(page().getByLabelText("写入位置（可选）"), "互助!H2");
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText(/结果已写入 互助!H2/)).toBeInTheDocument();
    expect(workbook.calls.find((c) => c.method === "isAreaEmpty")!.args).toEqual(["互助!H2", 12, 3]);
    const { anchor, plan } = workbook.written[0];
    expect(anchor).toBe("互助!H2");
    const at = (row: number) => plan.cells.find((c) => c.row === row && c.col === 1)!;
    expect([1, 2, 3, 4].map((r) => at(r).value)).toEqual([4040, 688, 1262, 2170]);
    expect(at(5).formula).toBe("=SUM(互助!I3:I6)");
    expect(at(6).formula).toBe("=UNION.PREMIUM(互助!I3:I6,{50,50,15,15})");
    expect(at(8).formula).toBe("=UNION.CHECKSUM(互助!I9,互助!I3:I6)");
    expect(at(10).formula).toBe("=UNION.QUOTA(互助!I7,互助!I11)");
    expect(at(11).formula).toBe('=UNION.QUOTATEXT(互助!I7,互助!I11,"人")');
  });

  it("takes the counts from a selected row of the ledger, so the block refers to those cells", async () => {
    const workbook = new FakeWorkbook({ "'互助 2024'!C5:F5": [[4040, 688, 1262, 2170]], "'互助 2024'!C5:D5": [[1, 2]] });
    workbook.select("'互助 2024'!C5:D5");
    const { user, page, figure, fill } = await openInsurance(workbook);
    await user.click(page().getByRole("button", { name: "人数使用所选区域" }));
    expect(await page().findByText("所选区域有 2 个单元格，与 4 个类别不符")).toBeInTheDocument();

    workbook.select("'互助 2024'!C5:F5");
    await user.click(page().getByRole("button", { name: "人数使用所选区域" }));
    await waitFor(() => expect(figure("参保合计")).toBe("8160"));
    expect(page().getByText(/人数取自 '互助 2024'!C5, '互助 2024'!D5/)).toBeInTheDocument();
    await fill(SEED.map(([name, , price]) => [name, "", price]));
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    await waitFor(() => expect(workbook.written).toHaveLength(1));
    const { anchor, plan } = workbook.written[0];
    expect(anchor).toBe("'互助 2024'!H5");
    expect(plan.cells.filter((c) => c.col === 1 && c.row >= 1 && c.row <= 4).map((c) => c.formula)).toEqual([
      "='互助 2024'!C5",
      "='互助 2024'!D5",
      "='互助 2024'!E5",
      "='互助 2024'!F5",
    ]);
  });

  it("does not write over data, and shows a failed emptiness check as an error", async () => {
    const workbook = new FakeWorkbook();
    workbook.select("Sheet1!B2");
    workbook.areaEmpty = false;
    const { user, page, fill } = await openInsurance(workbook);
    await fill();
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText(/从 Sheet1!B2 起的 7 行 × 3 列中已有内容/)).toBeInTheDocument();
    expect(workbook.written).toEqual([]);

    workbook.failNext("isAreaEmpty", new Error("InvalidReference: 引用无效"));
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    expect(await page().findByText("写入失败")).toBeInTheDocument();
    expect(page().getByText(/InvalidReference: 引用无效/)).toBeInTheDocument();
    expect(page().queryByText("目标区域不是空白")).not.toBeInTheDocument();
    expect(workbook.written).toEqual([]);
  });
});
