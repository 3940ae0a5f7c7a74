import { draftSheet } from "../../../../src/core/report/sheets/draftSheet";
import type { ReportBlock } from "../../../../src/core/report/reportContent";

/**
 * 报告草稿: one block a row in an 86-character column (A4 portrait less its margins), the title
 * centred and bold, headings bold with 8 pt of air above, paragraphs with figures as live formulas
 * showing today's text, and each row tall enough for its wrapped lines.
 */
const blocks: ReportBlock[] = [
  { kind: "title", text: "和平街道总工会2024年工作总结（草稿）" },
  { kind: "paragraph", text: "现将全年工作总结如下：" },
  { kind: "heading", text: "一、组织建设" },
  {
    kind: "paragraph",
    text: "组建率达96.4%。",
    formula: '="组建率达"&TEXT(报告数据!$B$5,"0.0")&"%。"',
  },
  { kind: "subheading", text: "（一）组织建设方面：（请填写）" },
];

describe("报告草稿", () => {
  it("writes one row a block, in order, formulas with today's text as their result", () => {
    const { plan, rows } = draftSheet(blocks);
    expect(rows).toEqual([0, 1, 2, 3, 4]);
    expect(plan.cells.map((c) => [c.row, c.col, c.value, c.formula, c.result])).toEqual([
      [0, 0, "和平街道总工会2024年工作总结（草稿）", undefined, undefined],
      [1, 0, "现将全年工作总结如下：", undefined, undefined],
      [2, 0, "一、组织建设", undefined, undefined],
      [3, 0, undefined, '="组建率达"&TEXT(报告数据!$B$5,"0.0")&"%。"', "组建率达96.4%。"],
      [4, 0, "（一）组织建设方面：（请填写）", undefined, undefined],
    ]);
  });

  it("sets each kind in its font: the title centred and bold, headings bold, the rest plain", () => {
    const { plan } = draftSheet(blocks);
    const style = plan.cells.map((c) => [c.font, c.bold, c.align, c.wrap]);
    expect(style).toEqual([
      [{ name: "宋体", size: 18 }, true, "center", true],
      [{ name: "仿宋", size: 12 }, undefined, undefined, true],
      [{ name: "黑体", size: 14 }, true, undefined, true],
      [{ name: "仿宋", size: 12 }, undefined, undefined, true],
      [{ name: "楷体", size: 13 }, undefined, undefined, true],
    ]);
  });

  it("makes rows tall enough: title 31 + 12, heading 25 + 8, a body line 22, a subheading line 24", () => {
    const { plan } = draftSheet(blocks);
    expect(plan.rowHeights).toEqual({ 0: 43, 1: 22, 2: 33, 3: 22, 4: 24 });
    // 38 characters of 12 pt take two lines of the 37 that fit.
    expect(draftSheet([{ kind: "paragraph", text: "工".repeat(38) }]).plan.rowHeights).toEqual({
      0: 40,
    });
  });

  it("is one 86-character column printed on A4 over every row", () => {
    const { plan } = draftSheet(blocks);
    expect(plan.columnWidths).toEqual({ 0: 86 });
    expect(plan.page).toMatchObject({
      orientation: "portrait",
      fitToWidth: true,
      footer: "第 &P 页 共 &N 页",
    });
    expect(plan.page!.printArea).toEqual({ row: 0, col: 0, rows: 5, cols: 1 });
    expect(draftSheet([]).plan.page!.printArea).toEqual({ row: 0, col: 0, rows: 1, cols: 1 });
  });
});
