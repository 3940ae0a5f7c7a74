import type { CellValue } from "../../../../src/core/grid";
import type { PreviousValue } from "../../../../src/core/report/lastYear";
import { fundsSection, SMALL_PAYER_STAFF } from "../../../../src/core/report/sections/funds";
import { agreed, placeSection, smallLedger } from "./placedSection";

/**
 * 五、经费 over a fund ledger of seven units, every figure worked out by hand: 计提 7492元 (0.75万元),
 * 上缴 3046元 and 留存 4446元, which round down to 0.30 and 0.44 but are stated 0.30 and 0.45 so that
 * they add up to the 0.75 stated before them; the small-payer split at 25 staff (24 small, 25 and 26
 * large, a blank and a text count in neither, exempted units in neither); exemptions as recorded.
 */
const KEYS = [
  "orgName",
  "employees",
  "allocated",
  "remitted",
  "retained",
  "exempted",
  "exemptionApproval",
  "smallReturn",
];
const ROWS: CellValue[][] = [
  ["甲", 24, 1000, 400, 600, "否", null, 1000],
  ["乙", 25, 2000, 800, 1200, " 否 ", null, 0],
  ["丙", 26, 3992, 1646, 2346, "", null, 0],
  ["丁", null, 200, 80, 120, "否", null, 0],
  ["戊", "30", 300, 120, 180, "否", null, 0],
  ["己", 100, 0, 0, 0, "是", "区工发〔2024〕3号", 0],
  ["庚", 10, 0, 0, 0, "yes", "否", 0],
];

/** The ledger with only some of its columns (and `approval` in place of the 批准 column when given). */
function funds(keys: string[], approval?: CellValue[], rows: CellValue[][] = ROWS) {
  const picked = rows.map((r, i) =>
    keys.map((k) =>
      k === "exemptionApproval" && approval ? (approval[i] ?? null) : r[KEYS.indexOf(k)]
    )
  );
  return smallLedger("funds", "经费台账", keys, picked);
}

function run(
  keys: string[],
  opts: {
    approval?: CellValue[];
    staff?: number;
    previous?: Map<string, PreviousValue>;
    rows?: CellValue[][];
  } = {}
) {
  const ledger = funds(keys, opts.approval, opts.rows);
  const content =
    opts.staff === undefined ? fundsSection(ledger.view) : fundsSection(ledger.view, opts.staff);
  const placed = placeSection(content, [ledger], opts.previous);
  return { content, placed, texts: agreed(placed) };
}

describe("五、经费 without a ledger or its 计提经费 column", () => {
  it("is left out with a note", () => {
    const note = "未找到工会经费收缴台账（或缺少计提经费列），本节从略。";
    expect(fundsSection(undefined)).toEqual({
      id: "funds",
      title: "五、经费",
      figures: [],
      paragraphs: [],
      missing: note,
    });
    expect(fundsSection(funds(["orgName", "remitted"]).view).missing).toBe(note);
  });
});

describe("五、经费 over the whole ledger", () => {
  it("states the allocation and the split that adds up to it, the size bands, exemptions and returns", () => {
    const { content, texts } = run(KEYS);
    expect([content.id, content.title, content.missing]).toEqual(["funds", "五、经费", undefined]);
    expect(texts).toEqual([
      "经费台账共登记单位7家，全年计提工会经费0.75万元，上缴上级工会0.30万元，基层留存0.45万元。",
      "其中职工25人及以上的缴费单位2家，计提经费0.60万元；职工不足25人的小额缴费工会组织1家，计提经费0.10万元。",
      "2家单位免交工会经费，其中经批准1家。",
      "落实小额缴费工会组织经费全额返还政策，返还0.10万元。",
    ]);
    expect(content.charts).toEqual([
      { type: "pie", title: "工会经费分成", figures: ["remitted", "retained"] },
    ]);
  });

  it("labels each figure and names its column", () => {
    const { placed } = run(KEYS);
    const shown = (key: string) => {
      const d = placed.def(key);
      return [d.label, d.format, d.source, placed.value(key)];
    };
    const S = "工会经费收缴台账";
    expect(placed.keys).toEqual([
      "allocated",
      "fundUnits",
      "remitted",
      "retained",
      "fundLargeUnits",
      "fundLargeAllocated",
      "fundSmallUnits",
      "fundSmallAllocated",
      "exemptedUnits",
      "exemptApproved",
      "smallReturn",
    ]);
    expect(shown("allocated")).toEqual(["计提经费(元)", "money", `${S} · 计提经费`, 7492]);
    expect(shown("fundUnits")).toEqual(["经费台账单位数(家)", "count", `${S} · 单位名称`, 7]);
    expect(shown("remitted")).toEqual(["上缴金额(元)", "money", `${S} · 上缴金额`, 3046]);
    expect(shown("retained")).toEqual(["留存金额(元)", "money", `${S} · 留存金额`, 4446]);
    expect(shown("fundLargeUnits")).toEqual([
      "职工25人及以上的缴费单位(家)",
      "count",
      `${S} · 职工人数`,
      2,
    ]);
    expect(shown("fundLargeAllocated")).toEqual([
      "职工25人及以上的缴费单位计提经费(元)",
      "money",
      `${S} · 职工人数、计提经费`,
      5992,
    ]);
    expect(shown("fundSmallUnits")).toEqual([
      "职工不足25人的小额缴费工会组织(家)",
      "count",
      `${S} · 职工人数`,
      1,
    ]);
    expect(shown("fundSmallAllocated")).toEqual([
      "职工不足25人的小额缴费工会组织计提经费(元)",
      "money",
      `${S} · 职工人数、计提经费`,
      1000,
    ]);
    expect(shown("exemptedUnits")).toEqual(["免交单位数(家)", "count", `${S} · 是否免交`, 2]);
    expect(shown("exemptApproved")).toEqual([
      "经批准免交单位数(家)",
      "count",
      `${S} · 是否免交、免交批准文号`,
      1,
    ]);
    expect(shown("smallReturn")).toEqual(["小额缴费返还(元)", "money", `${S} · 小额返还`, 1000]);
  });

  it("compares the allocation with last year's", () => {
    const previous = new Map<string, PreviousValue>([["allocated", { value: 10000 }]]);
    expect(run(["allocated"], { previous }).texts).toEqual([
      "全年计提工会经费0.75万元，较上年减少0.25万元，同比下降25.1%。",
    ]);
  });
});

describe("money to the fen, and parts that add up", () => {
  it("rounds every sum of money to the fen, and states the small band so the two bands add up", () => {
    // Fractions of a fen, as a ledger computed by formula holds them: each sum is to the fen.
    const rows: CellValue[][] = [
      ["甲", 30, 2973.004, 1000.003, 1973.001, "否", null, 100.004],
      ["乙", 40, 2973, 1000, 1973, "否", null, 0],
      ["丙", 10, 1046, 0, 1046, "否", null, 0],
    ];
    const { placed, texts } = run(KEYS, { rows });
    const values = [
      "allocated",
      "remitted",
      "retained",
      "fundLargeAllocated",
      "fundSmallAllocated",
      "smallReturn",
    ];
    expect(values.map(placed.value)).toEqual([6992, 2000, 4992, 5946, 1046, 100]);
    // 0.5946 and 0.1046 round to 0.59 and 0.10, which make 0.69: the small band is stated 0.11, so
    // that the two make the 0.70 of 6992元 (the rounding difference, within 0.01万元).
    expect(texts).toEqual([
      "经费台账共登记单位3家，全年计提工会经费0.70万元，上缴上级工会0.20万元，基层留存0.50万元。",
      "其中职工25人及以上的缴费单位2家，计提经费0.59万元；职工不足25人的小额缴费工会组织1家，计提经费0.11万元。",
      "本年度无免交单位。",
      "落实小额缴费工会组织经费全额返还政策，返还0.01万元。",
    ]);
  });
});

describe("what the ledger lacks is left out", () => {
  it("with 计提经费 alone: one sentence, no chart", () => {
    const { content, texts } = run(["allocated"]);
    expect(texts).toEqual(["全年计提工会经费0.75万元。"]);
    expect(content.figures.map((f) => f.key)).toEqual(["allocated"]);
    expect(content.charts).toEqual([]);
  });

  it("留存 without 上缴 is stated as its own rounding, and makes no chart", () => {
    const { content, texts } = run(["allocated", "retained"]);
    expect(texts).toEqual(["全年计提工会经费0.75万元，基层留存0.44万元。"]);
    expect(content.charts).toEqual([]);
  });

  it("without 是否免交 the bands are of every unit, exempted or not", () => {
    const { texts } = run(["allocated", "employees"]);
    // 乙 25, 丙 26 and 己 100 (0元); 甲 24 and 庚 10 (0元).
    expect(texts[1]).toBe(
      "其中职工25人及以上的单位3家，计提经费0.60万元；职工不足25人的小额缴费工会组织2家，计提经费0.10万元。"
    );
  });

  it("the small-payer staff count from the policy sheet moves the split", () => {
    expect(SMALL_PAYER_STAFF).toBe(25);
    const { texts } = run(["allocated", "employees", "exempted"], { staff: 26 });
    expect(texts[1]).toBe(
      "其中职工26人及以上的缴费单位1家，计提经费0.40万元；职工不足26人的小额缴费工会组织2家，计提经费0.30万元。"
    );
  });
});

describe("exemptions, phrased from what the ledger records", () => {
  const keys = ["allocated", "exempted", "exemptionApproval"];
  const approved = (approval: CellValue[]) => run(keys, { approval }).texts[1];
  it.each([
    [
      "every exempted unit approved",
      [null, null, null, null, null, "区工发〔2024〕3号", "是"],
      "2家单位经批准免交工会经费。",
    ],
    [
      "one of two approved",
      [null, null, null, null, null, "区工发〔2024〕3号", " 否 "],
      "2家单位免交工会经费，其中经批准1家。",
    ],
    ["none approved", [null, null, null, null, null, "无", ""], "2家单位免交工会经费。"],
  ])("%s", (_, approval, said) => expect(approved(approval as CellValue[])).toBe(said));

  it("a 是否免交 column alone: who is exempted, never 经批准", () => {
    const { content, texts } = run(["allocated", "exempted"]);
    expect(texts[1]).toBe("2家单位免交工会经费。");
    expect(content.figures.map((f) => f.key)).toEqual(["allocated", "exemptedUnits"]);
  });

  it("one exempted unit is said; none is 本年度无免交单位", () => {
    const one = ROWS.map((r, i) => (i === 6 ? [...r.slice(0, 5), "否", ...r.slice(6)] : r));
    expect(run(["allocated", "exempted"], { rows: one }).texts[1]).toBe("1家单位免交工会经费。");
    const none = ROWS.map((r) => [...r.slice(0, 5), "否", ...r.slice(6)]);
    expect(run(["allocated", "exempted"], { rows: none }).texts[1]).toBe("本年度无免交单位。");
  });
});
