import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { FLAG_NO_WORDS, FLAG_YES_WORDS } from "../../../src/core/flags";
import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";
import { evaluateDraft } from "./evaluatePlan";

/**
 * Ledgers as offices fill them in, drawn at random: flags in every word the product reads, padded,
 * in lower case, as booleans, 1/0, blank or an unknown word; numbers as numbers, as text, padded
 * text, booleans or blanks; subtotal rows between the units. Whatever they hold, a formula engine
 * computes from the draft's formulas exactly the figures and sentences core computed.
 */
const FLAG_WORDS = [...FLAG_YES_WORDS, ...FLAG_NO_WORDS];

const flag: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...FLAG_WORDS),
  fc.constantFrom(...FLAG_WORDS).map((w) => ` ${w.toLowerCase()}  `),
  fc.constantFrom<CellValue>(true, false, 1, 0, null, "", "  ", "待定", "是的")
);

const count: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 400 }) },
  fc.integer({ min: 0, max: 400 }).map((n) => String(n)),
  fc.integer({ min: 0, max: 400 }).map((n) => ` ${n} `),
  fc.constantFrom<CellValue>(null, true, false, "", "约30", "1,234")
);

const money: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 50_000_000 }).map((fen) => fen / 100) },
  fc.integer({ min: 0, max: 50_000 }).map((n) => `${n}.5`),
  fc.constantFrom<CellValue>(null, true, "", "待核", "1,000.00")
);

const form = fc.constantFrom<CellValue>("单独", "联合", " 联建 ", "单独建会", null, "其他");

const orgRow = fc.tuple(count, count, count, flag, form, count, count, count, flag, flag, flag, flag, flag, money, flag);
const fundRow = fc.tuple(count, money, money, flag, fc.constantFrom<CellValue>(null, "区工发〔2024〕1号", "否", " 无 ", true, 45300));

/** A header, rows named 单位1…, and a 小计 row summing the count columns of the rows before it. */
function ledger(header: string[], rows: CellValue[][], subtotalAfter: number): CellValue[][] {
  const named = rows.map((r, i) => [`单位${i + 1}`, ...r]);
  const at = Math.min(subtotalAfter, named.length);
  const above = named.slice(0, at);
  const subtotal = header.map((_, c) =>
    c === 0 ? "小计" : above.reduce<number>((s, r) => s + (typeof r[c] === "number" ? (r[c] as number) : 0), 0)
  );
  return [header, ...named.slice(0, at), ...(at > 0 && at < named.length ? [subtotal] : []), ...named.slice(at)];
}

const ORG_HEADER = [
  "单位名称",
  "职工人数",
  "女职工",
  "农民工",
  "是否建会",
  "建会方式",
  "会员人数",
  "女会员",
  "农民工会员",
  "是否签订集体合同",
  "工资集体协商",
  "职代会",
  "厂务公开",
  "帮困基金",
  "帮困基金额",
  "本年新建",
];
const FUND_HEADER = ["单位名称", "职工人数", "工资总额", "计提经费", "是否免交", "免交批准文号"];

const workbook = fc
  .record({
    orgs: fc.array(orgRow, { minLength: 1, maxLength: 9 }),
    funds: fc.array(fundRow, { minLength: 1, maxLength: 7 }),
    orgSubtotal: fc.nat(9),
    fundSubtotal: fc.nat(7),
    tasks: fc.tuple(fc.nat(20), fc.nat(20), fc.nat(300)),
  })
  .map(({ orgs, funds, orgSubtotal, fundSubtotal, tasks }): WorkbookSheet[] => [
    { name: "组织台账", grid: ledger(ORG_HEADER, orgs as CellValue[][], orgSubtotal) },
    { name: "经费收缴", grid: ledger(FUND_HEADER, funds as CellValue[][], fundSubtotal) },
    {
      name: "年度任务",
      grid: [
        ["指标", "任务数", "完成数", "单位"],
        ["新建工会", 3, tasks[0], "家"],
        ["签订集体合同", 5, tasks[1], "家"],
        ["工会经费收缴", 1, tasks[2] / 100, "万元"],
      ],
    },
  ]);

describe("messy ledgers: the formula engine agrees with core on every figure and sentence", () => {
  it("for padded, lower-case, boolean and blank flags, numbers as text, and subtotal rows", () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const draft = composeReport(sheets, { year: 2024 });
        const { figure, sentence } = evaluateDraft(sheets, draft);
        expect(draft.figures.length).toBeGreaterThan(10);
        for (const f of draft.figures) {
          const v = figure(f.row);
          expect([f.key, f.formula, typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v]).toEqual([
            f.key,
            f.formula,
            Math.round(f.value * 1e6) / 1e6,
          ]);
        }
        for (const p of draft.paragraphs) expect(sentence(p.row)).toBe(p.text);
      }),
      { numRuns: 30, seed: 20241231 }
    );
  });
});
