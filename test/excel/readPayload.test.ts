import { blockRange, rowBlocks } from "../../src/excel/chunks";
import { isAreaEmpty } from "../../src/excel/isAreaEmpty";
import { READ_BUDGET } from "../../src/excel/readPacer";
import { readAddress, READ_CELLS_PER_SYNC } from "../../src/excel/readRange";
import { readSheets } from "../../src/excel/readSheets";
import { FakeExcel } from "./fakeExcel";

/**
 * Payload per sync on a ledger of long Chinese text, at the largest batch (READ_CELLS_PER_SYNC cells):
 * name, an 18-digit ID as text and a remark of about 110 Chinese characters (330 bytes of UTF-8) a row.
 * The fake measures each sync's JSON and, like Excel on the web, refuses a response over 5 MB.
 */
const REMARK =
  "因工作调动由区总工会转入本单位，会费自次月起按工资总额的百分之零点五缴纳，已与花名册及银行流水逐项核对无误。".repeat(
    2
  );
const ROWS = 40_000;

function longTextLedger(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("台账", {
    rows: ROWS,
    cols: 3,
    value: (r, c) =>
      c === 0
        ? `会员${r}`
        : c === 1
          ? `1101011990${String(r).padStart(8, "0")}`
          : `${r}：${REMARK}`,
  });
  return excel;
}

const LIMIT = 5 * 1024 * 1024;

describe("reads of long Chinese text, batched by bytes as well as cells", () => {
  it("would break Excel on the web's 5 MB cap if batched by cells alone", async () => {
    const excel = longTextLedger();
    excel.payloadLimit = Infinity;
    const range = excel.context.workbook.worksheets.getItem("台账").getRange(`A1:C${ROWS}`);
    const [first] = rowBlocks(ROWS, 3, READ_CELLS_PER_SYNC);
    blockRange(range, first, 3).load("values, numberFormat");
    await excel.context.sync();
    expect(excel.syncs[0].cells).toBeGreaterThan(READ_CELLS_PER_SYNC - 3);
    expect(excel.syncs[0].bytes).toBeGreaterThan(LIMIT);
  });

  it("reads the whole ledger with every answer under the cap, and after the first within the byte budget", async () => {
    const excel = longTextLedger();
    const data = await readAddress(excel.context, `台账!A1:C${ROWS}`);
    expect(data.values).toHaveLength(ROWS);
    for (let r = 0; r < ROWS; r += 997) expect(data.values[r][2]).toBe(`${r}：${REMARK}`);
    expect(data.values[ROWS - 1][0]).toBe(`会员${ROWS - 1}`);
    const answered = excel.syncs.filter((s) => !s.failed);
    const refused = excel.syncs.filter((s) => s.failed);
    // Only the first request cannot know how long the cells are: it may be refused and halved.
    expect(refused.length).toBeLessThanOrEqual(2);
    expect(refused.every((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(excel.syncs.indexOf(answered[0])).toBe(refused.length);
    for (const sync of answered) expect(sync.bytes).toBeLessThan(LIMIT);
    for (const sync of answered.slice(1))
      expect(sync.bytes).toBeLessThanOrEqual(READ_BUDGET.bytesPerSync * 1.01);
  });

  it("reads it through readSheets and checks it through isAreaEmpty the same way", async () => {
    const excel = longTextLedger();
    const [sheet] = await readSheets(excel.context);
    expect(sheet.grid).toHaveLength(ROWS);
    expect(sheet.grid[ROWS - 1][2]).toBe(`${ROWS - 1}：${REMARK}`);
    const answered = excel.syncs.filter((s) => !s.failed);
    for (const sync of answered) expect(sync.bytes).toBeLessThan(LIMIT);
    for (const sync of answered.slice(3))
      expect(sync.bytes).toBeLessThanOrEqual(READ_BUDGET.bytesPerSync * 1.01);

    const checks = longTextLedger();
    expect(await isAreaEmpty(checks.context, "台账!A1", ROWS, 3)).toBe(false);
    expect(checks.syncs.filter((s) => !s.failed)).toHaveLength(1);
    expect(checks.syncs.every((s) => s.bytes < LIMIT || s.failed)).toBe(true);
  });

  it("gives Excel's refusal to the caller once a single row is too large, and any other error at once", async () => {
    const excel = new FakeExcel();
    excel.payloadLimit = 10_000;
    excel.addSheet("台账", { rows: 8, cols: 2, value: () => REMARK.repeat(20) });
    await expect(readAddress(excel.context, "台账!A1:B8")).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    expect(excel.syncs.map((s) => s.cells)).toEqual([16, 8, 4, 2]); // halved down to one row
    const other = longTextLedger();
    other.failSync(1, Object.assign(new Error("GeneralException"), { code: "GeneralException" }));
    await expect(readAddress(other.context, "台账!A1:C10")).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(other.syncCount).toBe(1);
  });
});
