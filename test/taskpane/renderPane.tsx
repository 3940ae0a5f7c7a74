import "./jsdomSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { RibbonStatusSource } from "../../src/taskpane/report/RibbonReportStatus";
import type { FileModeActions } from "../../src/taskpane/filemode/fileSession";
import type { Locale } from "../../src/i18n";
import { FakeWorkbook } from "./fakeWorkbook";

/** Renders the pane as index.tsx does (inside a FluentProvider) over a fake workbook. */
export function renderPane({
  host = "excel",
  workbook = new FakeWorkbook(),
  locale,
  fileMode,
  ribbonStatus,
}: {
  host?: "excel" | "browser";
  workbook?: FakeWorkbook;
  locale?: Locale;
  fileMode?: FileModeActions;
  ribbonStatus?: RibbonStatusSource;
} = {}) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={host}
        workbook={workbook}
        locale={locale}
        fileMode={fileMode}
        ribbonStatus={ribbonStatus}
      />
    </FluentProvider>
  );
  /** The visible page (the other tabs' pages stay mounted but hidden). */
  const page = () => within(screen.getByRole("tabpanel"));
  /** Shows a page by its tab and waits for its chunk (pages other than the first load on demand). */
  const openTab = async (name: string) => {
    await user.click(screen.getByRole("tab", { name }));
    await waitFor(() => expect(document.querySelector("[data-page-loading]")).toBeNull(), { timeout: 10000 });
  };
  /** The figure shown beside a label in the results table. */
  const figure = (label: string) => {
    const header = page().getByRole("rowheader", { name: label });
    return header.closest("tr")!.querySelector("td")!.textContent;
  };
  /** What the live regions say now (a screen reader speaks each change). */
  const announced = () =>
    ["announce-polite", "announce-assertive"].map((id) => screen.getByTestId(id).textContent).join(" | ");
  return { ...view, user, workbook, page, openTab, figure, announced };
}

/** For findBy… after work that reads whole ledgers (detection, checks, the report): slower under a loaded test run. */
export const SLOW = { timeout: 10000 };
