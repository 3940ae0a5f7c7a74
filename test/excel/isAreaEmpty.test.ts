import { isAreaEmpty } from "../../src/excel/isAreaEmpty";
import { FakeExcel } from "./fakeExcel";

function setup() {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("报告草稿");
  excel.activeSheet = "报告草稿";
  return { excel, sheet };
}

describe("isAreaEmpty", () => {
  it("is true for an empty area, in one sync, loading values and formulas only", async () => {
    const { excel } = setup();
    expect(await isAreaEmpty(excel.context, "报告草稿!B2", 10, 4)).toBe(true);
    expect(excel.syncCount).toBe(1);
    expect(excel.loads).toEqual([{ address: "'报告草稿'!B2:E11", props: ["values", "formulas"] }]);
  });

  it('is false when a value, a formula returning "", or a spilled value sits in the area', async () => {
    const { excel, sheet } = setup();
    sheet.fill("E11", [["x"]]);
    expect(await isAreaEmpty(excel.context, "B2", 10, 4)).toBe(false);
    sheet.cells.clear();
    sheet.patch(1, 1, { formula: '=IF(TRUE,"")', value: "" });
    expect(await isAreaEmpty(excel.context, "B2", 10, 4)).toBe(false);
    sheet.cells.clear();
    sheet.patch(2, 2, { value: 7 }); // a spill: a value with no formula of its own
    expect(await isAreaEmpty(excel.context, "B2", 10, 4)).toBe(false);
  });

  it("ignores data just outside the area", async () => {
    const { excel, sheet } = setup();
    sheet.fill("A1", [["left-top"]]);
    sheet.fill("F12", [["right-bottom"]]);
    expect(await isAreaEmpty(excel.context, "B2", 10, 4)).toBe(true);
  });

  it("checks a large area block by block and stops at the first block with content", async () => {
    const { excel, sheet } = setup();
    sheet.fill("A3", [["早"]]);
    expect(await isAreaEmpty(excel.context, "A1", 100_000, 5, 50_000)).toBe(false);
    expect(excel.syncCount).toBe(1);
    expect(await isAreaEmpty(excel.context, "H1", 100_000, 5, 50_000)).toBe(true);
    expect(excel.syncCount).toBe(1 + 10);
  });

  it("rejects an area off the sheet and a missing sheet", async () => {
    const { excel } = setup();
    await expect(isAreaEmpty(excel.context, "XFD1", 1, 2)).rejects.toThrow(RangeError);
    await expect(isAreaEmpty(excel.context, "无!A1", 1, 1)).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
