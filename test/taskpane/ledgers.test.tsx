/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { type ConfirmedMapping, schemaById } from "../../src/core/ledgers";
import { SETTINGS } from "../../src/core/settingsKeys";
import { FakeWorkbook } from "./fakeWorkbook";
import { renderPane, SLOW } from "./renderPane";
import { sampleWorkbook } from "./sampleFake";

async function openLedgers(workbook = new FakeWorkbook()) {
  const view = renderPane({ workbook });
  await view.openTab("台账");
  return view;
}

/** What a screen reader says after a control's name: the text its aria-describedby points at. */
function accessibleDescription(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

describe("台账: insert a standard ledger", () => {
  it("adds a sheet with the chosen ledger's headers under a fresh name and says which", async () => {
    const workbook = new FakeWorkbook();
    workbook.sheets = [{ name: "互助保障参保台账", grid: [["已有数据"]] }];
    const { user, page } = await openLedgers(workbook);
    await user.click(page().getByRole("combobox", { name: "台账" }));
    await user.click(screen.getByRole("option", { name: "互助保障参保台账" }));
    await user.click(page().getByRole("button", { name: "插入台账" }));
    expect(await page().findByText(/已新建工作表“互助保障参保台账 \(2\)”/, {}, SLOW)).toBeInTheDocument();
    const { name, plan } = workbook.added[0];
    expect(name).toBe("互助保障参保台账 (2)");
    const headers = plan.cells.filter((c) => c.row === 0).map((c) => c.value);
    expect(headers).toEqual(schemaById("insurance").fields.map((f) => f.label));
    expect(plan.tables?.[0]).toMatchObject({ row: 0, col: 0, rows: 2 });
    expect(plan.freeze).toEqual({ rows: 1, cols: 0 });
  });

  it("with sample rows, fills the table from the sample workbook", async () => {
    const workbook = new FakeWorkbook();
    const { user, page } = await openLedgers(workbook);
    await user.click(page().getByRole("checkbox", { name: "含示例数据" }));
    await user.click(page().getByRole("button", { name: "插入台账" }));
    expect(await page().findByText(/已新建工作表“基层工会组织台账”/, {}, SLOW)).toBeInTheDocument();
    const { plan } = workbook.added[0];
    expect(plan.tables?.[0].rows).toBe(221); // header + the sample's 220 organisations
    expect(plan.cells.some((c) => c.row === 1 && c.col === 0 && typeof c.value === "string" && c.value.length > 0)).toBe(true);
  });

  it("shows a failure and writes nothing more", async () => {
    const workbook = new FakeWorkbook();
    workbook.failNext("addSheetWithPlan", new Error("工作簿受保护"));
    const { user, page } = await openLedgers(workbook);
    await user.click(page().getByRole("button", { name: "插入台账" }));
    expect(await page().findByText("插入失败", {}, SLOW)).toBeInTheDocument();
    expect(page().getByText(/工作簿受保护/)).toBeInTheDocument();
    expect(workbook.added).toEqual([]);
  });

  it("is off in a plain browser before a workbook is opened", async () => {
    const { page, openTab } = renderPane({ host: "browser" });
    await openTab("台账");
    expect(page().getByRole("button", { name: "插入台账" })).toBeDisabled();
    expect(page().getByRole("button", { name: "识别台账" })).toBeDisabled();
    expect(page().getByText(/请先打开工作簿/)).toBeInTheDocument();
  });
});

describe("台账: find the ledgers and confirm their columns", () => {
  it("lists the eight ledgers of the sample workbook with their sheets and confidence", async () => {
    const { user, page } = await openLedgers(sampleWorkbook());
    await user.click(page().getByRole("button", { name: "识别台账" }));
    expect(await page().findByText("找到 8 个台账。请选择一个，核对各字段对应的列。", {}, SLOW)).toBeInTheDocument();
    // One choice per ledger: named by its sheet, described by what was found in it.
    const choices = within(page().getByRole("radiogroup", { name: "识别台账" })).getAllByRole("radio");
    expect(choices.map((r) => accessibleDescription(r).split("，")[0])).toEqual([
      "基层工会组织台账",
      "工会经费收缴台账",
      "互助保障参保台账",
      "帮扶慰问台账",
      "劳动争议调处台账",
      "年度任务",
      "政策参数",
      "活动台账",
    ]);
    expect(choices[2]).toBe(page().getByRole("radio", { name: "互助保障" }));
    expect(accessibleDescription(choices[2])).toBe("互助保障参保台账，可信度 100%，待确认");
    // The first ledger's mapping is shown: 职工人数 read from column E of 组织台账.
    const mapping = page().getByRole("table", { name: "“组织台账”（基层工会组织台账）的列对应" });
    expect(within(mapping).getByRole("combobox", { name: "职工人数" })).toHaveTextContent(/^E 职工人数/);
  });

  it("saves a corrected mapping, replacing the entry of the same ledger, and shows it confirmed", async () => {
    const workbook = sampleWorkbook();
    const stale: ConfirmedMapping = { sheetName: "旧表", schemaId: "insurance", headerRows: [0], columns: { orgName: 0 } };
    const other: ConfirmedMapping = { sheetName: "经费收缴", schemaId: "funds", headerRows: [2], columns: { orgName: 1 } };
    workbook.settings.set(SETTINGS.ledgers, [stale, other]);
    const { user, page } = await openLedgers(workbook);
    await user.click(page().getByRole("button", { name: "识别台账" }));
    await user.click(await page().findByRole("radio", { name: "互助保障" }, SLOW));
    const mapping = page().getByRole("table", { name: "“互助保障”（互助保障参保台账）的列对应" });
    const premiums = within(mapping).getByRole("combobox", { name: "保费" });
    const before = premiums.textContent;
    await user.click(premiums);
    await user.click(screen.getByRole("option", { name: "（无）" }));
    expect(premiums).toHaveTextContent("（无）");
    await user.click(page().getByRole("button", { name: "确认" }));
    expect(await page().findByText("已保存", {}, SLOW)).toBeInTheDocument();

    const saved = workbook.settings.get(SETTINGS.ledgers) as ConfirmedMapping[];
    expect(saved).toHaveLength(2);
    expect(saved[0]).toEqual(other);
    expect(saved[1]).toMatchObject({ sheetName: "互助保障", schemaId: "insurance" });
    expect(saved[1].columns).not.toHaveProperty("premium");
    expect(Object.keys(saved[1].columns).length).toBe(8);
    expect(before).not.toBe("（无）");
    const set = workbook.calls.filter((c) => c.method === "setSetting");
    expect(set.map((c) => c.args[0])).toEqual([SETTINGS.ledgers]);

    // Found again, the ledger follows the saved mapping and is marked confirmed.
    await user.click(page().getByRole("button", { name: "识别台账" }));
    await waitFor(() =>
      expect(accessibleDescription(page().getByRole("radio", { name: "互助保障" }))).toMatch(/，已确认$/)
    );
  });

  it("saves the street and year for the report", async () => {
    const workbook = new FakeWorkbook();
    workbook.settings.set(SETTINGS.street, "东风街道");
    const { user, page } = await openLedgers(workbook);
    await waitFor(() => expect(page().getByLabelText("街道名称")).toHaveValue("东风街道"));
    await user.clear(page().getByLabelText("街道名称"));
    await user.type(page().getByLabelText("街道名称"), "示例街道");
    await user.type(page().getByLabelText("年度"), "2024");
    await user.click(page().getByRole("button", { name: "保存" }));
    expect(await page().findByText("已保存在工作簿中。", {}, SLOW)).toBeInTheDocument();
    expect(workbook.settings.get(SETTINGS.street)).toBe("示例街道");
    expect(workbook.settings.get(SETTINGS.year)).toBe(2024);
  });

  it("says when readSheets fails", async () => {
    const workbook = sampleWorkbook();
    workbook.failNext("readSheets", new Error("正在编辑单元格"));
    const { user, page } = await openLedgers(workbook);
    await user.click(page().getByRole("button", { name: "识别台账" }));
    expect(await page().findByText("识别失败", {}, SLOW)).toBeInTheDocument();
    expect(page().getByText(/正在编辑单元格/)).toBeInTheDocument();
  });
});
