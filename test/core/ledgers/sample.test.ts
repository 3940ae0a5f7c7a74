import { readFlag } from "../../../src/core/flags";
import { exactSum } from "../../../src/core/money";
import { readCount, readNumber } from "../../../src/core/read";
import { orgRate, quota } from "../../../src/core/rates";
import { shareOf, splitFund } from "../../../src/core/funds";
import { totalMinusParts } from "../../../src/core/checks";
import { percentText, toWan } from "../../../src/core/text";
import { categoryOf } from "../../../src/core/ledgers/cells";
import { checkLedger } from "../../../src/core/ledgers/checks";
import { type Detection, type LedgerRecord, detectBest, readRecords } from "../../../src/core/ledgers/detect";
import { readPolicy, shareRatios } from "../../../src/core/ledgers/policy";
import { buildSampleWorkbook } from "../../../src/core/ledgers/sample";
import { type LedgerId, fieldOf, schemaById } from "../../../src/core/ledgers/schemas";

/** The seed report's figures, computed the way the add-in would: detect → read records → compute with core. */

const sheets = buildSampleWorkbook();
const found = detectBest(sheets);

function ledger(id: LedgerId): { detection: Detection; records: LedgerRecord[]; grid: (typeof sheets)[number]["grid"] } {
  const detection = found.find((d) => d.schemaId === id);
  if (!detection) throw new Error(`${id} not found`);
  const grid = sheets.find((s) => s.name === detection.sheetName)!.grid;
  return { detection, records: readRecords(grid, detection), grid };
}

const num = (v: unknown) => readNumber(v, "") ?? 0;
const flag = (v: unknown) => readFlag(v, "");

describe("the sample workbook", () => {
  it("is the same on every build", () => {
    expect(buildSampleWorkbook()).toEqual(sheets);
  });

  it("holds all eight ledgers, each found in its own sheet with full confidence", () => {
    expect(found.map((d) => [d.sheetName, d.schemaId])).toEqual([
      ["组织台账", "organisations"],
      ["经费收缴", "funds"],
      ["互助保障", "insurance"],
      ["帮扶慰问", "visits"],
      ["劳动争议", "disputes"],
      ["年度任务", "targets"],
      ["政策参数", "policy"],
      ["活动台账", "activities"],
    ]);
    for (const d of found) {
      expect(d.confidence).toBeGreaterThan(0.9);
      expect(d.missingRequired).toEqual([]);
      const schema = schemaById(d.schemaId);
      // 年度任务's 上年数 serves offices without last year's workbook; the sample has its companion workbook instead.
      const fields = schema.fields.filter((f) => !(d.schemaId === "targets" && f.key === "previous"));
      expect(Object.keys(d.columns).sort()).toEqual(fields.map((f) => f.key).sort());
    }
  });

  it("reads like a printed form: title, unit row, 序号, totals row, footnote, sign-off", () => {
    for (const sheet of sheets) {
      const d = found.find((x) => x.sheetName === sheet.name)!;
      expect(d.headerRows[0]).toBe(2);
      expect(sheet.grid[d.headerRows[0]][0]).toBe("序号");
      expect(String(sheet.grid[sheet.grid.length - 2][0])).toMatch(/^注:/);
      expect(sheet.grid[sheet.grid.length - 1][0]).toBe("工会主席:");
    }
    expect(ledger("insurance").detection.headerRows).toEqual([2, 3]);
    expect(ledger("organisations").detection.headerRows).toEqual([2, 3]);
    expect(ledger("funds").detection.ignoredRows).toEqual([3]); // the 甲 乙 1 2 3 row
  });

  it("has exactly one finding: the seed's 8168 stated over enrolments adding to 8160", () => {
    const findings = found.flatMap((d) => checkLedger(sheets.find((s) => s.name === d.sheetName)!.grid, d));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: "互助保障", code: "total-mismatch", severity: "error" });
    expect(findings[0].message).toMatch(/合计为8168，各行相加为8160，相差8$/);
  });
});

describe("the seed's figures hold in the sample", () => {
  it("organisations: 210 of 220 with a hardship fund → 95.5%", () => {
    const { records } = ledger("organisations");
    expect(records).toHaveLength(220);
    const funds = records.map((r) => r.values.hardshipFund);
    expect(funds.filter((v) => flag(v) === true)).toHaveLength(210);
    expect(orgRate(funds.map((v) => [v]))).toBeCloseTo(210 / 220, 12);
    expect(percentText(orgRate(funds.map((v) => [v])))).toBe("95.5%");
  });

  it("funds: 124 paying enterprises (25+ staff, not exempted) allocate exactly 2,591,637.10; 22 exempted", () => {
    const { records, grid } = ledger("funds");
    const policy = readPolicy(ledger("policy").grid, ledger("policy").detection).values;
    const limit = policy.smallPayerStaffLimit;
    expect(limit).toBe(25);
    const payers = records.filter((r) => (readCount(r.values.employees, "") ?? 0) >= limit && flag(r.values.exempted) === false);
    expect(payers).toHaveLength(124);
    const allocated = exactSum(payers.map((r) => num(r.values.allocated)));
    expect(allocated.toFixed(2)).toBe("2591637.10");
    // Each allocation is 2% of its payroll, to the fen.
    for (const r of payers) expect(exactSum([num(r.values.payroll)]).times(policy.fundRate).toFixed(2)).toBe(num(r.values.allocated).toFixed(2));
    expect(records.filter((r) => flag(r.values.exempted) === true)).toHaveLength(22);
    // 20% to the district: 518,327.42.
    expect(policy.shareDistrict).toBe(0.2);
    expect(shareOf(allocated.toNumber(), policy.shareDistrict)).toBe(518327.42);
    const parts = splitFund(allocated.toNumber(), shareRatios(policy));
    expect(exactSum(parts).toFixed(2)).toBe("2591637.10");
    expect(parts[2]).toBe(518327.42);
    expect(grid.length).toBeGreaterThan(124);
  });

  it("insurance: 4040 / 688 / 1262 / 2170 in the rows, 8168 stated, 8 off", () => {
    const { records, detection, grid } = ledger("insurance");
    const total = (key: string) => records.reduce((s, r) => s + num(r.values[key]), 0);
    expect([total("servingEnrolled"), total("retiredEnrolled"), total("womenEnrolled"), total("seriousEnrolled")]).toEqual([4040, 688, 1262, 2170]);
    const stated = grid[detection.totalsRow!][detection.columns.enrolledTotal];
    expect(stated).toBe(8168);
    expect(totalMinusParts(stated, [[4040, 688, 1262, 2170]])).toBe(8);
    const all = records.filter((r) => flag(r.values.allEnrolled) === true);
    expect(`${all.length} of ${records.length}`).toBe("25 of 50");
  });

  it("targets: 新建工会 target 50, actual 58 → 116.0%, 超额 8", () => {
    const { records } = ledger("targets");
    const row = records.find((r) => r.values.indicator === "新建工会")!;
    expect([row.values.target, row.values.actual, row.values.unit]).toEqual([50, 58, "家"]);
    expect(quota(row.values.actual, row.values.target)).toBe(1.16);
  });

  it("visits: 76 people, 55,700 yuan → 5.57万元", () => {
    const { records } = ledger("visits");
    expect(new Set(records.map((r) => r.values.personName)).size).toBe(76);
    const total = exactSum(records.map((r) => num(r.values.amount)));
    expect(total.toNumber()).toBe(55_700);
    expect(toWan(total.toNumber())).toBe(5.57);
  });

  it("disputes: 14 successes = 3 contract + 3 wage + 5 injury + 3 other; 调处率 100%", () => {
    const { records } = ledger("disputes");
    const type = fieldOf(schemaById("disputes"), "disputeType")!;
    const successes = records.filter((r) => flag(r.values.mediationSucceeded) === true);
    expect(successes).toHaveLength(14);
    const byType: Record<string, number> = {};
    for (const r of successes) {
      const t = categoryOf(type, r.values.disputeType)!;
      byType[t] = (byType[t] ?? 0) + 1;
    }
    expect(byType).toEqual({ 劳动合同: 3, 工资: 3, 工伤: 5, 其他: 3 });
    const mediated = records.filter((r) => flag(r.values.mediated) === true).length;
    expect(mediated / records.length).toBe(1);
    expect(percentText(successes.length / mediated)).toBe("93.3%");
  });

  it("policy: every parameter is read and the shares add to 100%", () => {
    const { grid, detection } = ledger("policy");
    const policy = readPolicy(grid, detection);
    expect(policy.unknownRows).toEqual([]);
    expect(exactSum(shareRatios(policy.values)).toNumber()).toBe(1);
    expect(policy.values).toMatchObject({ fundRate: 0.02, duesRate: 0.005, premiumServing: 50, premiumSerious: 15 });
  });

  it("organisations obey their own rules: members within employees, women within both", () => {
    const { records } = ledger("organisations");
    for (const r of records) {
      const v = (k: string) => num(r.values[k]);
      expect(v("members")).toBeLessThanOrEqual(v("employees"));
      expect(v("femaleMembers")).toBeLessThanOrEqual(Math.min(v("members"), v("femaleEmployees")));
    }
  });
});
