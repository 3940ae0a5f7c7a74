import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { evaluateDraft } from "./evaluatePlan";

/**
 * Yearbook definitions: 入会率 over the employees of units with a union; the system rates over units
 * with a union; one count of units, a blank flag said as 未填. Six units, chosen so that every base
 * differs: all units 6, flagged 5, with a union 3.
 */
const HEADER = ["单位名称", "职工人数", "女职工", "是否建会", "建会方式", "会员人数", "女会员", "是否签订集体合同", "是否建立职代会"];
const ROWS: unknown[][] = [
  ["甲公司", 100, 40, "是", "单独建会", 90, 36, "是", "是"],
  ["乙公司", 50, 20, " 是 ", "联合工会", 40, 10, "", "否"],
  ["丙公司", 30, 10, "yes", "联建", 30, 10, "否", "是"],
  ["丁公司", 200, 100, "否", "", 20, 5, "", ""], // no union, yet some members: not in 入会率
  ["戊公司", 10, 5, "否", "", 0, 0, "", ""],
  ["己公司", 40, 10, "", "", 0, 0, "", ""], // 是否建会 blank: 未填
];
const sheets: WorkbookSheet[] = [{ name: "组织", grid: [HEADER, ...ROWS] as WorkbookSheet["grid"] }];
const draft = composeReport(sheets, { year: 2024 });
const value = (key: string) => draft.figures.find((f) => f.key === key)?.value;
const said = (start: string) => draft.paragraphs.find((p) => p.text.startsWith(start))?.text;

describe("yearbook definitions", () => {
  it("counts units once, says a blank 是否建会 as 未填 and leaves it out of 组建率 only", () => {
    expect([value("orgUnits"), value("orgFlagged"), value("orgUnset"), value("orgCovered")]).toEqual([6, 5, 1, 3]);
    expect(value("orgRate")).toBeCloseTo(3 / 5, 12);
    expect(said("全街道")).toBe(
      "全街道纳入统计的单位共6家，其中已建会（含联合工会覆盖）3家，是否建会未填1家（不计入组建率），组建率60%；单独建会1家、联合工会覆盖2家。"
    );
  });

  it("computes 入会率 over the employees of units with a union, leaving out members of units without one", () => {
    expect([value("employees"), value("members")]).toEqual([180, 160]);
    expect(value("memberRate")).toBeCloseTo(160 / 180, 12);
    expect([value("femaleEmployees"), value("femaleMembers")]).toEqual([70, 56]);
    expect(said("已建会单位职工")).toBe("已建会单位职工180人，工会会员160人，职工入会率88.9%。");
    expect(said("已建会单位女职工")).toBe("已建会单位女职工70人，女会员56人，女职工入会率80%。");
  });

  it("computes the system rates over units with a union, naming the base and the blanks", () => {
    expect([value("contractYes"), value("contractUnset"), value("contractRate")]).toEqual([1, 1, 1 / 3]);
    expect(value("congressRate")).toBeCloseTo(2 / 3, 12);
    expect(said("在已建会的3家单位中")).toBe(
      "在已建会的3家单位中，签订集体合同1家，集体合同签订率33.3%（另有1家未填）；建立职代会制度2家，职代会建制率66.7%。"
    );
  });

  it("agrees with a formula engine on every figure and sentence", () => {
    const { figure, sentence } = evaluateDraft(sheets, draft);
    for (const f of draft.figures) expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
    for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });

  it("names a rate over all units differently when there is no 是否建会 column", () => {
    const plain: WorkbookSheet[] = [
      { name: "组织", grid: [["单位名称", "职工人数", "会员人数"], ["甲", 100, 80], ["乙", 100, 60]] },
    ];
    const d = composeReport(plain, { year: 2024 });
    expect(d.text).toContain("全部单位职工200人，工会会员140人，覆盖职工入会率70%。");
    expect(d.text).not.toMatch(/[^覆盖]职工入会率/);
  });
});
