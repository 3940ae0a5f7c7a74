import fc from "fast-check";
import { coverage, enrolRate, memberRate, orgRate, quota, rate } from "../../src/core/rates";
import { CalcError } from "../../src/core/errors";

const column = (values: unknown[]) => values.map((v) => [v]);
const flags = (yes: number, no: number) => column([...Array(yes).fill("是"), ...Array(no).fill("否")]);

function errorOf(fn: () => unknown): CalcError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalcError) return error;
    throw error;
  }
  throw new Error("expected a CalcError");
}

describe("orgRate (组建率)", () => {
  it("seed: 210 of 220 enterprises → 0.954545…", () => {
    expect(orgRate(flags(210, 10))).toBeCloseTo(210 / 220, 15);
  });

  it("reads every spelling of the flags and skips blanks", () => {
    expect(orgRate(column(["已建", "未建", "√", "×", "", null, "Y", "n", true, 0]))).toBe(4 / 8);
  });

  it("counts only organisations at or above the employee threshold", () => {
    const f = column(["是", "否", "是", "否"]);
    const staff = column([30, 10, 25, ""]);
    expect(orgRate(f, staff, 25)).toBe(1);
    expect(orgRate(f, staff, 0)).toBe(2 / 3);
  });

  it("gives #DIV/0! when nothing is flagged, #VALUE! naming the row for an unknown word", () => {
    expect(errorOf(() => orgRate(column(["", null]))).kind).toBe("div0");
    const e = errorOf(() => orgRate(column(["是", "是", "是", "是", "是", "是", "筹建"])));
    expect(e.kind).toBe("value");
    expect(e.message).toContain("第7行: '筹建'");
  });

  it("asks for the employees range when a threshold is given without it", () => {
    expect(() => orgRate(column(["是"]), undefined, 25)).toThrow("须同时给出职工人数区域");
  });

  it("is always between 0 and 1, and blank cells never change it", () => {
    const cell = fc.constantFrom("是", "否", "已建", "未建", "Y", "N", true, false, 1, 0);
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(60)), (cells, blankAt) => {
        const r = orgRate(column(cells));
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        const withBlanks: unknown[] = [...cells];
        for (const i of blankAt) withBlanks.splice(i % (withBlanks.length + 1), 0, i % 2 ? "" : null);
        expect(orgRate(column(withBlanks))).toBe(r);
      }),
    );
  });
});

describe("memberRate (入会率) and enrolRate (参保率)", () => {
  it("is Σ members ÷ Σ employees over rows where both are present", () => {
    expect(memberRate(column([80, 20, "", 5]), column([100, 50, 30, ""]))).toBe(100 / 150);
  });

  it("refuses a row with more members than employees, naming it", () => {
    expect(() => memberRate(column([10, 60]), column([10, 50]))).toThrow("会员人数 第2行: 会员人数（60）大于职工人数（50）");
    expect(() => enrolRate(column([10, 60]), column([10, 50]))).toThrow("参保人数（60）大于应参保人数（50）");
  });

  it("gives #DIV/0! when there are no employees", () => {
    expect(errorOf(() => memberRate(column([0]), column([0]))).kind).toBe("div0");
  });

  it("refuses a negative count", () => {
    expect(() => memberRate(column([-1]), column([10]))).toThrow("不能为负数");
  });
});

describe("coverage (覆盖情况)", () => {
  it("counts organisations and employees covered", () => {
    expect(coverage(column(["是", "否", "是", ""]), column([30, 40, "", 50]))).toEqual({ organisations: 2, employees: 30 });
  });
});

describe("rate and quota", () => {
  it("seed: 58 unions formed against a target of 50 → 1.16", () => {
    expect(quota(58, 50)).toBe(1.16);
    expect(rate(25, 50)).toBe(0.5);
  });

  it("gives #DIV/0! for a zero target or whole", () => {
    expect(errorOf(() => quota(5, 0)).kind).toBe("div0");
    expect(errorOf(() => rate(5, 0)).kind).toBe("div0");
    expect(errorOf(() => rate("", 5)).message).toBe("分子: 不能为空");
  });
});

describe("at the edges (each bound exactly at, just below and just above)", () => {
  it("组建率's employee threshold: 24 is out, 25 and 26 are in", () => {
    const f = column(["否", "是", "是"]);
    expect(orgRate(f, column([24, 25, 26]), 25)).toBe(1);
    expect(orgRate(f, column([25, 24, 26]), 25)).toBe(0.5);
    expect(errorOf(() => orgRate(column(["是"]), column([24]), 25)).kind).toBe("div0");
  });

  it("a part equal to its whole is fine; one more is refused", () => {
    expect(memberRate(column([50]), column([50]))).toBe(1);
    expect(enrolRate(column([0, 50]), column([10, 50]))).toBeCloseTo(50 / 60, 12);
    expect(errorOf(() => memberRate(column([51]), column([50]))).kind).toBe("value");
    // A row missing either side is passed over, not counted as zero.
    expect(memberRate(column(["", 30, 20]), column([100, "", 40]))).toBe(0.5);
  });

  it("quota: nothing done is 0, a negative actual or target is refused, naming which", () => {
    expect(quota(0, 50)).toBe(0);
    expect(quota(50, 50)).toBe(1);
    expect(errorOf(() => quota(-1, 50)).message).toBe("完成数: 不能为负数（-1）");
    expect(errorOf(() => quota(5, -1)).message).toBe("任务数: 不能为负数（-1）");
    expect(errorOf(() => quota(0, 0)).message).toBe("任务数为0,无法计算完成率");
  });

  it("coverage counts only yes, and a yes with no employees adds none", () => {
    expect(coverage(column(["是", "", "否", "是"]), column(["", 10, 20, 5]))).toEqual({ organisations: 2, employees: 5 });
  });
});

describe("large ranges", () => {
  it("reads a million-row column (no argument spread, no stack overflow)", () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => [i % 4 === 0 ? "否" : "是"]);
    expect(orgRate(big)).toBe(0.75);
  });
});

describe("every refusal names the field or range at fault (the user's only clue)", () => {
  it("blank arguments name the argument", () => {
    expect(errorOf(() => rate(5, "")).message).toBe("分母: 不能为空");
    expect(errorOf(() => quota("", 50)).message).toBe("完成数: 不能为空");
    expect(errorOf(() => quota(5, "")).message).toBe("任务数: 不能为空");
    expect(errorOf(() => orgRate(column(["是"]), column([30]), "")).message).toBe("职工人数下限: 不能为空");
  });

  it("a zero base says which base", () => {
    expect(errorOf(() => rate(5, 0)).message).toBe("分母为0,无法计算比率");
    expect(errorOf(() => orgRate(column(["", null]))).message).toBe("没有可计算的单位(是否建会全为空)");
    expect(errorOf(() => memberRate(column([0]), column([0]))).message).toBe("职工人数合计为0,无法计算比率");
    expect(errorOf(() => enrolRate(column([0]), column([0]))).message).toBe("应参保人数合计为0,无法计算比率");
  });

  it("a bad cell or mismatched ranges name the column", () => {
    expect(errorOf(() => orgRate(column(["筹建"]))).message).toContain("是否建会");
    expect(errorOf(() => orgRate(column(["是", "否"]), column([30]), 25)).message).toBe(
      "是否建会与职工人数的单元格数不一致（2 对 1）"
    );
    expect(errorOf(() => coverage(column(["是"]), column(["约20"]))).message).toContain("职工人数");
  });
});

describe("组建率 with a threshold skips a blank flag, as without one", () => {
  it("a blank flag at 25+ employees is neither covered nor counted", () => {
    // 是 (30) and 否 (40) count; the blank (50) is not recorded, so it must not lower the rate to 1/3.
    expect(orgRate(column(["是", "否", ""]), column([30, 40, 50]), 25)).toBe(0.5);
    expect(orgRate(column(["是", ""]), column([30, 50]), 25)).toBe(1);
  });
});
