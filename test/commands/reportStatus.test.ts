import { doneMessage } from "../../src/commands/commands";
import { createReportStatusStore, IDLE } from "../../src/commands/reportStatus";

describe("the report status store", () => {
  it("starts idle, tells subscribers of each change, and stops when they unsubscribe", () => {
    const store = createReportStatusStore();
    expect(store.get()).toBe(IDLE);
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().state));
    store.set({ state: "running", step: "reading", message: "…" });
    const running = store.get();
    store.set({ state: "failed", message: "x", error: { message: "x" } });
    unsubscribe();
    store.set({ state: "done", message: "y" });
    expect(seen).toEqual(["running", "failed"]);
    expect(running).not.toBe(store.get()); // a new snapshot per change, as useSyncExternalStore needs
  });
});

describe("doneMessage", () => {
  it("names the sheet, the formulas, the findings and anything skipped", () => {
    const outcome = { sheetName: "报告草稿 (2)", year: 2024, formulas: 80, findings: 3 };
    expect(doneMessage({ ...outcome, skipped: [] })).toBe(
      '已生成工作表"报告草稿 (2)"(2024年):80 个公式,数据核对发现 3 处需要核实。'
    );
    expect(doneMessage({ ...outcome, skipped: ["charts", "validations"] })).toMatch(
      /此版本的 Excel 不支持图表、下拉列表,已略过。$/
    );
  });
});
