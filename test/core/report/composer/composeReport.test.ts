import { detectBest } from "../../../../src/core/ledgers/detect";
import { composeReport, type WorkbookSheet } from "../../../../src/core/report/composeReport";
import { evaluateDraft } from "../evaluatePlan";

/**
 * The composer over small hand-made ledgers: which sections appear and in what order, where each
 * yearly target and activity is said, the small-payer count the 政策参数 sheet sets, the notes, the
 * 核对事项 list, and every sentence's formula reading the 报告数据 cell of its figure.
 */
type Grid = WorkbookSheet["grid"];
const sheet = (name: string, grid: Grid): WorkbookSheet => ({ name, grid });

// 3 units, 2 with a union (甲 30 staff 20 members, 丙 20 staff 15 members): 组建率 2/3, 入会率 35/50.
const ORGS = sheet("组织", [
  ["单位名称", "职工人数", "是否建会", "会员人数"],
  ["甲", 30, "是", 20],
  ["乙", 10, "否", 0],
  ["丙", 20, "是", 15],
]);
// 甲 30 staff 2000 yuan, 乙 10 staff 200 yuan.
const FUNDS = sheet("经费", [
  ["单位名称", "职工人数", "工资总额", "计提经费"],
  ["甲", 30, 100000, 2000],
  ["乙", 10, 10000, 200],
]);
const policy = (...rows: Grid) => sheet("政策参数", [["参数名称", "人数标准"], ...rows]);
const ACTIVITIES = sheet("活动", [
  ["活动名称", "活动类型", "场次", "参加人次", "金额"],
  ["安全培训", "职工培训", 2, 40, 0],
  ["运动会", "文体活动", 1, 100, 500],
  ["慈善一日捐", "捐款", 1, 50, 8000],
  ["工作例会", "会议", 3, 30, 0],
]);
const TARGETS = sheet("年度任务", [
  ["指标", "任务数", "完成数", "单位"],
  ["新建工会", 1, 2, "家"],
  ["送温暖慰问", 10, 8, "人次"],
]);

const FIXED_NOTES = [
  "本草稿由工会统计助手根据工作簿中的台账生成：数字均为公式，修改台账后自动更新；文字请在定稿前核对润色。",
  "“报告草稿”是报告正文（可直接打印）；“报告数据”是正文引用的关键数据及其来源；本表是核对事项，不属于正文。",
];
const NO_VISITS = "未找到帮扶慰问台账或帮困基金数据，本节从略。";
const NO_INSURANCE = "未找到互助保障参保台账，本节从略。";
const NO_FUNDS = "未找到工会经费收缴台账（或缺少计提经费列），本节从略。";
const FILL_IN = "“存在的不足和下一步计划”一节需要手工填写。";
const CLOSING = [
  "（请填写本年度工作中存在的不足。）",
  "（一）组织建设方面：（请填写）",
  "（二）维权服务方面：（请填写）",
  "（三）帮扶工作方面：（请填写）",
  "（四）经费管理方面：（请填写）",
];
const checksLines = (d: ReturnType<typeof composeReport>) =>
  d.sheets.checks.plan.cells.map((c) => String(c.value));

describe("a draft over organisations, funds, activities, targets and a policy sheet", () => {
  const sheets = [ORGS, FUNDS, policy(["小额缴费标准", 5]), ACTIVITIES, TARGETS];
  // Composed in each test, never when the tests are collected: a mutation run activates its mutant per test.
  const compose = () => composeReport(sheets, { year: 2024, street: " 和平街道 " });

  it("reads, section by section, with targets and activities where they belong", () => {
    const d = compose();
    expect(d.title).toBe("和平街道总工会2024年工作总结（草稿）");
    expect(d.text).toBe(
      [
        "和平街道总工会2024年工作总结（草稿）",
        "2024年，在街道党工委和区总工会的领导下，和平街道总工会紧紧围绕中心工作，团结动员广大职工建功立业，现将全年工作总结如下：",
        "",
        "一、组织建设",
        "全街道纳入统计的单位共3家，其中已建会（含联合工会覆盖）2家，组建率66.7%。",
        "已建会单位职工50人，工会会员35人，职工入会率70%。",
        "全年新建工会2家，超额完成区总工会下达的1家任务。",
        "",
        "二、维权",
        "未找到劳动争议调处台账（或缺少是否调处列），争议调处情况从略。",
        "",
        "三、帮扶",
        "送温暖慰问任务10人次，实际完成8人次，完成率80%。",
        "开展慈善一日捐，募集善款0.80万元。",
        "",
        "四、建功立业",
        "全年举办职工培训2期，培训职工40人次。",
        "",
        "五、文体活动",
        "举办职工文体活动1场，参与职工100人次。",
        "",
        // A meeting is said under 自身建设, which renames the funds section.
        "六、经费与自身建设",
        "经费台账共登记单位2家，全年计提工会经费0.22万元。",
        // The 政策参数 sheet's 5 staff, not 25: both units are at or above it.
        "其中职工5人及以上的单位2家，计提经费0.22万元；职工不足5人的小额缴费工会组织0家，计提经费0.00万元。",
        "召开工会会议3次。",
        "",
        "七、存在的不足和下一步计划",
        ...CLOSING,
      ].join("\n")
    );
    expect(d.blocks.map((b) => b.kind).slice(0, 4)).toEqual([
      "title",
      "paragraph",
      "heading",
      "paragraph",
    ]);
    expect(d.blocks.slice(-5).map((b) => b.kind)).toEqual([
      "paragraph",
      "subheading",
      "subheading",
      "subheading",
      "subheading",
    ]);
  });

  it("numbers figures from the table and writes each sentence as a formula over 报告数据 that a formula engine agrees with", () => {
    const d = compose();
    const value = (key: string) => d.figures.find((f) => f.key === key)?.value;
    expect([value("orgUnits"), value("orgCovered"), value("employees"), value("members")]).toEqual([
      3, 2, 50, 35,
    ]);
    expect(value("fundLargeUnits")).toBe(2);
    expect(value("fundSmallUnits")).toBe(0);
    expect(value("activity4amount")).toBe(8000);
    // Every paragraph with figures is live: 11 of them, each on its own 报告草稿 row.
    expect(d.paragraphs.map((p) => p.row)).toEqual([3, 4, 5, 7, 9, 10, 12, 14, 16, 17, 18]);
    const orgUnits = d.figures.find((f) => f.key === "orgUnits")!;
    expect(d.paragraphs[0].formula).toContain(`TEXT('报告数据'!$B$${orgUnits.row + 1},"0")`);
    const { figure, sentence } = evaluateDraft(sheets, d);
    for (const f of d.figures)
      expect([f.key, figure(f.row)]).toEqual([f.key, expect.closeTo(f.value, 9)]);
    for (const p of d.paragraphs) expect(sentence(p.row)).toBe(p.text);
    expect(d.paragraphs.map((p) => p.text)).toEqual(
      d.blocks.filter((b) => b.formula).map((b) => b.text)
    );
  });

  it("lists the sections left out, in notes that go to 核对事项 and never into the body", () => {
    const d = compose();
    expect(d.notes).toEqual([...FIXED_NOTES, NO_VISITS, NO_INSURANCE, FILL_IN]);
    expect(d.omitted).toEqual(["帮扶", "互助保障"]);
    expect(d.previous).toEqual({ figures: 0, source: null });
    expect(checksLines(d)).toEqual([
      "核对事项（供统计人员核对，不属于报告正文）",
      "一、说明",
      ...[...FIXED_NOTES, NO_VISITS, NO_INSURANCE, FILL_IN].map((n, i) => `${i + 1}．${n}`),
      "二、数据核对",
      "台账数据核对未发现问题。",
    ]);
  });

  it("charts the union coverage from the rows of the table", () => {
    const d = compose();
    const covered = d.figures.find((f) => f.key === "orgCovered")!;
    const uncovered = d.figures.find((f) => f.key === "orgUncovered")!;
    expect(d.charts).toEqual([
      {
        type: "pie",
        title: "建会覆盖情况",
        items: [
          { label: covered.label, value: 2, row: covered.row },
          { label: uncovered.label, value: 1, row: uncovered.row },
        ],
      },
    ]);
    expect(d.sheets.data.plan.charts).toHaveLength(1);
  });
});

describe("the small-payer staff count", () => {
  const split = (...rows: Grid) =>
    composeReport([FUNDS, policy(...rows)], { year: 2024 })
      .text.split("\n")
      .find((l) => l.startsWith("其中"));
  it("is the 政策参数 sheet's whole positive count, else domain.md's 25", () => {
    expect(split(["小额缴费标准", 11])).toBe(
      "其中职工11人及以上的单位1家，计提经费0.20万元；职工不足11人的小额缴费工会组织1家，计提经费0.02万元。"
    );
    const at25 =
      "其中职工25人及以上的单位1家，计提经费0.20万元；职工不足25人的小额缴费工会组织1家，计提经费0.02万元。";
    for (const bad of [0, -5, 2.5, "5", null, 2 ** 60])
      expect([bad, split(["小额缴费标准", bad])]).toEqual([bad, at25]);
    // Another parameter first is passed over; the small-payer row after it is read.
    expect(split(["全总分成比例", 3], ["小额缴费标准", 11])).toContain("职工11人及以上");
    expect(split(["全总分成比例", 3])).toBe(at25);
  });

  it("is 25 when the 政策参数 sheet has no 人数 column", () => {
    const sheets = [
      FUNDS,
      sheet("政策参数", [
        ["参数名称", "比例"],
        ["小额缴费标准", 0.5],
        ["全总分成比例", 0.02],
      ]),
    ];
    const text = composeReport(sheets, { year: 2024 }).text;
    expect(text).toContain("其中职工25人及以上的单位1家");
  });
});

describe("without activities of 自身建设 the funds section keeps its title", () => {
  it("says 经费 and puts 建功立业 before it", () => {
    const acts = sheet("活动", [
      ["活动名称", "活动类型", "场次", "参加人次", "金额"],
      ["安全培训", "职工培训", 2, 40, 0],
    ]);
    const d = composeReport([ORGS, FUNDS, acts], { year: 2024 });
    const headings = d.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual([
      "一、组织建设",
      "二、维权",
      "三、建功立业",
      "四、经费",
      "五、存在的不足和下一步计划",
    ]);
  });

  it("without a funds section, activities of 自身建设 make one of their own", () => {
    const acts = sheet("活动", [
      ["活动名称", "活动类型", "场次", "参加人次", "金额"],
      ["工作例会", "会议", 3, 30, 0],
    ]);
    const d = composeReport([ORGS, acts], { year: 2024 });
    const headings = d.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual([
      "一、组织建设",
      "二、维权",
      "三、经费与自身建设",
      "四、存在的不足和下一步计划",
    ]);
    expect(d.text).toContain("\n三、经费与自身建设\n召开工会会议3次。\n");
    expect(d.notes).toContain(NO_FUNDS);
  });
});

describe("a ledger a builder cannot read", () => {
  it("leaves that content out with a note saying why, and the rest of the draft stands", () => {
    const sheets = [ORGS, FUNDS, ACTIVITIES, TARGETS];
    const detections = detectBest(sheets);
    // Data rows past the end of any sheet: no formula can be written over them.
    for (const id of ["activities", "funds"])
      detections.find((x) => x.schemaId === id)!.dataRows.start = -1;
    const d = composeReport(sheets, { year: 2024, detections });
    expect(d.notes).toEqual([
      ...FIXED_NOTES,
      // Activities are said across sections: their note goes with the first.
      "活动台账未能生成（行号无效（应为工作表内的整数）：-1），请核对台账表头。",
      NO_VISITS,
      NO_INSURANCE,
      "经费未能生成（行号无效（应为工作表内的整数）：-1），请核对台账表头。",
      FILL_IN,
    ]);
    expect(d.omitted).toEqual(expect.arrayContaining(["帮扶", "互助保障", "经费"]));
    expect(d.text).toContain("全街道纳入统计的单位共3家");
    expect(d.text).toContain(
      "\n三、帮扶\n送温暖慰问任务10人次，实际完成8人次，完成率80%。\n\n四、存在的不足和下一步计划\n"
    );
    expect(d.text).not.toMatch(/培训|慈善|会议|计提/);
  });
});

describe("the street, the leaders and a roll-up", () => {
  it("says 街道 when no street is given or it is blank", () => {
    for (const street of [undefined, "   "]) {
      const d = composeReport([ORGS], { year: 2023, street });
      expect(d.title).toBe("街道总工会2023年工作总结（草稿）");
      expect(d.text.split("\n")[1]).toBe(
        "2023年，在街道党工委和区总工会的领导下，街道总工会紧紧围绕中心工作，团结动员广大职工建功立业，现将全年工作总结如下："
      );
    }
  });

  it("composes a district's draft from a table of streets, led by the district's committee", () => {
    const table = sheet("分街道汇总", [
      ["街道", "纳入统计单位数", "已填是否建会单位数", "已建会单位数"],
      ["东湖街道", 10, 10, 9],
      ["西湖街道", 5, 5, 4],
    ]);
    const d = composeReport([table], { year: 2024 });
    expect(d.title).toBe("区总工会2024年工作总结（草稿）");
    expect(d.text.split("\n").slice(1, 6)).toEqual([
      "2024年，在区委和上级工会的领导下，区总工会紧紧围绕中心工作，团结动员广大职工建功立业，现将全年工作总结如下：",
      "",
      "一、组织建设",
      "全区2个街道纳入统计的单位共15家，其中已建会（含联合工会覆盖）13家，组建率86.7%。",
      "",
    ]);
    const city = composeReport([table], {
      year: 2024,
      areaWords: { whole: "全市", part: "区" },
      street: "江城市",
    });
    expect(city.title).toBe("江城市总工会2024年工作总结（草稿）");
    expect(city.text).toContain("在市委和上级工会的领导下");
    // With an organisations ledger too, it is a street's draft.
    expect(composeReport([table, ORGS], { year: 2024 }).text).toContain(
      "在街道党工委和区总工会的领导下"
    );
  });
});

describe("the 核对事项 list of findings", () => {
  // Every unit has more members (12) than staff (10): one finding a row.
  const many = (n: number) =>
    sheet("组织", [
      ["单位名称", "职工人数", "是否建会", "会员人数"],
      ...Array.from({ length: n }, (_, i) => [`单位${i + 1}`, 10, "是", 12]),
    ]);

  it("lists 200 at the most by default and counts the rest", () => {
    const d = composeReport([many(203)], { year: 2024 });
    expect(d.findings).toHaveLength(203);
    const lines = checksLines(d);
    expect(lines).toContain("台账数据核对发现203处需要核实，报出前请逐条处理：");
    expect(lines).toContain("组织!D201：会员人数（12）大于职工人数（10）");
    expect(lines).not.toContain("组织!D202：会员人数（12）大于职工人数（10）");
    expect(lines[lines.length - 1]).toBe("另有3处，请在任务窗格的“数据核对”中查看。");
  });

  it("takes the caller's maximum and the findings made outside the sheets", () => {
    const d = composeReport([many(2)], {
      year: 2024,
      maxFindings: 3,
      moreFindings: ["东湖街道.xlsx：缺少组织台账"],
    });
    const lines = checksLines(d);
    expect(lines.slice(-4)).toEqual([
      "台账数据核对发现3处需要核实，报出前请逐条处理：",
      "组织!D2：会员人数（12）大于职工人数（10）",
      "组织!D3：会员人数（12）大于职工人数（10）",
      "东湖街道.xlsx：缺少组织台账",
    ]);
  });
});

describe("the sheets' names and Excel's limits", () => {
  it("refers to the figures' sheet by the name the caller chose", () => {
    const names = { draft: "草稿(2)", data: "数据 2", checks: "核对(2)" };
    const d = composeReport([ORGS], { year: 2024, names });
    expect(d.sheets.data.name).toBe("数据 2");
    expect(d.sheets.checks.name).toBe("核对(2)");
    expect(d.sheets.draft.name).toBe("草稿(2)");
    expect(d.paragraphs[0].formula).toMatch(
      /^="全街道纳入统计的单位共"&TEXT\('数据 2'!\$B\$5,"0"\)/
    );
    expect(d.notes[1]).toBe(
      "“草稿(2)”是报告正文（可直接打印）；“数据 2”是正文引用的关键数据及其来源；本表是核对事项，不属于正文。"
    );
    const { sentence } = evaluateDraft([ORGS], d);
    for (const p of d.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });

  it("cuts a street too long for a cell, and lists the cut on 核对事项", () => {
    const d = composeReport([ORGS], { year: 2024, street: "长".repeat(40000) });
    expect(d.findings.length).toBeGreaterThanOrEqual(2);
    const where = d.findings.map((f) => f.sheet);
    expect(where).toContain("报告数据");
    expect(where).toContain("报告草稿");
    for (const s of Object.values(d.sheets))
      for (const c of s.plan.cells) expect(String(c.value ?? "").length).toBeLessThanOrEqual(32767);
    expect(checksLines(d)[d.notes.length + 3]).toMatch(/^台账数据核对发现\d+处需要核实/);
  });
});

describe("last year's figures", () => {
  it("says how many figures have a 上年数 and from which file", () => {
    const lastYear = {
      source: "2023.xlsx",
      figures: [
        { key: "orgUnits", label: "纳入统计单位数(家)", value: 2 },
        { key: "members", label: "已建会单位会员人数(人)", value: 30 },
      ],
    };
    const d = composeReport([ORGS], { year: 2024, lastYear });
    expect(d.previous).toEqual({ figures: 2, source: "2023.xlsx" });
    expect(d.notes[d.notes.length - 1]).toBe(
      "同比：2项指标的上年数取自“2023.xlsx”，见“报告数据”的上年数列；上年没有的指标不作同比。"
    );
  });

  it("says so when last year's workbook has none of this year's figures", () => {
    const d = composeReport([ORGS], { year: 2024, lastYear: { source: "空.xlsx", figures: [] } });
    expect(d.previous).toEqual({ figures: 0, source: "空.xlsx" });
    expect(d.notes[d.notes.length - 1]).toBe(
      "上年工作簿“空.xlsx”中没有与本年对应的指标，未作同比。"
    );
  });
});

describe("notes on what the formulas cannot count", () => {
  it("says how many numbers are stored as text, before the closing note", () => {
    const orgs = sheet("组织", [
      ["单位名称", "职工人数", "是否建会", "会员人数"],
      ["甲", "30", "是", 20],
      ["乙", 10, "否", 0],
      ["丙", 20, "是", "15"],
    ]);
    const d = composeReport([orgs], { year: 2024 });
    expect(d.notes.slice(-2)).toEqual([
      "台账中有2个以文本形式存储的数字，报告草稿的公式未计入（单元格见“数据核对”）；在任务窗格的“数据核对”中转换为数字，或在 Excel 中点单元格旁的提示“转换为数字”，草稿随之更新。",
      FILL_IN,
    ]);
  });
});

describe("同比 sentences", () => {
  it("are kept though they refer to last year's figures, which no section defines", () => {
    const lastYear = {
      source: "2023.xlsx",
      figures: [{ key: "orgCovered", label: "已建会单位数(家)", value: 1 }],
    };
    const d = composeReport([ORGS], { year: 2024, lastYear });
    // 2 with a union against 1 last year: up by 1, 100%.
    const first = d.paragraphs[0].text;
    expect(first).toMatch(/^全街道纳入统计的单位共3家，其中已建会（含联合工会覆盖）2家/);
    expect(first).toContain("较上年增加1家");
    const { sentence } = evaluateDraft([ORGS], d);
    expect(sentence(d.paragraphs[0].row)).toBe(first);
  });
});

describe("more placements and failures", () => {
  it("says a 职代会 target under 维权, and a street's draft without an organisations ledger is still a street's", () => {
    const targets = sheet("年度任务", [
      ["指标", "任务数", "完成数", "单位"],
      ["职代会建制", 5, 5, "家"],
    ]);
    const d = composeReport([FUNDS, targets], { year: 2024 });
    expect(d.title).toBe("街道总工会2024年工作总结（草稿）");
    // No organisations ledger: the rights section has only the target.
    expect(d.text).toContain(
      "\n一、维权\n职代会建制任务5家，实际完成5家，完成任务。\n\n二、经费\n"
    );
  });

  it("passes over a 政策参数 row it does not know", () => {
    const d = composeReport([FUNDS, policy(["某项补贴", 3], ["小额缴费标准", 11])], { year: 2024 });
    expect(d.text).toContain("其中职工11人及以上的单位1家");
  });

  it("joins every failure note to the first section's own", () => {
    // No organisations ledger, and the activities unreadable: both notes on the first section.
    const sheets = [FUNDS, ACTIVITIES];
    const detections = detectBest(sheets);
    detections.find((x) => x.schemaId === "activities")!.dataRows.start = -1;
    const d = composeReport(sheets, { year: 2024, detections });
    expect(d.notes[2]).toBe(
      "未找到基层工会组织台账，本节从略。活动台账未能生成（行号无效（应为工作表内的整数）：-1），请核对台账表头。"
    );
    expect(d.text).not.toMatch(/培训|慈善/);
  });

  it("checks activity dates against the report's year", () => {
    const acts = sheet("活动", [
      ["活动名称", "活动类型", "日期", "场次", "参加人次"],
      ["安全培训", "职工培训", "2023-05-01", 2, 40],
    ]);
    const at2024 = composeReport([acts], { year: 2024 }).findings.filter((f) => f.sheet === "活动");
    const at2023 = composeReport([acts], { year: 2023 }).findings.filter((f) => f.sheet === "活动");
    expect(at2024.length).toBe(at2023.length + 1);
  });

  it("refers to two-digit rows of 报告数据 absolutely too", () => {
    const d = composeReport([ORGS, FUNDS], { year: 2024 });
    const allocated = d.figures.find((f) => f.key === "allocated")!;
    expect(allocated.row).toBeGreaterThan(9);
    expect(d.paragraphs.some((p) => p.formula.includes(`'报告数据'!$B$${allocated.row + 1}`))).toBe(
      true
    );
    for (const p of d.paragraphs) expect(p.formula).not.toMatch(/'报告数据'!B/);
  });
});
