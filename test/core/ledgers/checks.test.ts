import type { CellValue, Grid } from "../../../src/core/grid";
import { type Finding, type FindingCode, FINDING_CODES, checkLedger } from "../../../src/core/ledgers/checks";
import { detectLedger } from "../../../src/core/ledgers/detect";

const ORG_HEADER = ["序号", "单位名称", "职工人数", "女职工人数", "农民工人数", "是否建会", "建会方式", "会员人数", "女会员人数", "帮困基金额(元)", "备注"];

/** A clean organisations ledger; `edit` changes one data row (0-based among the three). */
function orgs(edit?: (rows: CellValue[][]) => void, totals?: CellValue[]): Grid {
  const rows: CellValue[][] = [
    [1, "甲公司", 100, 40, 20, "是", "单独", 90, 35, 5000, null],
    [2, "乙公司", 50, 20, 10, "是", "联合", 45, 18, 3000, null],
    [3, "丙公司", 30, 10, 5, "否", null, 0, 0, null, null],
  ];
  edit?.(rows);
  return [["XX街道基层工会组织台账"], ORG_HEADER, ...rows, ...(totals ? [totals] : [])];
}

function run(grid: Grid): Finding[] {
  const d = detectLedger(grid);
  if (!d) throw new Error("not detected");
  return checkLedger(grid, d);
}

function codes(grid: Grid): FindingCode[] {
  return run(grid).map((f) => f.code);
}

function only(grid: Grid, code: FindingCode): Finding {
  const found = run(grid).filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("a clean ledger", () => {
  it("has no findings, its totals row included", () => {
    expect(run(orgs(undefined, ["合  计", null, 180, 70, 35, null, null, 135, 53, 8000, null]))).toEqual([]);
  });
});

describe("each check finds its problem and nothing on clean data", () => {
  it("required-blank", () => {
    const f = only(orgs((r) => (r[1][1] = null)), "required-blank");
    expect(f).toMatchObject({ row: 3, col: 1, severity: "error" });
    expect(f.message).toBe("B4：单位名称不能为空");
    expect(codes(orgs())).not.toContain("required-blank");
  });

  it("not-a-number: text in a number column", () => {
    const f = only(orgs((r) => (r[0][2] = "约20")), "not-a-number");
    expect(f.message).toBe("C3：'约20' 不是数字");
    expect(f.messageEn).toContain("C3");
    // A number typed as text reads, but the draft's formulas skip it: named so the two agree.
    expect(codes(orgs((r) => (r[0][2] = "100")))).toEqual(["text-number"]);
  });

  it("negative and not-integer counts", () => {
    expect(only(orgs((r) => (r[0][7] = -3)), "negative").message).toBe("H3：会员人数不能为负数（-3）");
    expect(only(orgs((r) => (r[0][7] = 89.5)), "not-integer").message).toBe("H3：会员人数应为整数（89.5）");
    expect(codes(orgs((r) => (r[0][7] = 89)))).toEqual([]);
    expect(codes(orgs((r) => r[0].splice(7, 2, 0, 0)))).toEqual([]);
  });

  it("members-exceed-employees", () => {
    const f = only(orgs((r) => (r[1][7] = 60)), "members-exceed-employees");
    expect(f.message).toBe("H4：会员人数（60）大于职工人数（50）");
    expect(codes(orgs((r) => (r[1][7] = 50)))).toEqual([]);
  });

  it("members-exceed-employees: female members over female employees", () => {
    const f = only(orgs((r) => (r[0][8] = 41)), "members-exceed-employees");
    expect(f.message).toBe("I3：女会员人数（41）大于女职工人数（40）");
  });

  it("part-exceeds-whole", () => {
    const f = only(orgs((r) => (r[0][3] = 120)), "part-exceeds-whole");
    expect(f.message).toBe("D3：女职工人数（120）大于职工人数（100）");
    expect(only(orgs((r) => (r[0][4] = 101)), "part-exceeds-whole").col).toBe(4);
    expect(codes(orgs((r) => (r[0][3] = 100)))).toEqual([]);
  });

  it("duplicate-name, naming the first occurrence; spaces do not hide a duplicate", () => {
    const f = only(orgs((r) => (r[2][1] = " 甲 公司")), "duplicate-name");
    expect(f).toMatchObject({ row: 4, col: 1, severity: "warning" });
    expect(f.message).toContain("与B3重复");
    expect(codes(orgs())).not.toContain("duplicate-name");
  });

  it("placeholder in a text cell (a warning) and in a number cell (an error)", () => {
    expect(only(orgs((r) => (r[0][10] = "新增xx名会员")), "placeholder")).toMatchObject({ col: 10, severity: "warning" });
    expect(only(orgs((r) => (r[0][1] = "XX公司")), "placeholder").severity).toBe("warning");
    expect(only(orgs((r) => (r[0][7] = "xx")), "placeholder").severity).toBe("error");
    expect(only(orgs((r) => (r[0][10] = "2xx年建会")), "placeholder").col).toBe(10);
    expect(only(orgs((r) => (r[0][10] = "××")), "placeholder").col).toBe(10);
    expect(codes(orgs((r) => (r[0][10] = "2024年建会；Exxon 合资")))).toEqual([]);
    // Identity numbers and credit codes end in X: not placeholders.
    for (const id of ["11010519491231002X", "91330100MA27XX0A1X", "110105194912310021"]) expect(codes(orgs((r) => (r[0][10] = id)))).toEqual([]);
  });

  it("unknown-flag", () => {
    const f = only(orgs((r) => (r[0][5] = "建了")), "unknown-flag");
    expect(f.message).toContain("F3：'建了' 不是是/否标记");
    for (const word of ["Y", "已建", "√", "TRUE", 1, true]) expect(codes(orgs((r) => (r[0][5] = word)))).toEqual([]);
  });

  it("unknown-category", () => {
    expect(only(orgs((r) => (r[0][6] = "独资")), "unknown-category").severity).toBe("warning");
    for (const word of ["单独", "单独建会", "联合建会", "区域联合"]) expect(codes(orgs((r) => (r[0][6] = word)))).toEqual([]);
  });

  it("total-mismatch: the totals row against the rows, in every count and money column", () => {
    const f = run(orgs(undefined, ["合  计", null, 181, 70, 35, null, null, 135, 53, 8000.5, null])).filter((x) => x.code === "total-mismatch");
    expect(f.map((x) => x.col)).toEqual([2, 9]);
    expect(f[0].message).toBe("C6：合计行职工人数为181，各行相加为180，相差1");
    expect(f[1].message).toBe("J6：合计行帮困基金额为8000.5，各行相加为8000，相差0.5");
  });

  it("total-mismatch is exact for money (0.1 + 0.2 is 0.3)", () => {
    const grid = orgs((r) => {
      r[0][9] = 0.1;
      r[1][9] = 0.2;
    }, ["合计", null, 180, 70, 35, null, null, 135, 53, 0.3, null]);
    expect(codes(grid)).not.toContain("total-mismatch");
  });

  it("a totals row is not an organisation: no duplicates, blanks or magnitudes from it", () => {
    const grid = orgs(undefined, ["合计", "合计", 180, 70, 35, null, null, 135, 53, 8000, null]);
    expect(run(grid)).toEqual([]);
  });

  it("implausible-large", () => {
    const f = only(orgs((r) => {
      r[0][2] = 2_000_000;
    }), "implausible-large");
    expect(f.message).toContain("超过一百万");
    expect(codes(orgs((r) => (r[0][2] = 999_999)))).not.toContain("implausible-large");
  });
});

describe("checks of other ledgers", () => {
  const insurance = (total: CellValue, statedTotal: CellValue = 8168): Grid => [
    ["序号", "单位名称", "职工人数", "参保人数", null, null, null, "合计", "是否全员参保"],
    [null, null, null, "在职", "退休", "安康", "特种", null, null],
    [1, "甲公司", 5000, 4040, 688, 1262, 2170, total, "否"],
    ["合计", null, 5000, 4040, 688, 1262, 2170, statedTotal, null],
  ];

  it("row-sum-mismatch: a row's 合计 against 在职+退休+安康+特种", () => {
    const f = run(insurance(8168)).filter((x) => x.code === "row-sum-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe("H3：合计8168与在职参保+退休参保+安康参保+特种参保之和8160不符（相差8）");
    expect(codes(insurance(8160))).not.toContain("row-sum-mismatch");
  });

  it("total-mismatch: the seed's 8168 stated over parts adding to 8160", () => {
    const f = only(insurance(8160, 8168), "total-mismatch");
    expect(f).toMatchObject({ row: 3, col: 7 });
    expect(f.message).toBe("H4：合计行合计为8168，各行相加为8160，相差8");
    expect(codes(insurance(8160, 8160))).toEqual([]);
  });

  it("part-exceeds-whole: a category above the row's total", () => {
    const grid = insurance(8160);
    grid[2][7] = 4000;
    expect(codes(grid)).toContain("part-exceeds-whole");
  });

  const funds = (ratio: CellValue, up: CellValue = 4000, kept: CellValue = 6000): Grid => [
    ["单位名称", "职工人数", "工资总额(元)", "计提经费(元)", "上缴比例", "上缴金额(元)", "留存金额(元)", "缴费日期"],
    ["甲公司", 100, 500000, 10000, ratio, up, kept, "2024-03-15"],
  ];

  it("rate-over-100", () => {
    const f = only(funds(40), "rate-over-100");
    expect(f.message).toBe("E2：上缴比例 4000% 超过100%");
    for (const ok of [0.4, 1]) expect(codes(funds(ok))).toEqual([]);
    expect(codes(funds("40%"))).toEqual(["text-number"]);
  });

  it("row-sum-mismatch in funds: 计提 = 上缴 + 留存", () => {
    expect(only(funds(0.4, 4000, 6001), "row-sum-mismatch").col).toBe(3);
  });

  it("bad-date", () => {
    const grid = funds(0.4);
    grid[1][7] = "2024年13月";
    expect(only(grid, "bad-date").message).toBe("H2：'2024年13月' 不是有效日期");
    for (const ok of ["2024.3.15", "2024年3月15日", "2024/03/15", "2024年3月", 45366]) {
      grid[1][7] = ok;
      expect(codes(grid)).toEqual([]);
    }
  });

  const visits = (amounts: CellValue[]): Grid => [
    ["姓名", "类别", "活动", "金额(元)", "日期"],
    ...amounts.map((a, i) => [`职工${i + 1}`, "困难职工", "送温暖", a, "2024-01-20"]),
  ];

  it("implausible-small: 帮扶6元", () => {
    const f = only(visits([500, 6, 800]), "implausible-small");
    expect(f.message).toBe("D3：金额6元过小（少于10元），请核对");
    expect(codes(visits([500, 10, 800]))).toEqual([]);
  });

  it("unit-slip: one value a thousand times the column's median, or a thousandth", () => {
    const f = only(visits([500, 800, 600, 700, 900, 800_000]), "unit-slip");
    expect(f.row).toBe(6);
    expect(codes(visits([500, 800, 600, 700, 900, 0.5]))).toContain("unit-slip");
    expect(codes(visits([500, 800, 600, 700, 900, 5000]))).toEqual([]);
    // Too few values to know what is usual: no finding.
    expect(codes(visits([500, 800_000]))).not.toContain("unit-slip");
  });

  it("flag-conflict: a success that was never mediated", () => {
    const grid: Grid = [
      ["受理日期", "类型", "涉及人数", "是否调处", "是否调处成功"],
      ["2024-01-10", "工资", 3, "否", "是"],
      ["2024-01-11", "工伤", 1, "是", "是"],
      ["2024-01-12", "其他", 1, "否", "否"],
    ];
    const f = only(grid, "flag-conflict");
    expect(f.row).toBe(1);
    expect(f.message).toBe("E2：是否调处成功为“是”，但是否调处为“否”");
    grid[1][3] = "是";
    expect(codes(grid)).toEqual([]);
    grid[1][3] = null; // not recorded is not a contradiction
    expect(codes(grid)).toEqual([]);
  });

  it("unknown-category in disputes accepts the usual words for each type", () => {
    const grid: Grid = [["受理日期", "类型", "涉及人数"], ...["欠薪", "解除劳动合同", "工伤待遇", "社会保险", "其它"].map((t) => ["2024-01-10", t, 1])];
    expect(run(grid)).toEqual([]);
    grid.push(["2024-01-10", "吵架", 1]);
    expect(only(grid, "unknown-category").row).toBe(6);
  });
});

describe("findings", () => {
  it("name sheet cells when the grid does not start at A1", () => {
    const grid = orgs((r) => (r[0][2] = "约20"));
    const d = detectLedger(grid)!;
    const [f] = checkLedger(grid, d, { origin: { row: 4, col: 2 }, sheet: "台账" });
    expect(f.message).toBe("E7：'约20' 不是数字");
    expect(f.sheet).toBe("台账");
  });

  it("every code has a severity and words in both languages", () => {
    for (const [code, info] of Object.entries(FINDING_CODES)) {
      expect(["error", "warning"]).toContain(info.severity);
      expect(info.zh.length).toBeGreaterThanOrEqual(2);
      expect(info.en.length).toBeGreaterThan(2);
      expect(code).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
