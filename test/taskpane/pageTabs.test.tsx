/** @jest-environment jsdom */
import "./jsdomSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { PageTabs } from "../../src/taskpane/PageTabs";
import { OVERFLOWING } from "../../src/taskpane/useFittingTabs";

/**
 * jsdom lays nothing out: here a tab is 20 px plus 10 px a character of its label, the tab row 210 px,
 * anything else (the 更多页面 button) 24 px.
 */
function fakeLayout(): void {
  jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement
  ) {
    const width =
      this.getAttribute("role") === "tab"
        ? 20 + 10 * label(this).length
        : this.querySelector(':scope > [role="tablist"]')
          ? 210
          : 24;
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      width,
      height: 20,
      right: width,
      bottom: 20,
      toJSON: () => ({}),
    };
  });
}

/** A tab's label (the tab repeats it, hidden, to reserve the width of its bold form). */
function label(tab: HTMLElement): string {
  return tab.querySelector("span:not([aria-hidden])")?.textContent ?? "";
}

/** Every change of a tab's data-overflowing mark, in order: [label, marked]. */
function watchMarks(): Array<[string, boolean]> {
  const changes: Array<[string, boolean]> = [];
  new MutationObserver((records) => {
    for (const r of records) {
      const tab = r.target as HTMLElement;
      // No old value: the mark was set by this change; an old value: it was taken off.
      changes.push([label(tab), r.oldValue === null]);
    }
  }).observe(document.body, {
    attributes: true,
    attributeFilter: [OVERFLOWING],
    attributeOldValue: true,
    subtree: true,
  });
  return changes;
}

const pages = (labels: string[]) => labels.map((label, i) => ({ key: `p${i}`, label }));
const ZH = ["组织覆盖", "经费", "互助", "台账", "核对", "报告", "汇总"];
const EN = ["Coverage", "Funds", "Insurance", "Ledgers", "Checks", "Report", "Roll-up"];

function tabs(labels: string[]) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PageTabs pages={pages(labels)} selected="p0" onSelect={() => undefined} />
    </FluentProvider>
  );
}

/** The labels marked, then the labels cleared: each change once, the marks all before the clearing. */
function markedThenCleared(marks: Array<[string, boolean]>): {
  marked: string[];
  cleared: string[];
} {
  const firstClear = marks.findIndex(([, marked]) => !marked);
  const before = firstClear < 0 ? marks : marks.slice(0, firstClear);
  const after = firstClear < 0 ? [] : marks.slice(firstClear);
  expect(before.every(([, marked]) => marked)).toBe(true);
  expect(after.every(([, marked]) => !marked)).toBe(true);
  return { marked: before.map(([l]) => l).sort(), cleared: after.map(([l]) => l).sort() };
}

/** The row as the pane uses it: a click or Enter selects. */
function SelectingTabs({ labels }: { labels: string[] }) {
  const [selected, setSelected] = useState("p0");
  return (
    <FluentProvider theme={webLightTheme}>
      <PageTabs pages={pages(labels)} selected={selected} onSelect={setSelected} />
    </FluentProvider>
  );
}

afterEach(() => jest.restoreAllMocks());

describe("the tab row", () => {
  it("marks the tabs that do not fit for the first paint, then leaves them to React and 更多页面", async () => {
    fakeLayout();
    const marks = watchMarks();
    render(tabs(ZH));
    // 60 + 40 + 40 + 40 = 180 px, and 24 px for 更多页面, fit 210 px; 核对 would not.
    expect(await screen.findByRole("button", { name: "更多页面 (3)" })).toBeInTheDocument();
    await Promise.resolve(); // the MutationObserver's last records
    const hidden = ["核对", "报告", "汇总"].sort();
    expect(markedThenCleared(marks)).toEqual({ marked: hidden, cleared: hidden });
    expect(document.querySelectorAll(`[${OVERFLOWING}]`)).toHaveLength(0);
  });

  it("measures again when the labels change (the language switch), every tab at its own width", async () => {
    fakeLayout();
    const { rerender } = render(tabs(ZH));
    await screen.findByRole("button", { name: "更多页面 (3)" });
    const marks = watchMarks();
    rerender(tabs(EN));
    // Coverage 100 + Funds 70 + 24 = 194 px fit; Insurance and the rest do not.
    expect(await screen.findByRole("button", { name: "更多页面 (5)" })).toBeInTheDocument();
    await Promise.resolve();
    const hidden = ["Insurance", "Ledgers", "Checks", "Report", "Roll-up"].sort();
    expect(markedThenCleared(marks)).toEqual({ marked: hidden, cleared: hidden });
    expect(document.querySelectorAll(`[${OVERFLOWING}]`)).toHaveLength(0);
  });

  it("marks nothing when every tab fits", async () => {
    fakeLayout();
    const marks = watchMarks();
    render(tabs(["一", "二", "三"]));
    expect(await screen.findAllByRole("tab")).toHaveLength(3);
    await Promise.resolve();
    expect(marks).toEqual([]);
    expect(screen.queryByRole("button", { name: /更多页面/ })).not.toBeInTheDocument();
  });

  it("is one stop in the Tab order, the selected tab until the arrows move it; the arrows, Home and End move among the tabs on screen", async () => {
    fakeLayout();
    const user = userEvent.setup();
    render(<SelectingTabs labels={ZH} />);
    // The menu's own button, not the disabled stand-in shown while its chunk loads.
    await waitFor(() => expect(screen.getByRole("button", { name: "更多页面 (3)" })).toBeEnabled());
    const tab = (name: string) => screen.getByRole("tab", { name });
    expect(screen.getAllByRole("tab").filter((t) => t.tabIndex === 0)).toEqual([tab("组织覆盖")]);

    await user.tab();
    expect(tab("组织覆盖")).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(tab("互助")).toHaveFocus();
    // Focus alone does not open a page: Enter does.
    expect(tab("组织覆盖")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(tab("互助")).toHaveAttribute("aria-selected", "true");
    expect(tab("互助").tabIndex).toBe(0);
    expect(tab("组织覆盖").tabIndex).toBe(-1);
    // Space opens a page too; arrows with Alt, Ctrl or Meta are the browser's (Alt+← is Back).
    await user.keyboard("{ArrowLeft}");
    await user.keyboard("{Alt>}{ArrowRight}{/Alt}{Control>}{Home}{/Control}");
    expect(tab("经费")).toHaveFocus();
    await user.keyboard(" ");
    expect(tab("经费")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowRight}{Enter}");
    expect(tab("互助")).toHaveAttribute("aria-selected", "true");

    // 台账 is the last tab on screen: 核对, 报告 and 汇总 are under 更多页面, and the arrows skip them.
    await user.keyboard("{End}");
    expect(tab("台账")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tab("组织覆盖")).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(tab("台账")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tab("组织覆盖")).toHaveFocus();

    // The row's stop in the Tab order follows the arrows, and goes back to the selected tab once focus leaves
    // (Tab itself is checked in chromium: test/browser/narrow.test.ts).
    await user.keyboard("{ArrowRight}");
    expect(tab("经费")).toHaveFocus();
    expect(screen.getAllByRole("tab").filter((t) => t.tabIndex === 0)).toEqual([tab("经费")]);
    act(() => screen.getByRole("button", { name: "更多页面 (3)" }).focus());
    expect(screen.getAllByRole("tab").filter((t) => t.tabIndex === 0)).toEqual([tab("互助")]);
  });

  it("makes a clicked tab the stop, and hands focus to the selected tab when the focused one goes under 更多页面", async () => {
    fakeLayout();
    const user = userEvent.setup();
    const { rerender } = render(<SelectingTabs labels={ZH} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "更多页面 (3)" })).toBeEnabled());
    const tab = (name: string) => screen.getByRole("tab", { name });

    // Arrows to 台账, then a click on 经费: the arrows go on from 经费, and 经费 is the one stop.
    await user.tab();
    await user.keyboard("{End}");
    expect(tab("台账")).toHaveFocus();
    await user.click(tab("经费"));
    expect(screen.getAllByRole("tab").filter((t) => t.tabIndex === 0)).toEqual([tab("经费")]);
    await user.keyboard("{ArrowRight}");
    expect(tab("互助")).toHaveFocus();

    // In English only Coverage and Funds fit: Insurance, focused, goes under 更多页面, and focus to Funds.
    rerender(<SelectingTabs labels={EN} />);
    await screen.findByRole("button", { name: "更多页面 (5)" });
    expect(tab("Funds")).toHaveFocus();
    expect(screen.getAllByRole("tab").filter((t) => t.tabIndex === 0)).toEqual([tab("Funds")]);
  });
});
