/**
 * The results blocks carry the value of each formula as core computes it (file writers save it with
 * the formula, so viewers and the pane's own check show the figure, not a blank): for any ledger,
 * payroll or counts, each saved value is what a formula engine gives for the formula.
 */
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import { coverageBlock } from "../../../src/core/blocks/coverage";
import { fundBlock } from "../../../src/core/blocks/funds";
import { insuranceBlock } from "../../../src/core/blocks/insurance";
import type { SheetPlan } from "../../../src/core/sheetPlan";
import { buildEngine } from "../../functions/hyperFormulaHost";
import { generatedMetadata } from "../../functions/metadata";
import { placePlan } from "./placePlan";

let meta: Awaited<ReturnType<typeof generatedMetadata>>;
beforeAll(async () => {
  meta = await generatedMetadata();
});

/** Each formula cell's saved result beside what the engine computes for it, the plan written at E1 of Sheet1. */
function savedAndComputed(sheet: unknown[][], plan: SheetPlan) {
  const engine = buildEngine(meta.functions, meta.associate, {
    Sheet1: placePlan(sheet, "E1", plan),
  });
  const id = engine.getSheetId("Sheet1")!;
  return plan.cells
    .filter((c) => c.formula !== undefined)
    .map((c) => {
      const v = engine.getCellValue({ sheet: id, row: c.row, col: 4 + c.col });
      return {
        formula: c.formula,
        saved: c.result,
        computed: v instanceof DetailedCellError ? v.value : v,
      };
    });
}

function expectSame(rows: ReturnType<typeof savedAndComputed>): void {
  for (const { formula, saved, computed } of rows) {
    if (typeof computed === "string" && computed.startsWith("#")) {
      expect({ formula, saved }).toEqual({ formula, saved: undefined }); // an error is never saved as a figure
    } else if (typeof computed === "number") {
      expect({ formula, saved: typeof saved }).toEqual({ formula, saved: "number" });
      expect(Math.abs((saved as number) - computed)).toBeLessThan(1e-9);
    } else {
      expect({ formula, saved }).toEqual({ formula, saved: computed });
    }
  }
}

const flag = fc.constantFrom("是", "否", null, "是 ");
const staff = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(null));

describe("saved values of the results blocks", () => {
  it("coverage: 组建率, 入会率 and the counts over any ledger", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(flag, staff, staff), { minLength: 1, maxLength: 30 }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        (rows, minEmployees) => {
          const n = rows.length;
          const sheet = rows.map(([f, e, m]) => [f, e, m]);
          const col = (i: number) => rows.map((r) => [r[i]]);
          const plan = coverageBlock(
            {
              established: `Sheet1!A1:A${n}`,
              employees: `Sheet1!B1:B${n}`,
              members: minEmployees === undefined ? `Sheet1!C1:C${n}` : undefined,
              minEmployees,
            },
            {
              established: col(0),
              employees: col(1),
              members: minEmployees === undefined ? col(2) : undefined,
            }
          );
          expectSame(savedAndComputed(sheet, plan));
        }
      ),
      { numRuns: 25 }
    );
  });

  it("coverage: the sample's 95.5% is saved as 210/220, and nothing is saved without the values", () => {
    const flags = Array.from({ length: 220 }, (_, i) => [i < 210 ? "是" : "否"]);
    const plan = coverageBlock({ established: "Sheet1!A1:A220" }, { established: flags });
    expect(plan.cells.find((c) => c.formula)!.result).toBeCloseTo(210 / 220, 12);
    expect(
      coverageBlock({ established: "Sheet1!A1:A220" }).cells.find((c) => c.formula)!.result
    ).toBeUndefined();
  });

  it("funds: 计提经费, each level's share and a check of 0, from a number or a payroll range", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 10_000_000 }).map((fen) => fen / 100),
          { minLength: 1, maxLength: 8 }
        ),
        fc.constantFrom([0.6, 0.4], [0.6, 0.2, 0.15, 0.05], [1], [0.5, 0.3, 0.2]),
        fc.boolean(),
        (payrolls, ratios, fromRange) => {
          const levels = ratios.map((ratio, i) => ({ name: `第${i + 1}级`, ratio }));
          const total = payrolls.reduce((a, b) => a + b, 0);
          const sheet = payrolls.map((p) => [p]);
          const plan = fromRange
            ? fundBlock(
                { anchor: "Sheet1!E1", payroll: `Sheet1!A1:A${payrolls.length}`, levels },
                { payroll: Math.round(total * 100) / 100 }
              )
            : fundBlock({ anchor: "Sheet1!E1", payroll: Math.round(total * 100) / 100, levels });
          const rows = savedAndComputed(sheet, plan);
          expectSame(rows);
          expect(rows[rows.length - 1].saved).toBe(0); // 合计核对: saved as a 0, not left blank
        }
      ),
      {
        numRuns: 25,
        // Adds up to 514371.74999999994 in floats: the 2% sits a hair under the half fen unless the sum is rounded to the fen.
        examples: [
          [
            [96549.03, 46555.81, 30628.57, 75048.18, 36328.16, 95805.34, 95111.81, 38344.85],
            [0.6, 0.4],
            true,
          ],
        ],
      }
    );
  });

  it("insurance: the seed's counts, totals, the 8168 vs 8160 difference and completion, with counts read from cells", () => {
    const sheet = [[4040], [688], [1262], [2170], [8168]];
    const plan = insuranceBlock(
      {
        anchor: "Sheet1!E1",
        categories: [4040, 688, 1262, 2170].map((_, i) => ({
          name: `类${i}`,
          count: `Sheet1!A${i + 1}`,
          price: i < 2 ? 50 : 15,
        })),
        statedTotal: "Sheet1!A5",
        target: 8000,
      },
      { counts: [4040, 688, 1262, 2170], statedTotal: 8168 }
    );
    const rows = savedAndComputed(sheet, plan);
    expectSame(rows);
    expect(rows.map((r) => r.saved)).toEqual([
      4040,
      688,
      1262,
      2170,
      8160,
      4040 * 50 + 688 * 50 + 1262 * 15 + 2170 * 15,
      8168,
      8,
      1.02,
      "超额完成任务,实际完成8160人,完成率102.0%",
    ]);
  });
});
