/**
 * A workbook laid out the way another office might: a merged title, a unit line, other header words
 * (员工人数, 是否建立工会, 工会会员数), other flag words (已建/未建), a 合  计 row and a sign-off.
 */
import ExcelJS from "exceljs";

export const VARIANT_ROWS: Array<[string, number, string, number]> = [
  ["甲机械有限公司", 120, "已建", 100],
  ["乙商贸有限公司", 30, "未建", 0],
  ["丙科技有限公司", 80, "已建", 76],
  ["丁餐饮店", 12, "未建", 0],
];

export async function variantWorkbook(options: { totalMembers?: number } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("2024年统计");
  ws.getCell("A1").value = "2024年度非公企业建会情况统计表";
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = "填报单位:示例街道总工会            单位:个、人";
  ws.addRow(["序号", "企业名称", "员工人数\n(人)", "是否建立工会", "工会会员数"]);
  VARIANT_ROWS.forEach((row, i) => ws.addRow([i + 1, ...row]));
  const members = VARIANT_ROWS.reduce((n, r) => n + r[3], 0);
  ws.addRow(["合  计", null, VARIANT_ROWS.reduce((n, r) => n + r[1], 0), null, options.totalMembers ?? members]);
  ws.mergeCells(`A${ws.rowCount}:B${ws.rowCount}`);
  ws.addRow([]);
  ws.addRow(["工会主席:", null, "审核人:", null, "填报日期:"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
