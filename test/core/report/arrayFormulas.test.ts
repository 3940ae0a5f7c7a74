import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { arrayUsesOutsideSumproduct } from "./arrayRule";
import { draftFormulas } from "./evaluatePlan";

describe("the static rule itself", () => {
  it("finds an array outside SUMPRODUCT, and passes one inside it or a range standing alone in SUM", () => {
    expect(arrayUsesOutsideSumproduct(`SUM(--('台账'!$C$2:$C$9="是"))`)).toEqual([`'台账'!$C$2:$C$9 in SUM>`]);
    expect(arrayUsesOutsideSumproduct(`ROUND(SUM(A1:A3*2),2)`)).toEqual(["A1:A3 in ROUND>SUM"]);
    expect(arrayUsesOutsideSumproduct(`UPPER(TRIM(A1:A3))`)).toEqual(["A1:A3 in UPPER>TRIM"]);
    expect(arrayUsesOutsideSumproduct(`SUMPRODUCT(--ISNUMBER(MATCH(UPPER(TRIM(CLEAN(A1:A3))),{"是"},0)))`)).toEqual([]);
    expect(arrayUsesOutsideSumproduct(`ROUND(SUM('it''s (1)'!$B$2:$B$9),2)+SUM(C1:C2)`)).toEqual([]);
    expect(arrayUsesOutsideSumproduct(`"A1:A3 in text ("&TEXT(B1,"0")`)).toEqual([]);
  });
});

/** Workbooks that reach every kind of figure: the sample, and small ledgers of each kind. */
const WORKBOOKS: Array<[string, WorkbookSheet[]]> = [
  ["the sample", buildSampleWorkbook()],
  [
    "a fund ledger with 职工人数 and approvals",
    [
      {
        name: "经费",
        grid: [
          ["单位名称", "职工人数", "工资总额", "计提经费", "是否免交", "免交批准文号"],
          ["甲", 24, 50000, 1000, "否", null],
          ["乙", 100, 500000, 0, "是", "区工发〔2024〕3号"],
        ],
      },
    ],
  ],
];

describe("every formula a draft writes evaluates arrays only inside SUMPRODUCT", () => {
  it.each(WORKBOOKS)("%s", (_, sheets) => {
    const draft = composeReport(sheets, { year: 2024 });
    const formulas = draftFormulas(draft);
    expect(formulas.length).toBeGreaterThan(10);
    const bad = formulas.flatMap((f) => arrayUsesOutsideSumproduct(f).map((b) => `${b}: ${f.slice(0, 120)}`));
    expect(bad).toEqual([]);
    for (const f of formulas) expect(f).not.toMatch(/(?<!SUMPRODUCT)\bSUM\(--/);
  });
});
