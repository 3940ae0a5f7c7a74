import type { Grid } from "../../../src/core/grid";
import { type Detection, detectBest, detectLedger, readRecords } from "../../../src/core/ledgers/detect";

/** Layouts seen in real offices' workbooks, none of them the sample's own. */

function detect(grid: Grid, merges?: Array<{ row: number; col: number; rows: number; cols: number }>): Detection {
  const d = detectLedger(grid, { merges });
  if (!d) throw new Error("not detected");
  return d;
}

describe("one-row headers", () => {
  it("1. a plain database-style table", () => {
    const d = detect([
      ["单位名称", "职工人数", "是否建会", "会员人数"],
      ["甲公司", 100, "是", 90],
      ["乙公司", 40, "否", 0],
    ]);
    expect(d.schemaId).toBe("organisations");
    expect(d.headerRows).toEqual([0]);
    expect(d.columns).toEqual({ orgName: 0, employees: 1, unionEstablished: 2, members: 3 });
    expect(d.dataRows).toEqual({ start: 1, end: 2 });
    expect(d.totalsRow).toBeUndefined();
    expect(d.missingRequired).toEqual([]);
  });

  it("2. letter-spaced headers with line breaks", () => {
    const d = detect([
      ["序  号", "单 位 名 称", "所属\n社区", "职工\n人数", "女 职 工\n人 数", "是否\n建会", "会  员\n人  数"],
      [1, "甲公司", "和平社区", 100, 40, "是", 90],
    ]);
    expect(d.schemaId).toBe("organisations");
    expect(d.columns).toEqual({ orgName: 1, community: 2, employees: 3, femaleEmployees: 4, unionEstablished: 5, members: 6 });
    expect(d.headerTexts[0]).toBe("序 号");
  });

  it("3. full-width brackets, units and legends", () => {
    const d = detect([
      ["企业名称（全称）", "职工总数（人）", "建会情况（C 筹建, Y 已建, N 待筹建）", "工会会员数（人）", "帮困基金（万元）"],
      ["甲公司", 100, "Y", 90, 1.5],
    ]);
    expect(d.schemaId).toBe("organisations");
    // "帮困基金" is the flag's word, but a money unit says this column is the fund's amount.
    expect(d.columns).toEqual({ orgName: 0, employees: 1, unionEstablished: 2, members: 3, hardshipFundAmount: 4 });
  });

  it("4. a title, a reporting-unit row, 序号 first, and funds synonyms", () => {
    const d = detect([
      ["2024年度XX街道工会经费拨缴情况登记表"],
      ["填报单位(盖章):", null, null, null, null, "金额单位:元"],
      ["序号", "单位全称", "在岗职工数", "月工资总额（元）", "应拨缴经费(元)", "是否免缴", "上解比例(%)", "上解金额", "基层留成", "返还金额", "拨缴日期"],
      [1, "甲公司", 100, 500000, 10000, "否", "40%", 4000, 6000, null, "2024-03-15"],
      [2, "乙公司", 20, 60000, 1200, "否", "40%", 480, 720, 480, "2024-03-16"],
    ]);
    expect(d.schemaId).toBe("funds");
    expect(d.headerRows).toEqual([2]);
    expect(d.columns).toEqual({
      orgName: 1, employees: 2, payroll: 3, allocated: 4, exempted: 5, shareRatio: 6, remitted: 7, retained: 8,
      smallReturn: 9, paidDate: 10,
    });
    expect(d.dataRows).toEqual({ start: 3, end: 4 });
  });

  it("5. stray tabs, no-break and full-width spaces", () => {
    const d = detect([
      ["\t单位名称\u3000", "职\u00a0工\u00a0数 ", " 工资总额 ", "计提经费\t"],
      ["甲公司", 100, 500000, 10000],
    ]);
    expect(d.schemaId).toBe("funds");
    expect(d.columns).toEqual({ orgName: 0, employees: 1, payroll: 2, allocated: 3 });
  });

  it("6. 'of which' written into the header cell: '#' and '其中:'", () => {
    const d = detect([
      ["单位名称", "职工人数", "#女职工", "其中：农民工", "是否建会", "会员人数", "其中:女职工", "#农民工"],
      ["甲公司", 100, 40, 30, "是", 90, 35, 25],
    ]);
    expect(d.columns).toMatchObject({ employees: 1, femaleEmployees: 2, migrantEmployees: 3, members: 5, femaleMembers: 6, migrantMembers: 7 });
  });

  it("7. English-ish yes/no legends", () => {
    const d = detect([
      ["Name", "职工人数", "是否建会(Y/N)", "集体合同 (Y/N)", "职代会(1=有,0=无)", "厂务公开(yes/no)"],
      ["ABC Ltd", 100, "Y", "N", 1, "yes"],
    ]);
    expect(d.schemaId).toBe("organisations");
    expect(d.columns).toEqual({ orgName: 0, employees: 1, unionEstablished: 2, collectiveContract: 3, workersCongress: 4, factoryAffairs: 5 });
  });

  it("8. visits below a long title block, with synonyms", () => {
    const d = detect([
      ["XX街道总工会"],
      ["2024年元旦春节送温暖慰问发放明细表"],
      [null],
      ["填表说明:本表由社区工会填报,每季度报送一次"],
      ["报送单位:XX社区工会", null, null, "填报日期:2024年2月1日"],
      ["序号", "慰问对象姓名", "困难类别", "慰问项目", "慰问金额（元）", "发放日期", "备注"],
      [1, "张三", "困难职工", "送温暖", 800, "2024-01-20", null],
      [2, "李四", "劳动模范", "送温暖", 1000, "2024-01-21", "市级劳模"],
    ]);
    expect(d.schemaId).toBe("visits");
    expect(d.headerRows).toEqual([5]);
    expect(d.columns).toEqual({ personName: 1, category: 2, campaign: 3, amount: 4, date: 5 });
    expect(d.dataRows).toEqual({ start: 6, end: 7 });
  });

  it("9. disputes with 案由 and 调解 words, a merged totals row", () => {
    const grid: Grid = [
      ["序号", "收案日期", "案由", "涉及职工人数", "标的金额（元）", "是否调解", "调解是否成功"],
      [1, "2024-01-10", "欠薪", 5, 30000, "是", "是"],
      [2, "2024-02-10", "工伤", 1, 80000, "是", "否"],
      ["合    计", null, null, 6, 110000, null, null],
    ];
    const d = detect(grid, [{ row: 3, col: 0, rows: 1, cols: 3 }]);
    expect(d.schemaId).toBe("disputes");
    expect(d.columns).toEqual({ acceptedDate: 1, disputeType: 2, people: 3, amountInvolved: 4, mediated: 5, mediationSucceeded: 6 });
    expect(d.totalsRow).toBe(3);
    expect(d.dataRows).toEqual({ start: 1, end: 2 });
  });

  it("10. targets and policy sheets", () => {
    const targets = detect([
      ["项目", "区总下达任务", "实际完成", "计量单位"],
      ["新建工会", 50, 58, "家"],
    ]);
    expect(targets.schemaId).toBe("targets");
    expect(targets.columns).toEqual({ indicator: 0, target: 1, actual: 2, unit: 3 });
    const policy = detect([
      ["参数名称", "比率", "金额标准（元）", "人数上限", "依据"],
      ["计提比例", 0.02, null, null, "工会法"],
    ]);
    expect(policy.schemaId).toBe("policy");
    expect(policy.columns).toEqual({ parameter: 0, ratio: 1, amount: 2, headcount: 3, note: 4 });
  });
});

describe("extra columns", () => {
  it("15. leaves columns of other kinds alone: 建会时间 is a date, not the 是否建会 flag", () => {
    const d = detect([
      ["社区", "单位名称", "统一社会信用代码", "联系人", "联系电话", "职工人数", "会员人数", "建会时间", "建会方式", "工会主席"],
      ["东湖", "甲公司", "91330100MA2XXXXX0X", "张三", "13800000000", 100, 90, "2020-01-01", "单独", "李四"],
    ]);
    expect(d.columns).toEqual({ community: 0, orgName: 1, employees: 5, members: 6, unionForm: 8 });
    expect(d.missingRequired).toEqual(["unionEstablished"]);
  });
});

describe("two-row headers", () => {
  it("11. 参保人数 over 在职/退休/安康/特种, values only (no merges given)", () => {
    const d = detect([
      ["XX街道职工互助保障参保统计表"],
      ["单位:人、元"],
      ["序号", "参保单位", "职工人数", "参保人数（人）", null, null, null, "小计", "是否整体参保", "保费（元）"],
      [null, null, null, "在职职工住院", "退休人员住院", "女职工安康", "特种重病", null, null, null],
      [1, "甲公司", 100, 100, 5, 40, 60, 205, "是", 8650],
    ]);
    expect(d.schemaId).toBe("insurance");
    expect(d.headerRows).toEqual([2, 3]);
    expect(d.columns).toEqual({
      orgName: 1, employees: 2, servingEnrolled: 3, retiredEnrolled: 4, womenEnrolled: 5, seriousEnrolled: 6,
      enrolledTotal: 7, allEnrolled: 8, premium: 9,
    });
    expect(d.headerTexts[3]).toBe("参保人数（人）/在职职工住院");
    expect(d.dataRows).toEqual({ start: 4, end: 4 });
  });

  it("12. '其中' over 女/农民工 twice, with merges: the group's whole decides the field", () => {
    const grid: Grid = [
      ["单位名称", "职工人数", "其中", null, "会员人数", "其中", null],
      [null, null, "女", "农民工", null, "女", "农民工"],
      ["甲公司", 100, 40, 30, 90, 35, 25],
    ];
    const merges = [
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 2, cols: 1 },
      { row: 0, col: 2, rows: 1, cols: 2 },
      { row: 0, col: 4, rows: 2, cols: 1 },
      { row: 0, col: 5, rows: 1, cols: 2 },
    ];
    for (const m of [merges, undefined]) {
      const d = detect(grid, m);
      expect(d.headerRows).toEqual([0, 1]);
      expect(d.columns).toEqual({ orgName: 0, employees: 1, femaleEmployees: 2, migrantEmployees: 3, members: 4, femaleMembers: 5, migrantMembers: 6 });
    }
  });

  it("13. a parent that is the whole itself: 职工人数 over 合计/女职工/农民工", () => {
    const d = detect([
      ["单位名称", "职工人数", null, null, "是否建会", "会员人数"],
      [null, "合计", "女职工", "农民工", null, null],
      ["甲公司", 100, 40, 30, "是", 90],
    ]);
    expect(d.columns).toEqual({ orgName: 0, employees: 1, femaleEmployees: 2, migrantEmployees: 3, unionEstablished: 4, members: 5 });
  });

  it("14. a sub-row of header words is not taken for data, and a data row is not taken for a sub-row", () => {
    const d = detect([
      ["姓名", "类别", "活动", "金额", "日期"],
      ["张三", "困难职工", "送温暖", 800, "2024-01-20"],
    ]);
    expect(d.headerRows).toEqual([0]);
    expect(d.dataRows).toEqual({ start: 1, end: 1 });
  });
});

describe("data rows", () => {
  const header = ["序号", "单位名称", "职工人数", "是否建会", "会员人数"];

  it("stops at the totals row, footnote and sign-off; drops trailing blanks", () => {
    const grid: Grid = [
      header,
      [1, "甲公司", 100, "是", 90],
      [null, null, null, null, null],
      [2, "乙公司", 50, "是", 45],
      ["合  计", null, 150, null, 135],
      ["注:是否建会填是/否。"],
      ["工会主席:", null, "审核人:", null, "填报日期:2024年12月31日"],
      [null],
      [],
    ];
    const d = detect(grid);
    expect(d.dataRows).toEqual({ start: 1, end: 3 });
    expect(d.totalsRow).toBe(4);
    expect(d.ignoredRows).toEqual([2]);
    expect(readRecords(grid, d).map((r) => r.values.orgName)).toEqual(["甲公司", "乙公司"]);
  });

  it("recognises totals written 总计 or 小计, in the name column, with spaces", () => {
    for (const label of ["总计", "小 计", "合计:", "合\u3000计", "总计(共2家)"]) {
      const grid: Grid = [header, [1, "甲公司", 100, "是", 90], [2, "乙公司", 50, "是", 45], [null, label, 150, null, 135]];
      expect(detect(grid).totalsRow).toBe(3);
    }
  });

  it("reads a totals row printed first, above the data", () => {
    const d = detect([header, ["合计", null, 150, null, 135], [1, "甲公司", 100, "是", 90], [2, "乙公司", 50, "是", 45]]);
    expect(d.totalsRow).toBe(1);
    expect(d.dataRows).toEqual({ start: 2, end: 3 });
  });

  it("skips subtotals inside the table and a header repeated after a page break", () => {
    const grid: Grid = [
      header,
      [1, "甲公司", 100, "是", 90],
      ["小计", null, 100, null, 90],
      header,
      [2, "乙公司", 50, "是", 45],
      ["合计", null, 150, null, 135],
    ];
    const d = detect(grid);
    expect(d.dataRows).toEqual({ start: 1, end: 4 });
    expect(d.ignoredRows).toEqual([2, 3]);
    expect(d.totalsRow).toBe(5);
    expect(readRecords(grid, d)).toHaveLength(2);
  });

  it("skips a column-numbering row under the header", () => {
    const d = detect([header, ["甲", "乙", 1, 2, 3], [1, "甲公司", 100, "是", 90]]);
    expect(d.ignoredRows).toEqual([1]);
    expect(d.dataRows).toEqual({ start: 2, end: 2 });
  });

  it("stops at footnotes written 说明: or 备注：", () => {
    for (const note of ["说明:本表数据截至年底", "备注：无", "注1:xx", "填表说明:如实填写"]) {
      const d = detect([header, [1, "甲公司", 100, "是", 90], [note], [2, "这不是数据", 1, "是", 1]]);
      expect(d.dataRows).toEqual({ start: 1, end: 1 });
    }
  });

  it("gives an empty range for a template without data", () => {
    const d = detect([["单位名称", "职工人数", "是否建会", "会员人数"], [null, null, null, null]]);
    expect(d.dataRows.end).toBeLessThan(d.dataRows.start);
    expect(readRecords([["单位名称", "职工人数", "是否建会", "会员人数"]], d)).toEqual([]);
  });
});

describe("weak matches", () => {
  it("returns null for sheets that are not ledgers", () => {
    expect(detectLedger([])).toBeNull();
    expect(detectLedger([["姓名", "电话"], ["张三", "123"]])).toBeNull();
    expect(detectLedger([["2024年工作总结"], ["一年来,在街道党工委领导下……"]])).toBeNull();
    expect(detectLedger([[1, 2, 3], [4, 5, 6]])).toBeNull();
  });

  it("is unsure when several ledgers fit equally", () => {
    const d = detectLedger([["单位名称", "职工人数"], ["甲公司", 100]]);
    expect(d === null || d.confidence < 0.5).toBe(true);
  });

  it("lowers confidence when a required field is missing", () => {
    const full = detect([["单位名称", "职工人数", "是否建会", "会员人数", "女职工人数"], ["甲", 1, "是", 1, 1]]);
    const partial = detect([["所属社区", "职工人数", "是否建会", "会员人数", "女职工人数"], ["东湖", 1, "是", 1, 1]]);
    expect(partial.missingRequired).toEqual(["orgName"]);
    expect(partial.confidence).toBeLessThan(full.confidence);
  });

  it("uses the sheet name as a hint", () => {
    const d = detectLedger([["单位名称", "职工人数", "保费"], ["甲", 1, 100]], { sheetName: "互助保障" });
    expect(d?.schemaId).toBe("insurance");
    expect(d?.sheetName).toBe("互助保障");
  });
});

describe("detectBest", () => {
  it("keeps the most confident sheet per ledger, in sheet order", () => {
    const org = [["单位名称", "职工人数", "是否建会", "会员人数"], ["甲公司", 100, "是", 90]];
    const orgPartial = [["单位名称", "职工人数", "是否建会"], ["甲公司", 100, "是"]];
    const visits = [["姓名", "类别", "活动", "金额", "日期"], ["张三", "困难职工", "送温暖", 800, "2024-01-20"]];
    const found = detectBest([
      { name: "草稿", grid: orgPartial },
      { name: "说明", grid: [["本工作簿用于……"]] },
      { name: "慰问", grid: visits },
      { name: "组织", grid: org },
    ]);
    expect(found.map((d) => [d.sheetName, d.schemaId])).toEqual([
      ["慰问", "visits"],
      ["组织", "organisations"],
    ]);
  });
});
