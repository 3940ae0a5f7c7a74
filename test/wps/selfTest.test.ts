/**
 * The self-test against the fake ET model: every host method passes on a scratch sheet without
 * touching the user's sheets, and a host that breaks one method gets that check, and only that one,
 * reported failed with what was seen.
 */
import { runSelfTest } from "../../src/wps/selfTest";
import { WpsWorkbook } from "../../src/wps/wpsWorkbook";
import { FakeApplication } from "./fakeEt";

/** The fake does not calculate: it answers for the two formulas the self-test writes, as WPS would. */
function calculating(): FakeApplication {
  const app = new FakeApplication(["台账"]);
  app.workbook!.sheet("台账").Range("A1").Value2 = "用户数据";
  app.evaluate = (formula) => ({ "=SUM(C4:C5)": 155, "=UNION.ORGRATE(B4:B5)": 0.5 })[formula];
  return app;
}

describe("the WPS self-test", () => {
  it("passes every check on a scratch sheet and leaves the user's sheets alone", async () => {
    const app = calculating();
    const results = await runSelfTest(new WpsWorkbook(app));
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results).toHaveLength(9);
    expect(app.workbook!.sheets.map((s) => s.Name)).toEqual([
      "台账",
      "UnionStats自检",
      "UnionStats设置",
    ]);
    expect(app.workbook!.sheet("台账").cell(0, 0)?.value).toBe("用户数据");
    expect(app.workbook!.sheet("UnionStats自检").charts).toHaveLength(1);
  });

  it("reports a broken method as failed with what it saw, and runs the rest", async () => {
    const app = calculating();
    app.evaluate = undefined; // as in a WPS without custom functions: the formulas show nothing
    const host = new WpsWorkbook(app);
    host.selectRange = async () => {
      throw new Error("Range 类的 Select 方法失败");
    };
    const results = await runSelfTest(host);
    const failed = results.filter((r) => !r.passed);
    expect(failed.map((r) => r.name)).toEqual([
      "公式计算(=SUM)",
      "自定义函数(=UNION.ORGRATE,需 WPS 12.1.0.20540 或更新)",
      "选中单元格并读取选区(selectRange、readSelection)",
    ]);
    expect(failed[1].detail).toBe("读到的是 null");
    expect(failed[2].detail).toBe("Range 类的 Select 方法失败");
  });
});
