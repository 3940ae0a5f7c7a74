import { hiddenTabs } from "../../src/taskpane/fittingTabs";

/** Seven tabs of 60 px and a 24 px 更多页面 button, as the pane's row has them. */
const row = (available: number, selected = 0) =>
  hiddenTabs({ widths: Array(7).fill(60), selected, available, more: 24, minimumVisible: 2 });

describe("hiddenTabs", () => {
  it("hides nothing when every tab fits, to the pixel", () => {
    expect(row(420)).toEqual([]);
    expect(row(419.6)).toEqual([]);
  });

  it("hides the last tabs in order, leaving room for 更多页面", () => {
    // 419 px: 7 × 60 does not fit; 6 × 60 + 24 = 384 does.
    expect(row(419)).toEqual([6]);
    // 300 px: 4 × 60 + 24 = 264 fits, 5 × 60 + 24 = 324 does not.
    expect(row(300)).toEqual([4, 5, 6]);
  });

  it("always shows the selected tab, in place of the last one that would fit", () => {
    // 300 px with the sixth tab selected: it and the first three show.
    expect(row(300, 5)).toEqual([3, 4, 6]);
  });

  it("keeps the tabs in order: once one does not fit, a narrower one after it is hidden too", () => {
    expect(
      hiddenTabs({
        widths: [60, 60, 120, 20],
        selected: 0,
        available: 200,
        more: 24,
        minimumVisible: 1,
      })
    ).toEqual([2, 3]);
  });

  it("shows the minimum number of tabs even in a row too narrow for them", () => {
    expect(row(50)).toEqual([2, 3, 4, 5, 6]);
    expect(row(50, 3)).toEqual([1, 2, 4, 5, 6]);
  });

  it("shows every tab when nothing has a width yet (before layout, or in a test's DOM)", () => {
    expect(
      hiddenTabs({ widths: [0, 0, 0], selected: 1, available: 0, more: 0, minimumVisible: 2 })
    ).toEqual([]);
  });
});
