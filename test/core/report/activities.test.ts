import { assessSheet } from "../../../src/core/ledgers/detect";
import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { evaluateDraft } from "./evaluatePlan";

const sample = buildSampleWorkbook();
const draft = composeReport(sample, { year: 2024, street: "示例街道" });
const said = (start: string) => draft.paragraphs.find((p) => p.text.startsWith(start))?.text;

describe("the activity ledger (活动台账)", () => {
  it("states training, contests, culture, charity, employment, rest, health, publicity and meetings in their sections", () => {
    expect(said("全年举办职工培训")).toBe("全年举办职工培训9期，培训职工640人次。");
    expect(said("开展慈善一日捐")).toBe("开展慈善一日捐，募集善款1.86万元。");
    expect(said("开展劳动和技能竞赛")).toBe("开展劳动和技能竞赛3场，参赛职工350人次。");
    expect(said("举办职工文体活动")).toBe("举办职工文体活动4场，参与职工1070人次。");
    expect(said("举办招聘会")).toBe("举办招聘会等就业帮扶活动2场，提供岗位520个，服务求职职工640人次。");
    expect(said("全年发表宣传信息")).toBe("全年发表宣传信息36篇。");
    const at = (text: string) => draft.text.indexOf(text);
    expect(at("五、建功立业")).toBeLessThan(at("全年举办职工培训"));
    expect(at("三、帮扶")).toBeLessThan(at("开展慈善一日捐"));
    expect(at("开展慈善一日捐")).toBeLessThan(at("四、互助保障"));
    expect(at("七、经费与自身建设")).toBeLessThan(at("召开工会会议12次"));
  });

  it("agrees with a formula engine on every activity figure and sentence", () => {
    const { figure, sentence } = evaluateDraft(sample, draft);
    for (const f of draft.figures.filter((x) => x.key.startsWith("activity")))
      expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
    for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });

  it("takes types from other words, and leaves out parts whose column is missing", () => {
    const sheets: WorkbookSheet[] = [
      {
        name: "活动",
        grid: [
          ["活动名称", "活动类型", "期数"],
          ["安全培训", "培训", 2],
          ["技能讲座", " 讲座 ", 1],
          ["职工运动会", "运动会", 1],
        ],
      },
    ];
    const d = composeReport(sheets, { year: 2024 });
    expect(d.text).toContain("全年举办职工培训3期。");
    expect(d.text).toContain("举办职工文体活动1场。");
    const { sentence } = evaluateDraft(sheets, d);
    for (const p of d.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });

  it("adds types from the policy sheet", () => {
    const sheets: WorkbookSheet[] = [
      { name: "活动", grid: [["活动名称", "活动类型", "场次", "参加人次"], ["社区服务", "志愿者服务", 4, 120]] },
      {
        name: "政策参数",
        grid: [["参数", "比例", "金额", "人数", "说明"], ["计提比例", 0.02, null, null, null], ["活动类型：志愿服务", null, null, null, "自身建设；志愿"]],
      },
    ];
    const d = composeReport(sheets, { year: 2024 });
    expect(d.text).toContain("开展志愿服务4场，参与职工120人次。");
    expect(d.text.indexOf("经费与自身建设")).toBeLessThan(d.text.indexOf("开展志愿服务"));
  });
});

describe("recognition that knows when it does not know", () => {
  it("refuses a sheet that lacks a required column and whose headers mostly fit nothing, naming its best guess", () => {
    const grid = [["慰问金", "日期", "负责人", "地点", "电话"], [500, 45300, "李四", "会议室", "123"]];
    const { detection, refusal } = assessSheet(grid, { sheetName: "杂项" });
    expect(detection).toBeNull();
    expect(refusal?.reason).toMatch(/^最接近“.+”，但5个表头中只有\d个能对应/);
  });

  it("reads an activity register as activities, never as the visits ledger", () => {
    const grid = [["活动名称", "活动类型", "场次", "参加人次", "金额"], ["慈善一日捐", "捐款", 1, 300, 5000]];
    expect(assessSheet(grid).detection?.schemaId).toBe("activities");
  });
});
