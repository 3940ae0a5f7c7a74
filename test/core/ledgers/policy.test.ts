import { detectLedger } from "../../../src/core/ledgers/detect";
import { POLICY_PARAMETERS, policyParameterOf, readPolicy, shareRatios } from "../../../src/core/ledgers/policy";
import { exactSum } from "../../../src/core/money";

describe("policy parameters", () => {
  it("name each parameter by its label or a usual synonym", () => {
    expect(policyParameterOf("计提比例")?.key).toBe("fundRate");
    expect(policyParameterOf(" 区总工会 ")?.key).toBe("shareDistrict");
    expect(policyParameterOf("全总分成比例")?.key).toBe("shareNational");
    expect(policyParameterOf("小额缴费标准(人)")?.key).toBe("smallPayerStaffLimit");
    expect(policyParameterOf("随便什么")).toBeNull();
  });

  it("default shares add to 100%", () => {
    expect(exactSum(shareRatios({})).toNumber()).toBe(1);
    expect(new Set(POLICY_PARAMETERS.map((p) => p.key)).size).toBe(POLICY_PARAMETERS.length);
  });

  it("reads a user's sheet: 参数/比例/金额/人数 rows, unknown rows kept aside, the first of a repeat kept", () => {
    const grid = [
      ["参数", "比例", "金额（元）", "人数", "说明"],
      ["计提比例", "2%", null, null, null],
      ["区总工会分成比例", 0.25, null, null, "本区文件"],
      ["区总工会", 0.3, null, null, "重复,不取"],
      ["在职职工住院保费", null, 40, null, null],
      ["小额缴费职工人数标准", null, null, 20, null],
      ["自定义项目", 0.1, null, null, null],
    ];
    const d = detectLedger(grid)!;
    expect(d.schemaId).toBe("policy");
    const p = readPolicy(grid, d);
    expect(p.values).toEqual({ fundRate: 0.02, shareDistrict: 0.25, premiumServing: 40, smallPayerStaffLimit: 20 });
    expect(p.unknownRows).toEqual([6]);
    expect(shareRatios(p.values)[2]).toBe(0.25);
  });

  it("refuses a share over 100%, naming the row", () => {
    const grid = [["参数", "比例"], ["计提比例", 2]];
    expect(() => readPolicy(grid, detectLedger(grid)!)).toThrow("第2行 计提比例");
  });
});
