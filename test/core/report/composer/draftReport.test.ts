import {
  addReportSheets,
  draftFromWorkbook,
  draftReport,
  reportFormulas,
  yearNotices,
} from "../../../../src/core/report/draftReport";
import type { SheetPlan } from "../../../../src/core/sheetPlan";
import type { WorkbookHost, WorkbookSheet } from "../../../../src/core/workbook";

/**
 * One click, one report, over a small workbook: which year and street win (the caller's, the saved,
 * the ledgers', the date's), what the user is told about the year, fresh sheet names, last year's
 * workbook, and the three sheets added to the host in the order the formulas need.
 */
type Rows = unknown[][];
const sheet = (name: string, grid: Rows): WorkbookSheet => ({
  name,
  grid: grid as WorkbookSheet["grid"],
});
const ORGS = (title = "和平街道基层工会组织台账(2024年度)") =>
  sheet("组织台账", [
    [title],
    ["填报单位：和平街道总工会"],
    ["单位名称", "职工人数", "是否建会", "会员人数"],
    ["甲", 30, "是", 20],
    ["乙", 10, "否", 0],
  ]);
const facts = (
  value: number,
  others: Array<{ value: number; cell: string; text: string }> = []
) => ({
  year: { value, cell: "组织台账!A1", text: `台账(${value}年度)` },
  otherYears: others,
});

describe("what the user is told about the year", () => {
  it("warns when a given or saved year differs from the ledgers', not when it agrees or was read from them", () => {
    const warning = {
      zh: "报告年份为2025年，但台账写的是2024年（组织台账!A1：“台账(2024年度)”），请核实。",
      en: 'The report year is 2025, but the ledgers say 2024 (组织台账!A1: "台账(2024年度)"): please check.',
    };
    expect(yearNotices(2025, "option", facts(2024))).toEqual([warning]);
    expect(yearNotices(2025, "saved", facts(2024))).toEqual([warning]);
    expect(yearNotices(2024, "option", facts(2024))).toEqual([]);
    expect(yearNotices(2025, "ledgers", facts(2024))).toEqual([]);
    expect(yearNotices(2025, "option", { otherYears: [] })).toEqual([]);
  });

  it("names each other year the ledgers write, and says when the year was guessed", () => {
    expect(
      yearNotices(
        2024,
        "ledgers",
        facts(2024, [{ value: 2023, cell: "保障!A1", text: "2023年台账" }])
      )
    ).toEqual([
      {
        zh: "台账中写有不同的年份：保障!A1：“2023年台账”（按2024年处理）。",
        en: 'The ledgers name another year: 保障!A1: "2023年台账" (2024 was used).',
      },
    ]);
    expect(yearNotices(2025, "default", { otherYears: [] })).toEqual([
      {
        zh: "台账中没有写明年份，按2025年生成；如不对请填写年份。",
        en: "The ledgers name no year; 2025 was used. Give the year if that is wrong.",
      },
    ]);
  });
});

describe("the year and street a draft is made for", () => {
  const sheets = [ORGS()];

  it("takes the caller's year over the saved one, the saved over the ledgers', the ledgers' over the date", () => {
    const made = (saved: object, options: object = {}) => {
      const m = draftFromWorkbook(sheets, saved, { today: new Date(2026, 8, 1), ...options });
      return [m.year, m.yearFrom];
    };
    expect(made({ year: 2022 }, { year: 2023 })).toEqual([2023, "option"]);
    expect(made({ year: "2022年" })).toEqual([2022, "saved"]);
    expect(made({ year: "二〇二二" })).toEqual([2024, "ledgers"]);
    expect(made({})).toEqual([2024, "ledgers"]);
    const bare = draftFromWorkbook(
      [
        sheet("组织", [
          ["单位名称", "职工人数"],
          ["甲", 10],
        ]),
      ],
      {},
      { today: new Date(2026, 2, 1) }
    );
    // The caller's date, March: the year before (never the machine's clock).
    expect([bare.year, bare.yearFrom]).toEqual([2025, "default"]);
    expect(bare.yearNotices.map((n) => n.zh)).toEqual([
      "台账中没有写明年份，按2025年生成；如不对请填写年份。",
    ]);
  });

  it("takes the caller's street, then a saved one that is not blank, then the ledgers' 填报单位", () => {
    const title = (saved: object, options: object = {}) =>
      draftFromWorkbook(sheets, saved, options).draft.title;
    expect(title({ street: "保存街道" }, { street: "给定街道" })).toBe(
      "给定街道总工会2024年工作总结（草稿）"
    );
    expect(title({ street: " 保存街道 " })).toBe("保存街道总工会2024年工作总结（草稿）");
    expect(title({ street: "  " })).toBe("和平街道总工会2024年工作总结（草稿）");
    expect(title({ street: 42 })).toBe("和平街道总工会2024年工作总结（草稿）");
    expect(
      draftFromWorkbook(
        [
          sheet("组织", [
            ["单位名称", "职工人数"],
            ["甲", 10],
          ]),
        ],
        {},
        { year: 2024 }
      ).draft.title
    ).toBe("街道总工会2024年工作总结（草稿）");
  });

  it("warns of a year the ledgers contradict, and lists the ledgers it used", () => {
    const m = draftFromWorkbook(sheets, { year: 2025 });
    expect(m.yearNotices.map((n) => n.zh)).toEqual([
      "报告年份为2025年，但台账写的是2024年（组织台账!A1：“和平街道基层工会组织台账(2024年度)”），请核实。",
    ]);
    expect(m.ledgers).toEqual(["组织台账"]);
    expect(m.detections.map((d) => d.schemaId)).toEqual(["organisations"]);
    expect(m.facts.street?.value).toBe("和平街道");
    expect(m.settingProblems).toEqual([]);
    expect(m.previousNotices).toEqual([]);
  });

  it("reports saved mappings that are not a list, and drafts from detection instead", () => {
    const m = draftFromWorkbook(sheets, { ledgers: "乱码" });
    expect(m.settingProblems.map((p) => p.zh)).toEqual([
      "工作簿中保存的台账对应关系不是列表，已忽略，改为自动识别台账。",
    ]);
    expect(m.ledgers).toEqual(["组织台账"]);
  });

  it("names its sheets afresh when 报告草稿 is taken", () => {
    const m = draftFromWorkbook([...sheets, sheet("报告草稿", [["旧稿"]])], {});
    expect(m.draft.sheets.draft.name).toBe("报告草稿 (2)");
    expect(m.draft.sheets.data.name).toBe("报告数据 (2)");
    expect(m.draft.sheets.checks.name).toBe("核对事项 (2)");
  });

  it("lists sheets refused as ledgers", () => {
    // Half a visits ledger: 慰问金 and 日期, but no one visited.
    const odd = sheet("杂项", [
      ["慰问金", "日期", "负责人", "地点", "电话"],
      [500, 45300, "李四", "会议室", "123"],
    ]);
    const m = draftFromWorkbook([...sheets, odd], {});
    expect(m.ledgers).toEqual(["组织台账"]);
    expect(m.refused.map((r) => r.sheetName)).toEqual(["杂项"]);
  });
});

describe("last year's workbook", () => {
  it("puts its figures in the 上年数 column and says nothing when it names the year before", () => {
    const previous = { source: "2023.xlsx", sheets: [ORGS("和平街道基层工会组织台账(2023年度)")] };
    const m = draftFromWorkbook([ORGS()], {}, { previous });
    expect(m.previousNotices).toEqual([]);
    expect(m.draft.previous).toEqual({ figures: m.draft.figures.length, source: "2023.xlsx" });
  });

  it("says so when it names this year, and uses none of it", () => {
    const previous = { source: "同年.xlsx", sheets: [ORGS()] };
    const m = draftFromWorkbook([ORGS()], {}, { previous });
    expect(m.previousNotices.map((n) => n.zh)).toEqual([
      "上年工作簿“同年.xlsx”的台账写的是2024年，与本报告年份相同，未作同比。",
    ]);
    expect(m.draft.previous).toEqual({ figures: 0, source: null });
  });
});

/** A host that keeps what it is given, and takes a name only once. */
function fakeHost(sheets: WorkbookSheet[], settings: Record<string, unknown> = {}, rename = false) {
  const added: Array<[string, SheetPlan]> = [];
  const host = {
    readSheets: async () => sheets,
    getSetting: async <T>(key: string) => settings[key] as T | undefined,
    addSheetWithPlan: async (name: string, plan: SheetPlan) => {
      added.push([name, plan]);
      return rename ? `${name} (9)` : name;
    },
  } as unknown as WorkbookHost;
  return { host, added };
}

describe("adding the report to a workbook", () => {
  it("reads the saved year and street and adds 报告数据, 核对事项, then 报告草稿", async () => {
    const { host, added } = fakeHost([ORGS()], {
      "unionstats.year": 2023,
      "unionstats.street": "保存街道",
    });
    const result = await draftReport(host);
    expect(added.map(([name]) => name)).toEqual(["报告数据", "核对事项", "报告草稿"]);
    expect([result.year, result.yearFrom]).toEqual([2023, "saved"]);
    expect(result.draft.title).toBe("保存街道总工会2023年工作总结（草稿）");
    expect(result.sheetName).toBe("报告草稿");
    expect(result.sheetNames).toEqual({ draft: "报告草稿", data: "报告数据", checks: "核对事项" });
    expect(added[2][1]).toBe(result.draft.sheets.draft.plan);
    expect(result.formulas).toBe(reportFormulas(result.draft));
    const counted = Object.values(result.draft.sheets).reduce(
      (n, s) => n + s.plan.cells.filter((c) => c.formula !== undefined).length,
      0
    );
    expect(result.formulas).toBe(counted);
    expect(result.formulas).toBe(result.draft.figures.length + result.draft.paragraphs.length);
  });

  it("stops with a sentence when a name it chose was taken after all", async () => {
    const { host, added } = fakeHost([ORGS()], {}, true);
    await expect(draftReport(host, { year: 2024 })).rejects.toThrow(
      "工作表名“报告数据”已被占用，报告未完整写入。"
    );
    expect(added).toHaveLength(1);
  });

  it("adds a draft made elsewhere (the command line's) the same way", async () => {
    const { host, added } = fakeHost([]);
    const made = draftFromWorkbook([ORGS()], {}, { year: 2024 });
    const result = await addReportSheets(host, made);
    expect(added.map(([n]) => n)).toEqual(["报告数据", "核对事项", "报告草稿"]);
    expect(result.year).toBe(2024);
  });
});
