import fc from "fast-check";
import { tabKeyTarget } from "../../src/taskpane/tabKeys";

describe("tabKeyTarget", () => {
  it("moves by one with the arrows, round the ends, and to the ends with Home and End", () => {
    expect(tabKeyTarget("ArrowRight", 0, 4)).toBe(1);
    expect(tabKeyTarget("ArrowRight", 3, 4)).toBe(0);
    expect(tabKeyTarget("ArrowLeft", 2, 4)).toBe(1);
    expect(tabKeyTarget("ArrowLeft", 0, 4)).toBe(3);
    expect(tabKeyTarget("Home", 2, 4)).toBe(0);
    expect(tabKeyTarget("End", 1, 4)).toBe(3);
  });

  it("leaves other keys to the tab (Enter, Space, Tab) and does nothing in an empty row", () => {
    for (const key of ["Enter", " ", "Tab", "ArrowUp", "a"])
      expect(tabKeyTarget(key, 1, 4)).toBeNull();
    expect(tabKeyTarget("ArrowRight", 0, 0)).toBeNull();
  });

  it("from a focus outside the row, the arrows start at an end", () => {
    expect(tabKeyTarget("ArrowRight", -1, 4)).toBe(0);
    expect(tabKeyTarget("ArrowLeft", -1, 4)).toBe(3);
  });

  it("always lands on a tab, and ArrowLeft undoes ArrowRight", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), (count, seed) => {
        const from = seed % count;
        const right = tabKeyTarget("ArrowRight", from, count)!;
        expect(right).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThan(count);
        expect(tabKeyTarget("ArrowLeft", right, count)).toBe(from);
      })
    );
  });
});
