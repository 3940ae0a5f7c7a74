import { organisationSection } from "../../../../src/core/report/sections/organisation";
import {
  draftOf,
  expectFormulasAgree,
  figureRows,
  formatsOf,
  handLedger,
  sectionTexts,
} from "./handLedger";

/**
 * 一、组织建设 on small ledgers worked by hand: one count of units (a blank 是否建会 said as 未填),
 * 组建率 over the units whose flag is filled, 入会率 over the employees of units with a union,
 * 单独建会 / 联合工会 from 建会方式 (with the schema's other words for each), women and migrant
 * workers with and without their member columns, and 同比 / 保持 only with last year known.
 */
const S = "基层工会组织台账";

const FULL: Array<[string, string]> = [
  ["orgName", "单位名称"],
  ["employees", "职工人数"],
  ["femaleEmployees", "女职工"],
  ["migrantEmployees", "农民工"],
  ["unionEstablished", "是否建会"],
  ["unionForm", "建会方式"],
  ["members", "会员人数"],
  ["femaleMembers", "女会员"],
  ["migrantMembers", "农民工会员"],
];
const FULL_ROWS = [
  ["甲公司", 100, 40, 30, "是", "单独建会", 90, 36, 27],
  ["乙公司", 50, 20, 10, " 是 ", "联合工会", 40, 10, 5],
  ["丙公司", 30, 10, 6, "yes", "联建", 30, 10, 6],
  // No union, yet members and a form: in no 入会率, in no 建会方式 count.
  ["丁公司", 200, 100, 50, "否", "单独", 20, 5, 5],
  ["戊公司", 10, 5, 0, "否", "", 0, 0, 0],
  // 是否建会 blank: counted once as a unit, said as 未填, out of 组建率.
  ["己公司", 40, 10, 4, "", "", 0, 0, 0],
];

describe("the whole organisation ledger", () => {
  const ledgers = [handLedger("organisations", "组织", FULL, FULL_ROWS)];
  const draft = () => draftOf(ledgers);

  it("states coverage, the forms, and 入会率 of all, women and migrant workers over unionised units", () => {
    expect(sectionTexts(draft(), "组织建设")).toEqual([
      "全街道纳入统计的单位共6家，其中已建会（含联合工会覆盖）3家，是否建会未填1家（不计入组建率），组建率60%；单独建会1家、联合工会覆盖2家。",
      "已建会单位职工180人，工会会员160人，职工入会率88.9%。",
      "已建会单位女职工70人，女会员56人，女职工入会率80%。",
      "已建会单位农民工46人，农民工会员38人，农民工入会率82.6%。",
    ]);
  });

  it("labels every figure with its source, and computes it by hand's count", () => {
    const keys = [
      "orgUnits",
      "orgFlagged",
      "orgUnset",
      "orgCovered",
      "orgUncovered",
      "orgRate",
      "orgForm0",
      "orgForm1",
      "employees",
      "members",
      "memberRate",
      "femaleEmployees",
      "femaleMembers",
      "femaleMemberRate",
      "migrantEmployees",
      "migrantMembers",
      "migrantMemberRate",
    ];
    const rows = figureRows(draft(), keys);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["orgUnits", "纳入统计单位数(家)", `${S} · 单位名称`],
      ["orgFlagged", "已填是否建会单位数(家)", `${S} · 是否建会`],
      ["orgUnset", "是否建会未填单位数(家)", "由上列数据计算"],
      ["orgCovered", "已建会单位数(家)", `${S} · 是否建会=是`],
      ["orgUncovered", "未建会单位数(家)", "由上列数据计算"],
      ["orgRate", "组建率", "由上列数据计算"],
      ["orgForm0", "单独建会单位数(家)", `${S} · 建会方式=单独`],
      ["orgForm1", "联合工会覆盖单位数(家)", `${S} · 建会方式=联合`],
      ["employees", "已建会单位职工人数(人)", `${S} · 职工人数`],
      ["members", "已建会单位会员人数(人)", `${S} · 会员人数`],
      ["memberRate", "职工入会率", "由上列数据计算"],
      ["femaleEmployees", "已建会单位女职工(人)", `${S} · 女职工`],
      ["femaleMembers", "已建会单位女会员(人)", `${S} · 女会员`],
      ["femaleMemberRate", "女职工入会率", "由上列数据计算"],
      ["migrantEmployees", "已建会单位农民工(人)", `${S} · 农民工`],
      ["migrantMembers", "已建会单位农民工会员(人)", `${S} · 农民工会员`],
      ["migrantMemberRate", "农民工入会率", "由上列数据计算"],
    ]);
    const value = Object.fromEntries(rows.map((r) => [r[0], r[3]]));
    expect(value).toEqual({
      orgUnits: 6,
      orgFlagged: 5,
      orgUnset: 1,
      orgCovered: 3,
      orgUncovered: 2,
      orgRate: 3 / 5,
      orgForm0: 1,
      orgForm1: 2,
      employees: 180,
      members: 160,
      memberRate: 160 / 180,
      femaleEmployees: 70,
      femaleMembers: 56,
      femaleMemberRate: 56 / 70,
      migrantEmployees: 46,
      migrantMembers: 38,
      migrantMemberRate: 38 / 46,
    });
    // Counts as counts, rates as rates in the key-figure table.
    expect(formatsOf(draft(), keys)).toEqual(
      Object.fromEntries(keys.map((k) => [k, /Rate$/.test(k) ? "rate" : "count"]))
    );
  });

  it("draws the pie of units with and without a union", () => {
    expect(
      draft().charts.map((c) => [c.type, c.title, c.items.map((i) => [i.label, i.value])])
    ).toEqual([
      [
        "pie",
        "建会覆盖情况",
        [
          ["已建会单位数(家)", 3],
          ["未建会单位数(家)", 2],
        ],
      ],
    ]);
  });

  it("agrees with a formula engine on every figure and sentence", () => {
    expectFormulasAgree(ledgers, draft());
  });
});

describe("组建率达 at 90% and above, 保持 only with last year at 90% or above too", () => {
  /** `n` units, `yes` of them with a union, 10 employees and 9 members in each unionised one. */
  const units = (n: number, yes: number) =>
    handLedger(
      "organisations",
      "组织",
      [
        ["orgName", "单位名称"],
        ["employees", "职工人数"],
        ["unionEstablished", "是否建会"],
        ["members", "会员人数"],
      ],
      Array.from({ length: n }, (_, i) => [
        `单位${i + 1}`,
        10,
        i < yes ? "是" : "否",
        i < yes ? 9 : 0,
      ])
    );
  const first = (n: number, yes: number, lastYear?: Parameters<typeof draftOf>[1]) =>
    sectionTexts(draftOf([units(n, yes)], lastYear), "组织建设")[0];
  const last = (figures: Array<[string, number]>) => ({
    source: "上年.xlsx",
    figures: figures.map(([label, value], i) => ({ key: `k${i}`, label, value })),
  });

  it("says 达 at exactly 90% and not just below, and no 保持 without last year", () => {
    expect(first(10, 9)).toBe(
      "全街道纳入统计的单位共10家，其中已建会（含联合工会覆盖）9家，组建率达90%。"
    );
    expect(first(9, 8)).toBe(
      "全街道纳入统计的单位共9家，其中已建会（含联合工会覆盖）8家，组建率88.9%。"
    );
  });

  it("says 保持在90%以上 when last year's rate was 90% and this year's is too", () => {
    const ly = last([
      ["已建会单位数(家)", 8],
      ["组建率", 0.9],
    ]);
    expect(first(10, 9, ly)).toBe(
      "全街道纳入统计的单位共10家，其中已建会（含联合工会覆盖）9家，较上年增加1家，增长12.5%，组建率达90%，与上年持平，保持在90%以上。"
    );
  });

  it("does not say 保持 when last year was below 90%, nor when this year is", () => {
    expect(first(10, 9, last([["组建率", 0.89]]))).toBe(
      "全街道纳入统计的单位共10家，其中已建会（含联合工会覆盖）9家，组建率达90%，较上年提高1.0个百分点。"
    );
    expect(first(9, 8, last([["组建率", 0.95]]))).toBe(
      "全街道纳入统计的单位共9家，其中已建会（含联合工会覆盖）8家，组建率88.9%，较上年降低6.1个百分点。"
    );
  });

  it("states 同比 of members and 入会率", () => {
    const d = draftOf(
      [units(10, 9)],
      last([
        ["已建会单位会员人数(人)", 90],
        ["职工入会率", 0.8],
      ])
    );
    expect(sectionTexts(d, "组织建设")[1]).toBe(
      "已建会单位职工90人，工会会员81人，较上年减少9人，同比下降10.0%，职工入会率90%，较上年提高10.0个百分点。"
    );
    expectFormulasAgree([units(10, 9)], d);
  });
});

describe("ledgers without some columns", () => {
  it("without a name column, counts the units whose flag is filled", () => {
    const ledgers = [
      handLedger(
        "organisations",
        "组织",
        [
          ["unionEstablished", "是否建会"],
          ["employees", "职工人数"],
        ],
        [
          ["是", 10],
          ["否", 20],
          ["", 30],
          ["是", 40],
        ]
      ),
    ];
    const draft = draftOf(ledgers);
    expect(figureRows(draft, ["orgUnits", "orgUnset"])).toEqual([
      ["orgUnits", "纳入统计单位数(家)", `${S} · 是否建会`, 3],
      ["orgUnset", "是否建会未填单位数(家)", "由上列数据计算", 0],
    ]);
    expect(sectionTexts(draft, "组织建设")).toEqual([
      "全街道纳入统计的单位共3家，其中已建会（含联合工会覆盖）2家，组建率66.7%。",
    ]);
    expectFormulasAgree(ledgers, draft);
  });

  it("without 是否建会, names 入会率 over all units 覆盖…入会率 and lists staff without member columns", () => {
    const ledgers = [
      handLedger(
        "organisations",
        "组织",
        [
          ["orgName", "单位名称"],
          ["employees", "职工人数"],
          ["members", "会员人数"],
          ["femaleEmployees", "女职工"],
          ["migrantEmployees", "农民工"],
        ],
        [
          ["甲", 100, 80, 30, 12],
          ["乙", 100, 60, 20, 8],
        ]
      ),
    ];
    const draft = draftOf(ledgers);
    expect(sectionTexts(draft, "组织建设")).toEqual([
      "全部单位职工200人，工会会员140人，覆盖职工入会率70%。",
      "纳入统计的单位共有女职工50人、农民工20人。",
    ]);
    expect(
      figureRows(draft, [
        "employees",
        "members",
        "memberRate",
        "femaleEmployees",
        "migrantEmployees",
      ])
    ).toEqual([
      ["employees", "全部单位职工人数(人)", `${S} · 职工人数`, 200],
      ["members", "全部单位会员人数(人)", `${S} · 会员人数`, 140],
      ["memberRate", "覆盖职工入会率", "由上列数据计算", 0.7],
      ["femaleEmployees", "女职工人数(人)", `${S} · 女职工`, 50],
      ["migrantEmployees", "农民工人数(人)", `${S} · 农民工`, 20],
    ]);
    expect(formatsOf(draft, ["memberRate", "femaleEmployees", "migrantEmployees"])).toEqual({
      memberRate: "rate",
      femaleEmployees: "count",
      migrantEmployees: "count",
    });
    expect(draft.charts).toEqual([]);
    expectFormulasAgree(ledgers, draft);
  });

  it("without 是否建会 but with both women's columns, names their rate 覆盖女职工入会率", () => {
    const ledgers = [
      handLedger(
        "organisations",
        "组织",
        [
          ["orgName", "单位名称"],
          ["femaleEmployees", "女职工"],
          ["femaleMembers", "女会员"],
        ],
        [
          ["甲", 30, 15],
          ["乙", 20, 15],
        ]
      ),
    ];
    const draft = draftOf(ledgers);
    expect(sectionTexts(draft, "组织建设")).toEqual([
      "全部单位女职工50人，女会员30人，覆盖女职工入会率60%。",
    ]);
    expect(figureRows(draft, ["femaleEmployees", "femaleMembers", "femaleMemberRate"])).toEqual([
      ["femaleEmployees", "全部单位女职工(人)", `${S} · 女职工`, 50],
      ["femaleMembers", "全部单位女会员(人)", `${S} · 女会员`, 30],
      ["femaleMemberRate", "覆盖女职工入会率", "由上列数据计算", 0.6],
    ]);
  });

  it("with 是否建会, sums a group that has only its staff or only its members over every unit", () => {
    const ledgers = [
      handLedger(
        "organisations",
        "组织",
        [
          ["orgName", "单位名称"],
          ["unionEstablished", "是否建会"],
          ["femaleEmployees", "女职工"],
          ["migrantMembers", "农民工会员"],
        ],
        [
          ["甲", "是", 30, 7],
          ["乙", "否", 20, 5],
        ]
      ),
    ];
    const draft = draftOf(ledgers);
    expect(sectionTexts(draft, "组织建设")).toEqual([
      "全街道纳入统计的单位共2家，其中已建会（含联合工会覆盖）1家，组建率50%。",
      "全街道农民工会员12人。",
      "纳入统计的单位共有女职工50人。",
    ]);
    expect(figureRows(draft, ["femaleEmployees", "migrantMembers"])).toEqual([
      ["femaleEmployees", "女职工人数(人)", `${S} · 女职工`, 50],
      ["migrantMembers", "农民工会员人数(人)", `${S} · 农民工会员`, 12],
    ]);
    expect(formatsOf(draft, ["femaleEmployees", "migrantMembers"])).toEqual({
      femaleEmployees: "count",
      migrantMembers: "count",
    });
    expectFormulasAgree(ledgers, draft);
  });

  it("without the ledger, leaves the section out and says why", () => {
    expect(organisationSection(undefined)).toEqual({
      id: "organisation",
      title: "一、组织建设",
      figures: [],
      paragraphs: [],
      missing: "未找到基层工会组织台账，本节从略。",
    });
  });
});
