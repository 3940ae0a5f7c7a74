import { CustomFunctionsError } from "./customFunctionsRuntime";
import { calculate, toExcelError } from "../../src/functions/toExcelError";
import { divZeroError, valueError } from "../../src/core/errors";
import { orgRateOf, splitOf } from "../../src/functions/functions";

describe("errors reaching a cell", () => {
  it("maps core's CalcError kinds to #VALUE! with the message and #DIV/0! without (Excel shows none there)", () => {
    const v = toExcelError(valueError("第7行: '约20' 不是数字")) as unknown as CustomFunctionsError;
    expect([v.code, v.message]).toEqual(["#VALUE!", "第7行: '约20' 不是数字"]);
    const d = toExcelError(divZeroError("x")) as unknown as CustomFunctionsError;
    expect([d.code, d.message]).toEqual(["#DIV/0!", ""]);
  });

  it("the stand-in refuses a message on any code but #VALUE! and #N/A, as the docs say Excel shows none", () => {
    const { Error: CfError, ErrorCode } = (
      globalThis as unknown as { CustomFunctions: typeof CustomFunctions }
    ).CustomFunctions;
    expect(() => new CfError(ErrorCode.divisionByZero, "x")).toThrow(/only on #VALUE! and #N\/A/);
    expect(() => new CfError(ErrorCode.invalidNumber, "x")).toThrow(/only on #VALUE! and #N\/A/);
    expect(new CfError(ErrorCode.notAvailable, "x").message).toBe("x");
  });

  it("shows an unexpected failure as #VALUE! with its message instead of throwing past Excel", () => {
    const e = toExcelError(new TypeError("boom")) as unknown as CustomFunctionsError;
    expect([e.code, e.message]).toEqual(["#VALUE!", "计算出错: boom"]);
    expect(() =>
      calculate(() => {
        throw new TypeError("boom");
      })
    ).toThrow(CustomFunctionsError);
    expect(calculate(() => 42)).toBe(42);
  });

  it("never lets a raw exception escape a function, whatever the arguments", () => {
    for (const bad of [undefined, null, 5, "x", [[{}]], [[NaN]], [[]]]) {
      for (const call of [() => orgRateOf(bad as never), () => splitOf(bad, bad as never)]) {
        expect(call).toThrow(CustomFunctionsError);
      }
    }
  });
});
