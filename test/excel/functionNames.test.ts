/**
 * Custom-function formulas written by the names Excel has loaded: Chinese names through formulasLocal
 * under the Chinese metadata, English ids through formulas under the en-US metadata. The fake picks the
 * loaded names from manifest.xml for its display language, and shows #NAME? for a UNION call by id
 * written through Range.formulas under the Chinese names (OfficeDev/office-js#891).
 */
import { coverageBlock } from "../../src/core/blocks/coverage";
import { fundBlock } from "../../src/core/blocks/funds";
import { callsUnionFunction, renameUnionCalls } from "../../src/core/plan/functionNames";
import type { SheetPlan } from "../../src/core/sheetPlan";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { chineseName, functionNamesFor } from "../../src/excel/functionNames";
import { writePlan } from "../../src/excel/writePlan";
import { FakeExcel } from "./fakeExcel";
import { metadataFileFor } from "./loadedFunctionNames";

describe("renameUnionCalls", () => {
  const zh = (id: string) => chineseName(id);
  it("renames calls outside quotes and leaves strings, sheet names and unknown ids alone", () => {
    expect(renameUnionCalls("=UNION.ORGRATE(A1:A9)", zh)).toBe("=UNION.组建率(A1:A9)");
    expect(renameUnionCalls("=INDEX(UNION.COVERAGE(A1:A9,B1:B9),1,2)", zh)).toBe(
      "=INDEX(UNION.覆盖情况(A1:A9,B1:B9),1,2)"
    );
    expect(renameUnionCalls('=UNION.QUOTATEXT(A1,B1,"UNION.FUND(")', zh)).toBe(
      `=UNION.${chineseName("QUOTATEXT")}(A1,B1,"UNION.FUND(")`
    );
    expect(renameUnionCalls("=SUM('UNION.FUND(x'!A1)", zh)).toBe("=SUM('UNION.FUND(x'!A1)");
    expect(renameUnionCalls("=UNION.NOSUCH(A1)+MYUNION.FUND(1)", zh)).toBe(
      "=UNION.NOSUCH(A1)+MYUNION.FUND(1)"
    );
    expect(renameUnionCalls('=""""&UNION.fund(A1,0.02)', zh)).toBe('=""""&UNION.计提经费(A1,0.02)');
  });

  it("finds UNION calls only outside quotes", () => {
    expect(callsUnionFunction("=UNION.FUND(A1,0.02)")).toBe(true);
    expect(callsUnionFunction('="UNION.FUND(A1)"')).toBe(false);
    expect(callsUnionFunction("=SUM(A1:A3)")).toBe(false);
  });

  it("every id of functions.zh-CN.json has a Chinese name", () => {
    for (const id of [
      "RATE",
      "ORGRATE",
      "MEMBERRATE",
      "COVERAGE",
      "FUND",
      "SPLIT",
      "CHECKSUM",
      "PREMIUM",
      "QUOTA",
      "QUOTATEXT",
    ])
      expect([id, chineseName(id)]).toEqual([id, expect.stringMatching(/\p{Script=Han}/u)]);
  });
});

describe("which names Excel loads", () => {
  it("follows the manifest: English for en-US, the Chinese default for every other display language", () => {
    for (const language of ["en-US", "zh-CN", "zh-TW", "fr-FR"]) {
      const expected = metadataFileFor(language) === "functions.json" ? "en-US" : "zh-CN";
      expect([language, functionNamesFor(language)]).toEqual([language, expected]);
    }
    expect(functionNamesFor("en-US")).toBe("en-US");
    expect(functionNamesFor("zh-CN")).toBe("zh-CN");
    expect(functionNamesFor(undefined)).toBe("zh-CN");
  });
});

const plan = (): SheetPlan => {
  const coverage = coverageBlock({
    established: "台账!G2:G221",
    employees: "台账!H2:H221",
    members: "台账!I2:I221",
  });
  const funds = fundBlock({
    anchor: "报告!A21",
    payroll: "台账!J2:J221",
    levels: [
      { name: "基层", ratio: 0.6 },
      { name: "上级", ratio: 0.4 },
    ],
  });
  return { cells: [...coverage.cells, ...funds.cells.map((c) => ({ ...c, row: c.row + 20 }))] };
};

function unionFormulas(p: SheetPlan): string[] {
  return p.cells.flatMap((c) => (c.formula && callsUnionFunction(c.formula) ? [c.formula] : []));
}

describe("writing UNION.* formulas in each display language", () => {
  it.each(["zh-CN", "en-US"])(
    "%s: every formula is stored by id and none shows #NAME?",
    async (language) => {
      const excel = new FakeExcel({ displayLanguage: language });
      const sheet = excel.addSheet("报告");
      const written = plan();
      expect(unionFormulas(written).length).toBeGreaterThan(4);
      await new ExcelWorkbook(excel.run, functionNamesFor(language)).writePlan("报告!A1", written);
      for (const cell of written.cells.filter((c) => c.formula)) {
        const stored = sheet.get(cell.row, cell.col)!;
        expect([cell.formula, stored.formula, stored.value]).toEqual([
          cell.formula,
          cell.formula,
          undefined,
        ]);
        if (callsUnionFunction(cell.formula!))
          expect(String(stored.input)).toMatch(
            language === "zh-CN" ? /UNION\.\p{Script=Han}+\(/u : /UNION\.[A-Z]+\(/
          );
      }
    }
  );

  it("under the Chinese names, English ids through Range.formulas would show #NAME? (why formulasLocal)", async () => {
    const excel = new FakeExcel({ displayLanguage: "zh-CN" });
    const sheet = excel.addSheet("报告");
    const written = plan();
    await writePlan(excel.context, "报告!A1", written, { functionNames: "en-US" });
    const broken = written.cells.filter((c) => sheet.get(c.row, c.col)?.value === "#NAME?");
    expect(broken.map((c) => c.formula)).toEqual(unionFormulas(written));
  });

  it("under the English names, Chinese names would show #NAME?", async () => {
    const excel = new FakeExcel({ displayLanguage: "en-US" });
    const sheet = excel.addSheet("报告");
    const written = plan();
    await writePlan(excel.context, "报告!A1", written, { functionNames: "zh-CN" });
    const broken = written.cells.filter((c) => sheet.get(c.row, c.col)?.value === "#NAME?");
    expect(broken.map((c) => c.formula)).toEqual(unionFormulas(written));
  });
});
