import type { HyperFormula } from "hyperformula";
import { DetailedCellError } from "hyperformula";
import { buildEngine } from "./hyperFormulaHost";
import { generatedMetadata } from "./metadata";

/**
 * The custom functions evaluated inside formulas over sheets by a real formula engine, with the
 * figures users check by hand (shared/functions.md) and the cells real ledgers hold: blanks, text,
 * booleans and error cells.
 */
let meta: Awaited<ReturnType<typeof generatedMetadata>>;
beforeAll(async () => {
  meta = await generatedMetadata();
});

/** Evaluates formulas placed in column A of a "Calc" sheet, beside a "Data" sheet. */
function evaluate(data: unknown[][], formulas: string[]): { engine: HyperFormula; value: (row: number, col?: number) => unknown } {
  const engine = buildEngine(meta.functions, meta.associate, { Data: data, Calc: formulas.map((f) => [f]) });
  const calc = engine.getSheetId("Calc")!;
  return { engine, value: (row, col = 0) => engine.getCellValue({ sheet: calc, row, col }) };
}

function errorOf(value: unknown): { type: string; message: string } {
  expect(value).toBeInstanceOf(DetailedCellError);
  const e = value as DetailedCellError;
  return { type: e.type, message: e.message };
}

const orgLedger = [
  ...Array.from({ length: 210 }, (_, i) => [`单位${i + 1}`, "是", 30]),
  ...Array.from({ length: 10 }, (_, i) => [`单位${i + 211}`, "否", 10]),
];

describe("UNION.* in formulas", () => {
  it("computes the figures users check by hand", () => {
    const { value } = evaluate(orgLedger, [
      "=UNION.SHARE(2591637.10, 20%)",
      "=UNION.BASE(48622.17, 20%)",
      "=UNION.ORGRATE(Data!B1:B220)",
      "=UNION.PCT(210/220)",
      "=UNION.CHECKSUM(8168, {4040,688,1262,2170})",
      "=UNION.QUOTA(58, 50)",
      "=UNION.FUND(1000000)",
      "=UNION.DUES(5678)",
      '=UNION.QUOTATEXT(58, 50, "家")',
      "=UNION.QUOTATEXT(30, 50)",
      "=UNION.WAN(5758000)",
      "=UNION.RATE(25, 50)",
      "=UNION.SHARE(20.15, 50%)",
      "=UNION.PCT(UNION.ORGRATE(Data!B1:B220))",
    ]);
    expect(value(0)).toBe(518327.42);
    expect(value(1)).toBe(243110.85);
    expect(value(2)).toBeCloseTo(0.954545, 6);
    expect(value(3)).toBe("95.5%");
    expect(value(4)).toBe(8);
    expect(value(5)).toBe(1.16);
    expect(value(6)).toBe(20000);
    expect(value(7)).toBe(28.35);
    expect(value(8)).toBe("超额完成任务,实际完成58家,完成率116.0%");
    expect(value(9)).toBe("完成任务的60.0%");
    expect(value(10)).toBe(575.8);
    expect(value(11)).toBe(0.5);
    expect(value(12)).toBe(10.08);
    expect(value(13)).toBe("95.5%");
  });

  it("spills SPLIT and COVERAGE as rows", () => {
    const { value } = evaluate(orgLedger, ["=UNION.SPLIT(20000, {0.6,0.4})", "=UNION.COVERAGE(Data!B1:B220, Data!C1:C220)", "=UNION.SPLIT(1000.10, {0.6,0.25,0.15})"]);
    expect([value(0, 0), value(0, 1)]).toEqual([12000, 8000]);
    expect([value(1, 0), value(1, 1)]).toEqual([210, 6300]);
    expect([value(2, 0), value(2, 1), value(2, 2)]).toEqual([600.05, 250.03, 150.02]);
  });

  it("skips blank cells in ranges and counts the employee threshold", () => {
    const data = [
      ["是", 30, 20],
      ["", 40, ""],
      [null, "", 5],
      ["否", 10, 8],
      [true, 25, 25],
    ];
    const { value } = evaluate(data, [
      "=UNION.ORGRATE(Data!A1:A5)",
      "=UNION.ORGRATE(Data!A1:A5, Data!B1:B5, 25)",
      "=UNION.MEMBERRATE(Data!C1:C5, Data!B1:B5)",
      "=UNION.CHECKSUM(100, Data!B1:B5)",
    ]);
    expect(value(0)).toBeCloseTo(2 / 3, 9);
    expect(value(1)).toBe(1);
    expect(value(2)).toBeCloseTo((20 + 8 + 25) / (30 + 10 + 25), 9); // the engine shows 10 decimals
    expect(value(3)).toBe(100 - 105);
  });

  it("gives #VALUE! naming the row for text, unknown flags, negatives and mismatched ranges", () => {
    const data = [["是", 30], ["否", "约20"], ["筹建", -1], ["=1/0", 5]];
    const { value } = evaluate(data, [
      "=UNION.MEMBERRATE(Data!B1:B2, Data!B1:B2)",
      "=UNION.ORGRATE(Data!A1:A3)",
      "=UNION.MEMBERRATE(Data!B3:B3, Data!B1:B1)",
      "=UNION.CHECKSUM(5, Data!A4:A4)",
      "=UNION.ORGRATE(Data!A1:A2, Data!B1:B3, 10)",
    ]);
    expect(errorOf(value(0))).toEqual({ type: "VALUE", message: "会员人数 第2行: '约20' 不是数字" });
    expect(errorOf(value(1)).message).toContain("是否建会 第3行: '筹建' 不是是/否标记");
    expect(errorOf(value(2)).message).toBe("会员人数: 人数或个数不能为负数（-1）");
    // as in Excel, an error cell in a range argument propagates without calling the function
    expect(errorOf(value(3)).type).toBe("DIV_BY_ZERO");
    expect(errorOf(value(4)).message).toBe("是否建会与职工人数的单元格数不一致（2 对 3）");
  });

  it("gives #DIV/0! for a zero denominator", () => {
    const { value } = evaluate([[""], [""]], ["=UNION.QUOTA(5, 0)", "=UNION.ORGRATE(Data!A1:A2)", "=UNION.BASE(100, 0)", "=UNION.RATE(1, 0)"]);
    for (const row of [0, 1, 2, 3]) expect(errorOf(value(row)).type).toBe("DIV_BY_ZERO");
  });

  it("recalculates when a ledger cell changes", () => {
    const { engine, value } = evaluate(orgLedger, ["=UNION.ORGRATE(Data!B1:B220)"]);
    engine.setCellContents({ sheet: engine.getSheetId("Data")!, row: 219, col: 1 }, "是");
    expect(value(0)).toBeCloseTo(211 / 220, 9);
  });

  it("reads booleans as flags and refuses them as numbers", () => {
    const { value } = evaluate([[true, 1], [false, 2]], ["=UNION.ORGRATE(Data!A1:A2)", "=UNION.CHECKSUM(3, Data!A1:A2)"]);
    expect(value(0)).toBe(0.5);
    expect(errorOf(value(1)).message).toBe("分项 第1行: TRUE 不是数字");
  });
});
