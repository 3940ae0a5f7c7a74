import type { Finding } from "../../../../src/core/ledgers/checks";
import { checksSheet } from "../../../../src/core/report/sheets/checksSheet";

/**
 * 核对事项: the notes numbered 1．2．…, then the findings with their sheet and cell, at most `max` of
 * them and a line counting the rest; one 90-character column, each row tall enough for its text.
 */
const finding = (sheet: string | undefined, message: string): Finding => ({
  sheet,
  row: 0,
  col: 0,
  code: "not-a-number",
  severity: "error",
  message,
});

const texts = (plan: ReturnType<typeof checksSheet>) => plan.cells.map((c) => c.value);

describe("核对事项", () => {
  it("numbers the notes and says when the ledgers gave no finding", () => {
    const plan = checksSheet(["甲说明", "乙说明"], [], [], 200);
    expect(texts(plan)).toEqual([
      "核对事项（供统计人员核对，不属于报告正文）",
      "一、说明",
      "1．甲说明",
      "2．乙说明",
      "二、数据核对",
      "台账数据核对未发现问题。",
    ]);
    expect(plan.cells.map((c) => c.row)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(plan.cells.every((c) => c.col === 0 && c.wrap === true)).toBe(true);
  });

  it("puts the sheet before each finding's cell, and the outside findings after", () => {
    const plan = checksSheet(
      [],
      [
        finding("组织台账", "D5：会员人数（12）大于职工人数（10）"),
        finding(undefined, "没有工作表"),
      ],
      ["东湖街道.xlsx：缺少组织台账"],
      200
    );
    expect(texts(plan).slice(3)).toEqual([
      "台账数据核对发现3处需要核实，报出前请逐条处理：",
      "组织台账!D5：会员人数（12）大于职工人数（10）",
      "没有工作表",
      "东湖街道.xlsx：缺少组织台账",
    ]);
  });

  it("lists `max` lines and counts the rest; exactly `max` needs no count", () => {
    const four = ["一", "二", "三", "四"].map((m) => finding("表", m));
    expect(texts(checksSheet([], four, [], 2)).slice(3)).toEqual([
      "台账数据核对发现4处需要核实，报出前请逐条处理：",
      "表!一",
      "表!二",
      "另有2处，请在任务窗格的“数据核对”中查看。",
    ]);
    expect(texts(checksSheet([], four, [], 4)).slice(3)).toEqual([
      "台账数据核对发现4处需要核实，报出前请逐条处理：",
      "表!一",
      "表!二",
      "表!三",
      "表!四",
    ]);
    // Outside findings count towards the maximum too.
    expect(texts(checksSheet([], four.slice(0, 1), ["外"], 1)).slice(3)).toEqual([
      "台账数据核对发现2处需要核实，报出前请逐条处理：",
      "表!一",
      "另有1处，请在任务窗格的“数据核对”中查看。",
    ]);
  });

  it("sets headings in 黑体 14 bold and the rest in 宋体 11, rows tall enough for each line", () => {
    const long = "长".repeat(43); // 42 characters of 11 pt a line in 90 characters (470.25 pt): two lines
    const plan = checksSheet([long.slice(3)], [], [], 200);
    const [title, heading, note] = plan.cells;
    expect([title.font, title.bold]).toEqual([{ name: "黑体", size: 14 }, true]);
    expect([heading.font, heading.bold]).toEqual([{ name: "黑体", size: 14 }, true]);
    expect([note.font, note.bold]).toEqual([{ name: "宋体", size: 11 }, false]);
    // "1．" + 40 characters = 42 ems: one line of 11 pt, 16.5 + 4 → 21. A heading: 21 + 4 → 25.
    expect(plan.rowHeights).toMatchObject({ 0: 25, 1: 25, 2: 21, 3: 25, 4: 21 });
    expect(checksSheet([`${long}`], [], [], 200).rowHeights![2]).toBe(37); // two lines: 33 + 4
    expect(plan.columnWidths).toEqual({ 0: 90 });
  });

  it("prints on A4 over every row it wrote", () => {
    const plan = checksSheet(["说明"], [], [], 200);
    expect(plan.page).toMatchObject({
      orientation: "portrait",
      fitToWidth: true,
      footer: "第 &P 页 共 &N 页",
    });
    expect(plan.page!.printArea).toEqual({ row: 0, col: 0, rows: 5, cols: 1 });
  });
});
