import { rightsSection } from "../../../../src/core/report/sections/rights";
import {
  draftOf,
  expectFormulasAgree,
  figureRows,
  formatsOf,
  handLedger,
  sectionTexts,
  viewOf,
} from "./handLedger";

/**
 * 二、维权 on small ledgers worked by hand: the four system rates over units with a union (a blank
 * flag in a unionised unit said as 未填, a flag in a unit without a union not counted), over the
 * filled flags when there is no 是否建会; disputes with 调处率, 成功率 by type, 涉及人数 and 涉案金额;
 * 达 at 90% and 继续保持 only with last year known.
 */
const S = "基层工会组织台账";
const D = "劳动争议调处台账";
const SYSTEM_COLUMNS: Array<[string, string]> = [
  ["collectiveContract", "是否签订集体合同"],
  ["wageNegotiation", "工资集体协商"],
  ["workersCongress", "是否建立职代会"],
  ["factoryAffairs", "厂务公开"],
];
const lastYear = (figures: Array<[string, number]>) => ({
  source: "上年.xlsx",
  figures: figures.map(([label, value], i) => ({ key: `k${i}`, label, value })),
});

describe("the system rates over units with a union", () => {
  const orgs = handLedger(
    "organisations",
    "组织",
    [["orgName", "单位名称"], ["unionEstablished", "是否建会"], ...SYSTEM_COLUMNS],
    [
      ["甲", "是", "是", "是", "是", "是"],
      ["乙", "是", "", "否", "是", "是"],
      ["丙", "是", "否", "是", " 是 ", ""],
      // Without a union: its systems count in no rate.
      ["丁", "否", "是", "是", "是", "是"],
      // 是否建会 blank: neither in the base nor among the blanks.
      ["戊", "", "是", "", "是", ""],
    ]
  );
  const draft = () => draftOf([orgs]);

  it("names the base, each rate, 达90%以上 and the blanks", () => {
    expect(sectionTexts(draft(), "维权")).toEqual([
      "在已建会的3家单位中，签订集体合同1家，集体合同签订率33.3%（另有1家未填）；建立工资集体协商制度2家，工资集体协商建制率66.7%；建立职代会制度3家，职代会建制率100%，达90%以上；实行厂务公开2家，厂务公开建制率66.7%（另有1家未填）。",
      "未找到劳动争议调处台账（或缺少是否调处列），争议调处情况从略。",
    ]);
  });

  it("labels each figure with its source and computes it as counted by hand", () => {
    const ids = ["contract", "wage", "congress", "affairs"];
    const keys = ids.flatMap((id) => [`${id}Yes`, `${id}Unset`, `${id}Rate`]);
    expect(figureRows(draft(), keys)).toEqual([
      ["contractYes", "签订集体合同单位数(家)", `${S} · 签订集体合同`, 1],
      ["contractUnset", "签订集体合同未填单位数(家)", `${S} · 签订集体合同（已建会单位中空白）`, 1],
      ["contractRate", "集体合同签订率", "由上列数据计算", 1 / 3],
      ["wageYes", "建立工资集体协商制度单位数(家)", `${S} · 建立工资集体协商制度`, 2],
      [
        "wageUnset",
        "建立工资集体协商制度未填单位数(家)",
        `${S} · 建立工资集体协商制度（已建会单位中空白）`,
        0,
      ],
      ["wageRate", "工资集体协商建制率", "由上列数据计算", 2 / 3],
      ["congressYes", "建立职代会制度单位数(家)", `${S} · 建立职代会制度`, 3],
      [
        "congressUnset",
        "建立职代会制度未填单位数(家)",
        `${S} · 建立职代会制度（已建会单位中空白）`,
        0,
      ],
      ["congressRate", "职代会建制率", "由上列数据计算", 1],
      ["affairsYes", "实行厂务公开单位数(家)", `${S} · 实行厂务公开`, 2],
      ["affairsUnset", "实行厂务公开未填单位数(家)", `${S} · 实行厂务公开（已建会单位中空白）`, 1],
      ["affairsRate", "厂务公开建制率", "由上列数据计算", 2 / 3],
    ]);
    expect(formatsOf(draft(), keys)).toEqual(
      Object.fromEntries(keys.map((k) => [k, /Rate$/.test(k) ? "rate" : "count"]))
    );
  });

  it("agrees with a formula engine on every figure and sentence", () => {
    expectFormulasAgree([orgs], draft());
  });
});

describe("达90%以上 exactly at 90%, and 同比 of the systems", () => {
  /** `n` unionised units, `yes` of them with a collective contract. */
  const contracts = (n: number, yes: number) =>
    handLedger(
      "organisations",
      "组织",
      [
        ["orgName", "单位名称"],
        ["unionEstablished", "是否建会"],
        ["collectiveContract", "是否签订集体合同"],
      ],
      Array.from({ length: n }, (_, i) => [`单位${i + 1}`, "是", i < yes ? "是" : "否"])
    );

  it.each([
    [10, 9, "在已建会的10家单位中，签订集体合同9家，集体合同签订率90%，达90%以上。"],
    [9, 8, "在已建会的9家单位中，签订集体合同8家，集体合同签订率88.9%。"],
  ])("%i units, %i contracts", (n, yes, sentence) => {
    expect(sectionTexts(draftOf([contracts(n, yes)]), "维权")[0]).toBe(sentence);
  });

  it("says how many more units signed than last year", () => {
    const ledgers = [contracts(10, 9)];
    const draft = draftOf(ledgers, lastYear([["签订集体合同单位数(家)", 6]]));
    expect(sectionTexts(draft, "维权")[0]).toBe(
      "在已建会的10家单位中，签订集体合同9家，较上年增加3家，增长50.0%，集体合同签订率90%，达90%以上。"
    );
    expectFormulasAgree(ledgers, draft);
  });
});

describe("the system rates without 是否建会", () => {
  const orgs = handLedger(
    "organisations",
    "组织",
    [
      ["orgName", "单位名称"],
      ["collectiveContract", "是否签订集体合同"],
      ["factoryAffairs", "厂务公开"],
    ],
    [
      ["甲", "是", "是"],
      ["乙", "否", ""],
      ["丙", "", "是"],
      ["丁", "是", "否"],
    ]
  );
  const draft = () => draftOf([orgs]);

  it("takes each rate over the units that filled its flag, and says so", () => {
    expect(sectionTexts(draft(), "维权")[0]).toBe(
      "在填报的3家单位中签订集体合同2家，集体合同签订率66.7%；在填报的3家单位中实行厂务公开2家，厂务公开建制率66.7%。"
    );
    expect(
      figureRows(draft(), ["contractYes", "contractFlagged", "contractRate", "affairsFlagged"])
    ).toEqual([
      ["contractYes", "签订集体合同单位数(家)", `${S} · 签订集体合同`, 2],
      ["contractFlagged", "集体合同签订率统计单位数(家)", `${S} · 签订集体合同`, 3],
      ["contractRate", "集体合同签订率", "由上列数据计算", 2 / 3],
      ["affairsFlagged", "厂务公开建制率统计单位数(家)", `${S} · 实行厂务公开`, 3],
    ]);
    expect(formatsOf(draft(), ["contractYes", "contractFlagged"])).toEqual({
      contractYes: "count",
      contractFlagged: "count",
    });
    expectFormulasAgree([orgs], draft());
  });

  it("says nothing of systems when the ledger has none of their columns", () => {
    const plain = handLedger(
      "organisations",
      "组织",
      [
        ["orgName", "单位名称"],
        ["unionEstablished", "是否建会"],
      ],
      [["甲", "是"]]
    );
    const section = rightsSection(viewOf(plain), undefined);
    expect(section.figures).toEqual([]);
    expect(section.paragraphs).toEqual([
      ["未找到劳动争议调处台账(或缺少是否调处列),争议调处情况从略。"],
    ]);
  });
});

const DISPUTE_COLUMNS: Array<[string, string]> = [
  ["acceptedDate", "受理日期"],
  ["disputeType", "类型"],
  ["people", "涉及人数"],
  ["amountInvolved", "涉案金额"],
  ["mediated", "是否调处"],
  ["mediationSucceeded", "是否调处成功"],
];
const DISPUTE_ROWS = [
  ["2024-01-05", "劳动合同", 3, 12000, "是", "是"],
  ["2024-02-01", "欠薪", 10, 50000.5, "是", "是"],
  ["2024-03-01", "工伤", 1, 80000, "是", "否"],
  // No 受理日期 written: still a case, counted by its type.
  ["", "社保", 2, "", "否", ""],
  ["2024-05-01", "解除合同", 4, 3000, "是", "是"],
];

describe("labour disputes", () => {
  const disputes = handLedger("disputes", "争议", DISPUTE_COLUMNS, DISPUTE_ROWS);
  const draft = () => draftOf([disputes]);

  it("states cases, 调处率, successes by type (the schema's words for each), people and amount", () => {
    expect(sectionTexts(draft(), "维权")).toEqual([
      "全年受理劳动争议5件，调处4件，调处率80%；成功调处3件（其中劳动合同纠纷2件、工资纠纷1件、工伤纠纷0件、其他纠纷0件），成功率75%；涉及职工20人次，涉案金额14.50万元。",
    ]);
  });

  it("labels each figure with its source and computes it as counted by hand", () => {
    const keys = [
      "disputesAccepted",
      "disputesMediated",
      "disputesSucceeded",
      "mediationRate",
      "successRate",
      "disputesSucceeded0",
      "disputesSucceeded1",
      "disputesSucceeded2",
      "disputesSucceeded3",
      "disputePeople",
      "disputeAmount",
    ];
    expect(figureRows(draft(), keys)).toEqual([
      ["disputesAccepted", "受理劳动争议(件)", `${D} · 受理`, 5],
      ["disputesMediated", "调处(件)", `${D} · 是否调处`, 4],
      ["disputesSucceeded", "调处成功(件)", `${D} · 是否调处成功`, 3],
      ["mediationRate", "调处率", "由上列数据计算", 0.8],
      ["successRate", "调处成功率", "由上列数据计算", 0.75],
      ["disputesSucceeded0", "其中劳动合同纠纷调处成功(件)", `${D} · 类型=劳动合同`, 2],
      ["disputesSucceeded1", "其中工资纠纷调处成功(件)", `${D} · 类型=工资`, 1],
      ["disputesSucceeded2", "其中工伤纠纷调处成功(件)", `${D} · 类型=工伤`, 0],
      ["disputesSucceeded3", "其中其他纠纷调处成功(件)", `${D} · 类型=其他`, 0],
      ["disputePeople", "争议涉及职工(人次)", `${D} · 涉及人数`, 20],
      ["disputeAmount", "争议涉案金额(元)", `${D} · 涉案金额`, 145000.5],
    ]);
    expect(formatsOf(draft(), keys)).toEqual(
      Object.fromEntries(
        keys.map((k) => [k, /Rate$/.test(k) ? "rate" : k === "disputeAmount" ? "money" : "count"])
      )
    );
  });

  it("agrees with a formula engine on every figure and sentence", () => {
    expectFormulasAgree([disputes], draft());
  });

  it("without type, people and amount columns, counts cases by 受理日期 and says no breakdown", () => {
    const rows = DISPUTE_ROWS.map((r) => [r[0], r[4], r[5]]);
    rows.push(["", "否", ""]);
    const plain = handLedger(
      "disputes",
      "争议",
      [DISPUTE_COLUMNS[0], DISPUTE_COLUMNS[4], DISPUTE_COLUMNS[5]],
      rows
    );
    const d = draftOf([plain]);
    // Without a type column, a case is a row with its 受理日期: the row without one is not counted.
    expect(sectionTexts(d, "维权")).toEqual([
      "全年受理劳动争议4件，调处4件，调处率100%；成功调处3件，成功率75%。",
    ]);
    expect(figureRows(d, ["disputesAccepted"])).toEqual([
      ["disputesAccepted", "受理劳动争议(件)", `${D} · 受理`, 4],
    ]);
    expectFormulasAgree([plain], d);
  });

  it("with an amount but no people column, states the amount after a semicolon", () => {
    const cols = [0, 3, 4, 5];
    const some = handLedger(
      "disputes",
      "争议",
      cols.map((c) => DISPUTE_COLUMNS[c]),
      DISPUTE_ROWS.map((r) => cols.map((c) => r[c]))
    );
    expect(sectionTexts(draftOf([some]), "维权")).toEqual([
      "全年受理劳动争议4件，调处4件，调处率100%；成功调处3件，成功率75%；涉案金额14.50万元。",
    ]);
  });

  it("without 是否调处成功, leaves the disputes out and says why", () => {
    const cols = [0, 1, 4];
    const some = handLedger(
      "disputes",
      "争议",
      cols.map((c) => DISPUTE_COLUMNS[c]),
      DISPUTE_ROWS.map((r) => cols.map((c) => r[c]))
    );
    expect(rightsSection(undefined, viewOf(some))).toEqual({
      id: "rights",
      title: "二、维权",
      figures: [],
      paragraphs: [["未找到劳动争议调处台账(或缺少是否调处列),争议调处情况从略。"]],
    });
  });

  it("rounds the amount involved to the fen, as money", () => {
    const cols = [0, 3, 4, 5];
    const some = handLedger(
      "disputes",
      "争议",
      cols.map((c) => DISPUTE_COLUMNS[c]),
      [
        ["2024-01-05", 1000.125, "是", "是"],
        ["2024-02-05", 2000.25, "是", "是"],
      ]
    );
    const d = draftOf([some]);
    expect(figureRows(d, ["disputeAmount"])).toEqual([
      ["disputeAmount", "争议涉案金额(元)", `${D} · 涉案金额`, 3000.38],
    ]);
    expectFormulasAgree([some], d);
  });

  it("without 是否调处, leaves the disputes out and says why", () => {
    const cols = [0, 1, 5];
    const some = handLedger(
      "disputes",
      "争议",
      cols.map((c) => DISPUTE_COLUMNS[c]),
      DISPUTE_ROWS.map((r) => cols.map((c) => r[c]))
    );
    expect(rightsSection(undefined, viewOf(some)).paragraphs).toEqual([
      ["未找到劳动争议调处台账(或缺少是否调处列),争议调处情况从略。"],
    ]);
  });

  it("without either ledger, leaves the section out and says why", () => {
    expect(rightsSection(undefined, undefined)).toEqual({
      id: "rights",
      title: "二、维权",
      figures: [],
      paragraphs: [],
      missing: "未找到基层工会组织台账和劳动争议调处台账，本节从略。",
    });
  });
});

describe("成功率达 at 90%, 继续保持 only with last year at 90% or above too", () => {
  /** `n` mediated disputes, `won` of them successfully. */
  const cases = (n: number, won: number) =>
    handLedger(
      "disputes",
      "争议",
      [DISPUTE_COLUMNS[0], DISPUTE_COLUMNS[4], DISPUTE_COLUMNS[5]],
      Array.from({ length: n }, (_, i) => ["2024-06-01", "是", i < won ? "是" : "否"])
    );
  const said = (n: number, won: number, ly?: ReturnType<typeof lastYear>) =>
    sectionTexts(draftOf([cases(n, won)], ly), "维权")[0];

  it("says 达 at exactly 90% and not just below", () => {
    expect(said(10, 9)).toBe(
      "全年受理劳动争议10件，调处10件，调处率100%；成功调处9件，成功率达90%。"
    );
    expect(said(9, 8)).toBe("全年受理劳动争议9件，调处9件，调处率100%；成功调处8件，成功率88.9%。");
  });

  it("says 继续保持 with last year at 90%, not below it, and not when this year is below", () => {
    expect(
      said(
        10,
        9,
        lastYear([
          ["调处成功率", 0.9],
          ["受理劳动争议(件)", 10],
        ])
      )
    ).toBe(
      "全年受理劳动争议10件，与上年持平，调处10件，调处率100%；成功调处9件，成功率达90%，继续保持在90%以上。"
    );
    expect(said(10, 9, lastYear([["调处成功率", 0.89]]))).toBe(
      "全年受理劳动争议10件，调处10件，调处率100%；成功调处9件，成功率达90%。"
    );
    expect(said(9, 8, lastYear([["调处成功率", 0.95]]))).toBe(
      "全年受理劳动争议9件，调处9件，调处率100%；成功调处8件，成功率88.9%。"
    );
  });

  it("agrees with a formula engine with last year's columns", () => {
    const ledgers = [cases(10, 9)];
    const draft = draftOf(
      ledgers,
      lastYear([
        ["调处成功率", 0.9],
        ["受理劳动争议(件)", 12],
      ])
    );
    expect(sectionTexts(draft, "维权")[0]).toBe(
      "全年受理劳动争议10件，较上年减少2件，同比下降16.7%，调处10件，调处率100%；成功调处9件，成功率达90%，继续保持在90%以上。"
    );
    expectFormulasAgree(ledgers, draft);
  });
});
