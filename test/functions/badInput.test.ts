import { CustomFunctionsError } from "./customFunctionsRuntime";
import * as fns from "../../src/functions/functions";
import { HALF_WIDTH_IN_CHINESE } from "../../src/core/punctuation";

/**
 * Every custom function against the inputs Excel can hand it: text, blanks, booleans, error values,
 * negatives, huge numbers, NaN/Infinity, ranges of mismatched sizes, 1×1 against n×m. Each gives a
 * figure or the expected Excel error with a message naming the problem; none throws anything else.
 */
type Call = () => unknown;

function outcome(call: Call): string {
  try {
    const value = call();
    return `= ${JSON.stringify(value)}`;
  } catch (error) {
    if (!(error instanceof CustomFunctionsError)) throw error;
    return `${error.code} ${error.message}`;
  }
}

const col = (...values: unknown[]) => values.map((v) => [v]);
const ERR = { error: "#N/A" };
// Excel.CellValue shapes: a formatted number, an entity (its basic value is the #VALUE! error), an empty value.
const FORMATTED = (n: number) => ({
  type: "FormattedNumber",
  basicType: "Double",
  basicValue: n,
  numberFormat: "0.00",
});
const ENTITY = {
  type: "Entity",
  text: "某公司",
  basicType: "Error",
  basicValue: "#VALUE!",
  errorType: "Value",
  properties: {},
};
const EMPTY = { type: "Empty", basicType: "Empty", basicValue: "" };

const MATRIX: Array<[string, Call, string]> = [
  // RATE
  ["RATE text", () => fns.rateOf("约20", 5), "#VALUE! 分子: '约20' 不是数字"],
  ["RATE blank", () => fns.rateOf("", 5), "#VALUE! 分子: 不能为空"],
  ["RATE boolean", () => fns.rateOf(true, 5), "#VALUE! 分子: TRUE 不是数字"],
  ["RATE error value", () => fns.rateOf(ERR, 5), "#VALUE! 分子: 单元格含错误值"],
  ["RATE NaN", () => fns.rateOf(NaN, 5), "#VALUE! 分子: 不是有效数字"],
  ["RATE Infinity", () => fns.rateOf(1, Infinity), "#VALUE! 分母: 不是有效数字"],
  ["RATE zero", () => fns.rateOf(1, 0), "#DIV/0! "],
  ["RATE overflow", () => fns.rateOf(1e300, 1e-10), "#NUM! "],
  // Data types: Excel passes them to `any` arguments as objects (allowCustomDataForDataTypeAny)
  ["RATE formatted number", () => fns.rateOf(FORMATTED(25), 50), "= 0.5"],
  [
    "RATE entity",
    () => fns.rateOf(ENTITY, 50),
    "#VALUE! 分子: 单元格是数据类型（如实体），不是数字",
  ],
  [
    "ORGRATE formatted flags and staff",
    () => fns.orgRateOf(col(FORMATTED(1), "否"), col(FORMATTED(30), 40), 25),
    "= 0.5",
  ],
  [
    "ORGRATE entity flag",
    () => fns.orgRateOf(col("是", ENTITY)),
    "#VALUE! 是否建会 第2行: 单元格是数据类型（如实体），不是是/否标记",
  ],
  ["MEMBERRATE empty value", () => fns.memberRateOf(col(5, EMPTY), col(10, 20)), "= 0.5"],
  // ORGRATE
  [
    "ORGRATE unknown word",
    () => fns.orgRateOf(col("是", "筹建")),
    "#VALUE! 是否建会 第2行: '筹建' 不是是/否标记（可填 是/否、已建/未建、有/无、√/×、Y/N、1/0）",
  ],
  ["ORGRATE all blank", () => fns.orgRateOf(col("", null)), "#DIV/0! "],
  [
    "ORGRATE error cell",
    () => fns.orgRateOf(col("是", ERR)),
    "#VALUE! 是否建会 第2行: 单元格含错误值",
  ],
  ["ORGRATE 1×1", () => fns.orgRateOf([["是"]]), "= 1"],
  [
    "ORGRATE n×m",
    () =>
      fns.orgRateOf([
        ["是", "否"],
        ["否", "否"],
      ]),
    "= 0.25",
  ],
  [
    "ORGRATE mismatched",
    () => fns.orgRateOf(col("是", "否"), col(30), 25),
    "#VALUE! 是否建会与职工人数的单元格数不一致（2 对 1）",
  ],
  [
    "ORGRATE negative staff",
    () => fns.orgRateOf(col("是"), col(-3), 25),
    "#VALUE! 职工人数: 人数或个数不能为负数（-3）",
  ],
  [
    "ORGRATE threshold text",
    () => fns.orgRateOf(col("是"), col(30), "二十五"),
    "#VALUE! 职工人数下限: '二十五' 不是数字",
  ],
  // MEMBERRATE / ENROLRATE
  [
    "MEMBERRATE members > employees",
    () => fns.memberRateOf(col(5, 60), col(10, 50)),
    "#VALUE! 会员人数 第2行: 会员人数（60）大于职工人数（50）",
  ],
  [
    "MEMBERRATE fraction",
    () => fns.memberRateOf(col(2.5), col(10)),
    "#VALUE! 会员人数: 人数或个数应为整数（2.5）",
  ],
  [
    "MEMBERRATE mismatched",
    () => fns.memberRateOf(col(1, 2), [[1, 2, 3]]),
    "#VALUE! 会员人数与职工人数的单元格数不一致（2 对 3）",
  ],
  ["MEMBERRATE row vs column", () => fns.memberRateOf(col(1, 2), [[2, 4]]), "= 0.5"],
  ["MEMBERRATE zero", () => fns.memberRateOf(col(0), col(0)), "#DIV/0! "],
  [
    "ENROLRATE over",
    () => fns.enrolRateOf(col(9), col(8)),
    "#VALUE! 参保人数: 参保人数（9）大于应参保人数（8）",
  ],
  // COVERAGE
  [
    "COVERAGE text staff",
    () => fns.coverageOf(col("是"), col("很多")),
    "#VALUE! 职工人数: '很多' 不是数字",
  ],
  ["COVERAGE blanks", () => fns.coverageOf(col("是", ""), col("", 5)), "= [[1,0]]"],
  // QUOTA
  ["QUOTA zero target", () => fns.quotaOf(5, 0), "#DIV/0! "],
  ["QUOTA negative", () => fns.quotaOf(-1, 5), "#VALUE! 完成数: 不能为负数（-1）"],
  // FUND / SHARE / BASE / DUES
  ["FUND negative", () => fns.fundOf(-100), "#VALUE! 工资总额: 金额不能为负数（-100）"],
  ["FUND rate over 100%", () => fns.fundOf(100, 2), "#VALUE! 计提比例: 比例应在0到100%之间（2）"],
  ["FUND omitted rate", () => fns.fundOf(100, null), "= 2"],
  ["FUND huge", () => fns.fundOf(1e15), "= 20000000000000"],
  ["SHARE text ratio", () => fns.shareOfAmount(100, "两成"), "#VALUE! 比例: '两成' 不是数字"],
  ["SHARE percent text", () => fns.shareOfAmount("2,591,637.10", "20%"), "= 518327.42"],
  ["BASE zero ratio", () => fns.baseOf(100, 0), "#DIV/0! "],
  ["DUES boolean", () => fns.duesOf(false), "#VALUE! 工资: FALSE 不是数字"],
  ["DUES below 10", () => fns.duesOf(9.99), "= 0"],
  // SPLIT
  ["SPLIT not 100%", () => fns.splitOf(100, [[0.6, 0.3]]), "#VALUE! 比例之和须为100%（现为90%）"],
  [
    "SPLIT negative ratio",
    () => fns.splitOf(100, [[1.2, -0.2]]),
    "#VALUE! 比例 第1列: 比例应在0到100%之间（1.2）",
  ],
  ["SPLIT all blank", () => fns.splitOf(100, [["", ""]]), "#VALUE! 比例: 至少需要一个比例"],
  ["SPLIT column", () => fns.splitOf(1000.1, col(0.6, 0.25, 0.15)), "= [[600.05,250.03,150.02]]"],
  // PREMIUM
  [
    "PREMIUM missing price",
    () => fns.premiumOf([[3, 2]], [[15, ""]]),
    "#VALUE! 单价 第2列: 有参保人数但缺少单价",
  ],
  [
    "PREMIUM mismatched",
    () => fns.premiumOf([[3, 2]], [[15]]),
    "#VALUE! 人数与单价的单元格数不一致（2 对 1）",
  ],
  // CHECKSUM
  [
    "CHECKSUM text part",
    () => fns.checksumOf(10, col(4, "六")),
    "#VALUE! 分项 第2行: '六' 不是数字",
  ],
  ["CHECKSUM seed", () => fns.checksumOf(8168, [[4040, 688, 1262, 2170]]), "= 8"],
  ["CHECKSUM blank total", () => fns.checksumOf("", [[1]]), "#VALUE! 合计: 不能为空"],
  // PCT / WAN / QUOTATEXT
  ["PCT decimals text", () => fns.pctOf(0.5, "一"), "#VALUE! 小数位数: '一' 不是数字"],
  ["PCT decimals out of range", () => fns.pctOf(0.5, 11), "#VALUE! 小数位数: 应为0到10的整数（11）"],
  ["PCT omitted decimals", () => fns.pctOf(210 / 220, null), '= "95.5%"'],
  ["WAN text", () => fns.wanOf("五百万"), "#VALUE! 金额: '五百万' 不是数字"],
  ["QUOTATEXT zero target", () => fns.quotaTextOf(5, 0, "家"), "#DIV/0! "],
  [
    "QUOTATEXT omitted unit",
    () => fns.quotaTextOf(58, 50, null),
    '= "超额完成任务,实际完成58,完成率116.0%"',
  ],
];

describe("bad input for every custom function", () => {
  it.each(MATRIX)("%s", (_name, call, expected) => {
    expect(outcome(call)).toBe(expected);
  });

  it("writes its Chinese in full-width punctuation after the contract's \"<argument> 第7行: \" prefix", () => {
    const messages = MATRIX.map(([, , expected]) => expected).filter((m) => m.startsWith("#VALUE! "));
    expect(messages.length).toBeGreaterThan(20);
    for (const m of messages) {
      // docs/functions.md fixes the prefix ("会员人数 第7行: '约20' 不是数字"); what follows is Chinese prose.
      const prose = m.slice("#VALUE! ".length).replace(/^[^:：]*: /, "");
      expect({ m, half: HALF_WIDTH_IN_CHINESE.test(prose) }).toEqual({ m, half: false });
    }
  });

  it("covers every function of the contract", () => {
    const ids = new Set(MATRIX.map(([name]) => name.split(" ")[0]));
    expect([...ids].sort()).toEqual([
      "BASE",
      "CHECKSUM",
      "COVERAGE",
      "DUES",
      "ENROLRATE",
      "FUND",
      "MEMBERRATE",
      "ORGRATE",
      "PCT",
      "PREMIUM",
      "QUOTA",
      "QUOTATEXT",
      "RATE",
      "SHARE",
      "SPLIT",
      "WAN",
    ]);
  });
});
