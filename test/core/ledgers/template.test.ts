import { detectLedger } from "../../../src/core/ledgers/detect";
import { LEDGER_SCHEMAS, schemaById } from "../../../src/core/ledgers/schemas";
import { ledgerTemplatePlan, tableName } from "../../../src/core/ledgers/template";
import type { SheetPlan } from "../../../src/core/sheetPlan";

function gridOf(plan: SheetPlan): unknown[][] {
  const grid: unknown[][] = [];
  for (const c of plan.cells) {
    while (grid.length <= c.row) grid.push([]);
    grid[c.row][c.col] = c.value;
  }
  return grid.map((r) => Array.from(r, (v) => v ?? null));
}

describe("ledger templates", () => {
  it.each(LEDGER_SCHEMAS.map((s) => [s.id, s] as const))("lays out %s so detection finds it again", (_id, schema) => {
    const plan = ledgerTemplatePlan(schema);
    expect(plan.cells.filter((c) => c.row === 0).map((c) => c.value)).toEqual(schema.fields.map((f) => f.label));
    expect(plan.freeze).toEqual({ rows: 1, cols: 0 });
    expect(plan.tables?.[0].name).toBe(tableName(schema));
    expect(tableName(schema)).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    const detection = detectLedger(gridOf(ledgerTemplatePlan(schema, [{ [schema.fields[0].key]: "示例" }])) as never);
    expect(detection?.schemaId).toBe(schema.id);
  });

  it("gives flags 是/否 and categories their lists, and formats numbers", () => {
    const orgs = schemaById("organisations");
    const plan = ledgerTemplatePlan(orgs, [{ orgName: "甲公司", employees: 30, unionEstablished: "是" }]);
    const col = (key: string) => orgs.fields.findIndex((f) => f.key === key);
    expect(plan.validations).toContainEqual({ row: 1, col: col("unionEstablished"), rows: 200, cols: 1, list: ["是", "否"] });
    expect(plan.validations).toContainEqual(expect.objectContaining({ col: col("unionForm"), list: ["单独", "联合"] }));
    expect(plan.cells).toContainEqual({ row: 1, col: col("employees"), value: 30, numberFormat: "#,##0" });
    expect(plan.tables?.[0]).toMatchObject({ row: 0, col: 0, rows: 2, cols: orgs.fields.length });
  });
});
