/**
 * The self-test of the WPS edition (ribbon 工会统计 → 自检): every method of the workbook host run once
 * on a scratch sheet of the open workbook (UnionStats自检, or "(2)"… — never over a sheet), plus a
 * UNION.* formula, each reported passed or failed with what was seen. It is how the first person with
 * a real WPS confirms the edition in two minutes; the scratch sheet stays for them to look at.
 */
import type { SheetPlan } from "../core/sheetPlan";
import type { WorkbookHost } from "../core/workbook";

export interface SelfTestResult {
  name: string;
  passed: boolean;
  detail: string;
}

const SCRATCH = "UnionStats自检";
const KEY = "unionstats.selftest";

/** Written at A3 of the scratch sheet: its formulas name the cells where it lands (rows 4 and 5). */
const PLAN: SheetPlan = {
  cells: [
    { row: 0, col: 0, value: "单位名称", bold: true },
    { row: 0, col: 1, value: "是否建会", bold: true },
    { row: 0, col: 2, value: "职工人数", bold: true },
    { row: 1, col: 0, value: "甲公司" },
    { row: 1, col: 1, value: "是" },
    { row: 1, col: 2, value: 120, numberFormat: "#,##0" },
    { row: 2, col: 0, value: "-乙公司" },
    { row: 2, col: 1, value: "否" },
    { row: 2, col: 2, value: 35, numberFormat: "#,##0" },
    { row: 3, col: 0, value: "组建率" },
    { row: 3, col: 1, formula: "=UNION.ORGRATE(B4:B5)", numberFormat: "0.0%" },
    { row: 4, col: 0, value: "合计人数" },
    { row: 4, col: 1, formula: "=SUM(C4:C5)" },
    { row: 5, col: 0, value: "说明:本表由自检生成,可删除。", wrap: true },
  ],
  merges: [{ row: 5, col: 0, rows: 1, cols: 3 }],
  columnWidths: { 0: 16, 1: 12, 2: 12 },
  validations: [{ row: 1, col: 1, rows: 2, cols: 1, list: ["是", "否"] }],
  freeze: { rows: 1, cols: 0 },
  charts: [
    {
      type: "column",
      title: "职工人数",
      source: { row: 1, col: 0, rows: 2, cols: 1 },
      at: { row: 0, col: 4 },
    },
  ],
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Runs every check in order; a failing check is reported and the next one still runs. */
export async function runSelfTest(host: WorkbookHost): Promise<SelfTestResult[]> {
  const results: SelfTestResult[] = [];
  const check = async (name: string, run: () => Promise<string>): Promise<void> => {
    try {
      results.push({ name, passed: true, detail: await run() });
    } catch (error) {
      results.push({
        name,
        passed: false,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };
  let sheet = "";
  const at = (cells: string) => `'${sheet.replace(/'/g, "''")}'!${cells}`;
  const expect = (ok: boolean, seen: unknown): void => {
    if (!ok) throw new Error(`读到的是 ${JSON.stringify(seen)}`);
  };

  await check("新建工作表并写入(addSheetWithPlan)", async () => {
    sheet = await host.addSheetWithPlan(SCRATCH, { cells: [{ row: 0, col: 0, value: "自检" }] });
    return `已新建“${sheet}”`;
  });
  await check("按区域写入计划(writePlan:值、公式、格式、合并、列宽、下拉、冻结、图表)", async () =>
    host.writePlan(at("A3"), PLAN)
  );
  await check("读取区域(readRange)", async () => {
    const data = await host.readRange(at("A4:C5"));
    expect(
      same(data.values, [
        ["甲公司", "是", 120],
        ["-乙公司", "否", 35],
      ]),
      data.values
    );
    expect(data.numberFormats?.[0][2] === "#,##0", data.numberFormats);
    return data.address;
  });
  await check("公式计算(=SUM)", async () => {
    const { values } = await host.readRange(at("B7"));
    expect(values[0][0] === 155, values[0][0]);
    return "155";
  });
  await check("自定义函数(=UNION.ORGRATE,需 WPS 12.1.0.20540 或更新)", async () => {
    const { values } = await host.readRange(at("B6"));
    expect(values[0][0] === 0.5, values[0][0]);
    return "0.5";
  });
  await check("判断区域是否为空(isAreaEmpty)", async () => {
    expect(await host.isAreaEmpty(at("H20"), 3, 3), "非空");
    expect(!(await host.isAreaEmpty(at("A3"), 2, 2)), "空");
    return "空白区域为空,已写区域非空";
  });
  await check("读取所有工作表与合并单元格(readSheets)", async () => {
    const found = (await host.readSheets()).find((s) => s.name === sheet);
    expect(found !== undefined, "找不到自检工作表");
    expect(same(found!.merges, [{ row: 7, col: 0, rows: 1, cols: 3 }]), found!.merges);
    return `${found!.grid.length} 行`;
  });
  await check("选中单元格并读取选区(selectRange、readSelection)", async () => {
    await host.selectRange(at("A4:B4"));
    const data = await host.readSelection();
    expect(same(data.values, [["甲公司", "是"]]), data.values);
    return data.address;
  });
  await check("工作簿设置的保存与读取(setSetting、getSetting)", async () => {
    const value = { checkedAt: "自检", n: 1 };
    await host.setSetting(KEY, value);
    const read = await host.getSetting(KEY);
    await host.setSetting(KEY, undefined);
    expect(same(read, value), read);
    expect((await host.getSetting(KEY)) === undefined, "删除后仍有值");
    return "已保存、读回并删除";
  });
  return results;
}
