import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { draftFormulas, evaluateDraft } from "./evaluatePlan";

const sample = buildSampleWorkbook();
const draft = composeReport(sample, { year: 2024, street: "示例街道" });
const figure = (key: string) => draft.figures.find((f) => f.key === key)!;
const sentence = (start: string) => draft.paragraphs.find((p) => p.text.startsWith(start))?.text;

describe("the report draft over the sample workbook", () => {
  it("states the seed's figures in the set phrases", () => {
    expect(sentence("全年新建工会")).toBe("全年新建工会58家，超额完成区总工会下达的50家任务。");
    expect(sentence("参保人数达到")).toBe("参保人数达到8160人，其中在职4040人，退休688人，安康1262人，特种2170人。");
    // Visits by the 类别 column, never all called 困难职工; disputes with their people and amounts.
    expect(sentence("全年共走访慰问")).toBe(
      "全年共走访慰问职工76人次，共发放慰问金5.57万元，其中劳动模范17人次、退休困难职工6人次、患病职工11人次、困难职工16人次、户外职工10人次、一线职工4人次、困难职工子女12人次。"
    );
    expect(sentence("全年受理劳动争议")).toContain("成功调处14件（其中劳动合同纠纷3件、工资纠纷3件、工伤纠纷5件、其他纠纷3件），成功率达93.3%；涉及职工117人次，涉案金额127.08万元。");
    // 经批准 because the 免交批准文号 column records it for all 22 (never 经审核 or 亏损, which no column
    // says); the payers split at 25 staff by the fund ledger's 职工人数 (the seed's 124 → 2,591,637.10).
    expect(draft.text).toContain("22家单位经批准免交工会经费。");
    expect(sentence("其中职工25人及以上")).toBe(
      "其中职工25人及以上的缴费单位124家，计提经费259.16万元；职工不足25人的小额缴费工会组织30家，计提经费3.88万元。"
    );
    expect(figure("fundLargeAllocated").value).toBe(2591637.1);
    // 过半 only above one half.
    expect(draft.text).not.toMatch(/经审核|亏损/);
    expect(sentence("参保单位50家")).not.toContain("过半");
    expect(sentence("建立帮困基金的单位")).toMatch(/^建立帮困基金的单位210家，占220家统计单位的95.5%/);
    expect(figure("fullUnits").value).toBe(25);
    expect(figure("enrolUnits").value).toBe(50);
    expect(figure("exemptedUnits").value).toBe(22);
  });

  it("has every section in order in the narrative, and the 8168 vs 8160 slip on 核对事项, not in the body", () => {
    const titles = ["一、组织建设", "二、维权", "三、帮扶", "四、互助保障", "五、建功立业", "六、文体活动", "七、经费与自身建设", "八、存在的不足和下一步计划"];
    const positions = titles.map((t) => draft.text.indexOf(`\n${t}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(draft.text).not.toContain("8168");
    expect(draft.text).not.toContain("数据核对");
    const checks = draft.sheets.checks.plan.cells.map((c) => String(c.value)).join("\n");
    expect(checks).toContain("合计行合计为8168，各行相加为8160，相差8");
  });

  it("writes every figure and sentence as a formula of built-in functions, never UNION.*", () => {
    const formulas = draftFormulas(draft);
    expect(formulas.length).toBe(draft.figures.length + draft.paragraphs.length);
    for (const f of formulas) expect(f).not.toMatch(/UNION\./);
    for (const p of draft.paragraphs) expect(p.formula).toContain("'报告数据'!$B$");
  });

  it("computes in a formula engine exactly what core computed", () => {
    const { figure, sentence } = evaluateDraft(sample, draft);
    for (const f of draft.figures) {
      const v = figure(f.row);
      if (typeof v !== "number") throw new Error(`${f.key} (${f.formula}) → ${JSON.stringify(v)}`);
      expect([f.key, v]).toEqual([f.key, expect.closeTo(f.value, 9)]);
    }
    for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
  });

  it("follows an edit of the ledger", () => {
    // 发展会员 is a task no ledger counts, so the sentence reads its 年度任务 cell.
    const { engine, sentence: value } = evaluateDraft(sample, draft);
    const targets = sample.find((s) => s.name === "年度任务")!;
    const row = targets.grid.findIndex((r) => r.includes("发展会员"));
    const actualCol = targets.grid[row].indexOf(1632);
    engine.setCellContents({ sheet: engine.getSheetId("年度任务")!, row, col: actualCol }, 1500);
    const p = draft.paragraphs.find((x) => x.text.startsWith("全年发展会员"))!;
    expect(value(p.row)).toBe("发展会员任务1500人，实际完成1500人，完成任务。");
    engine.setCellContents({ sheet: engine.getSheetId("年度任务")!, row, col: actualCol }, 900);
    expect(value(p.row)).toBe("发展会员任务1500人，实际完成900人，完成率60%。");
  });

  it("states 新建工会 from the organisations ledger's 本年新建, so an edit there moves the sentence", () => {
    const { engine, sentence: value } = evaluateDraft(sample, draft);
    const orgs = sample.find((s) => s.name === "组织台账")!;
    const header = orgs.grid.findIndex((r) => r.some((v) => String(v).startsWith("本年新建")));
    const col = orgs.grid[header].findIndex((v) => String(v).startsWith("本年新建"));
    const yes = orgs.grid.map((r, i) => [r[col], i] as const).filter(([v]) => v === "是");
    expect(yes).toHaveLength(58);
    const p = draft.paragraphs.find((x) => x.text.startsWith("全年新建工会"))!;
    // Eight of the 58 turned to 否: exactly the task, "完成任务".
    for (const [, r] of yes.slice(0, 8))
      engine.setCellContents({ sheet: engine.getSheetId("组织台账")!, row: r, col }, "否");
    expect(value(p.row)).toBe("新建工会任务50家，实际完成50家，完成任务。");
  });
});

describe("phrase rules and missing ledgers", () => {
  it("says 以上 only when the figure is at or above it", () => {
    // No earlier year: "达", never "保持".
    expect(sentence("全街道纳入统计的单位")).toContain("组建率达96.4%；");
    expect(sentence("全街道纳入统计的单位")).not.toContain("保持");
    expect(sentence("在已建会的212家单位中")).toContain("集体合同签订率95.3%，达90%以上");
    expect(sentence("在已建会的212家单位中")).toContain("工资集体协商建制率87.3%；");
  });

  it("leaves a section out with a note when its ledger is missing, never with zeros", () => {
    const onlyTargets = sample.filter((s) => s.name === "年度任务");
    const d = composeReport(onlyTargets, { year: 2024 });
    expect(d.notes).toContain("未找到互助保障参保台账，本节从略。");
    expect(d.notes).toContain("未找到工会经费收缴台账（或缺少计提经费列），本节从略。");
    expect(d.text).not.toContain("从略");
    expect(d.omitted).toEqual(expect.arrayContaining(["互助保障", "经费"]));
    expect(d.text).not.toMatch(/参保人数达到0人/);
    expect(d.text).toContain("全年新建工会58家，超额完成区总工会下达的50家任务。");
  });

  it("keeps text from cells as text: names with quotes or formulas never become live formulas", () => {
    const hostile = '=HYPERLINK("http://x","点我")';
    const sheets: WorkbookSheet[] = [
      {
        name: "帮扶'慰问",
        grid: [
          ["姓名", "类别", "活动", "金额(元)", "日期"],
          [hostile, "困难职工", 'a"b活动', 500, 45300],
          ["张三", "困难职工", 'a"b活动', 300, 45301],
        ],
      },
    ];
    const d = composeReport(sheets, { year: 2024 });
    const campaign = d.figures.find((f) => f.label.startsWith('a"b活动'))!;
    expect(campaign.formula).toContain('"a"&CHAR(34)&"b活动"');
    expect(campaign.formula).toContain("'帮扶''慰问'!");
    const { figure, sentence } = evaluateDraft(sheets, d);
    expect(figure(campaign.row)).toBe(2);
    const p = d.paragraphs.find((x) => x.text.startsWith("其中"))!;
    expect(sentence(p.row)).toBe('其中a"b活动2人次、0.08万元。');
    for (const sheet of Object.values(d.sheets))
      for (const c of sheet.plan.cells) if (c.value !== undefined && typeof c.value === "string") expect(c.formula).toBeUndefined();
  });
});

describe("rows that are not data", () => {
  it("leaves subtotal rows inside the data out of the figures, in core and in the formulas", () => {
    const sheets: WorkbookSheet[] = [
      {
        name: "慰问",
        grid: [
          ["帮扶慰问台账"],
          ["序号", "姓名", "类别", "活动", "金额(元)", "日期"],
          [1, "张三", "困难职工", "元旦春节送温暖", 500, "2024-01-20"],
          [2, "李四", "困难职工", "元旦春节送温暖", 800, "2024-01-21"],
          ["小计", null, null, null, 1300, null],
          [3, "王五", "困难职工", "金秋助学", 1000, "2024-08-20"],
          ["合计", null, null, null, 2300, null],
        ],
      },
    ];
    const d = composeReport(sheets, { year: 2024 });
    const amount = d.figures.find((f) => f.key === "visitAmount")!;
    expect(amount.value).toBe(2300);
    expect(amount.formula).toBe("=ROUND((SUM('慰问'!$E$3:$E$4)+SUM('慰问'!$E$6:$E$6)),2)");
    const { figure } = evaluateDraft(sheets, d);
    expect(figure(amount.row)).toBe(2300);
    expect(figure(d.figures.find((f) => f.key === "visitPeople")!.row)).toBe(3);
  });
});
