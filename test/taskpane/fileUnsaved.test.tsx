/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { screen, waitFor } from "@testing-library/react";
import { browserFileMode, type FileModeActions } from "../../src/taskpane/filemode/fileSession";
import { renderPane, SLOW } from "./renderPane";
import { alertDialogGone, dialogButton, findAlertDialog } from "./dialogs";

/**
 * Unsaved work in file mode: a page of its own (a fresh document), since Fluent's dialog shares
 * document-wide focus state with whatever earlier tests left open.
 */
const SAMPLE = path.join(__dirname, "../../assets/samples/street-union-sample.xlsx");

function catchingFileMode() {
  const downloads: Array<{ bytes: Uint8Array; fileName: string }> = [];
  const actions: FileModeActions = {
    open: browserFileMode.open,
    download: (bytes, fileName) => downloads.push({ bytes, fileName }),
  };
  return { actions, downloads };
}

function sampleFile(): File {
  return new File([fs.readFileSync(SAMPLE)], "street-union-sample.xlsx");
}

/** Closing the tab: true when the pane asks the browser to warn. */
function closing(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The sample opened in file mode, with a result written into the copy and not yet downloaded. */
async function withUnsavedChanges() {
  const { actions } = catchingFileMode();
  const view = renderPane({ host: "browser", fileMode: actions });
  const input = () => screen.getByLabelText("打开工作簿", { selector: "input" });
  await view.user.upload(input(), sampleFile());
  await screen.findByText("文件模式：street-union-sample.xlsx", {}, { timeout: 20000 });
  expect(closing()).toBe(false);

  await view.user.click(
    await view.page().findByRole("button", { name: "从台账填入是否建会" }, SLOW)
  );
  await view.user.click(screen.getByRole("menuitem", { name: /是否建会/ }));
  await view.page().findByText("已读取 220 个单元格", {}, SLOW);
  await view.user.click(view.page().getByRole("button", { name: "写入工作表" }));
  await view.page().findByText("已写入", {}, SLOW);
  expect(screen.getByText("有尚未下载的更改。")).toBeInTheDocument();
  expect(closing()).toBe(true);

  // Another file while the copy has changes: asked.
  await view.user.upload(input(), new File([fs.readFileSync(SAMPLE)], "other.xlsx"));
  const dialog = await findAlertDialog("打开其他工作簿？");
  expect(dialog).toHaveTextContent("“street-union-sample.xlsx”中写入的结果尚未下载");
  return { ...view, dialog };
}

describe("file mode: changes not downloaded", () => {
  it("asks before another workbook replaces changes not downloaded; 取消 keeps the open one", async () => {
    const { user, dialog } = await withUnsavedChanges();
    await user.click(await dialogButton(dialog, "取消"));
    await alertDialogGone();
    expect(screen.getByText("文件模式：street-union-sample.xlsx")).toBeInTheDocument();
    expect(closing()).toBe(true);
  }, 180_000);

  it("opens the other workbook when the user goes ahead without downloading", async () => {
    const { user, dialog } = await withUnsavedChanges();
    await user.click(await dialogButton(dialog, "不下载，打开其他工作簿"));
    expect(
      await screen.findByText("文件模式：other.xlsx", {}, { timeout: 20000 })
    ).toBeInTheDocument();
    expect(closing()).toBe(false);
  }, 180_000);

  it("asks nothing once the changes are downloaded", async () => {
    const { actions, downloads } = catchingFileMode();
    const { user, page } = renderPane({ host: "browser", fileMode: actions });
    const input = () => screen.getByLabelText("打开工作簿", { selector: "input" });
    await user.upload(input(), sampleFile());
    await screen.findByText("文件模式：street-union-sample.xlsx", {}, { timeout: 20000 });
    await user.click(await page().findByRole("button", { name: "从台账填入是否建会" }, SLOW));
    await user.click(screen.getByRole("menuitem", { name: /是否建会/ }));
    await page().findByText("已读取 220 个单元格", {}, SLOW);
    await user.click(page().getByRole("button", { name: "写入工作表" }));
    await page().findByText("已写入", {}, SLOW);
    await user.click(screen.getByRole("button", { name: "下载结果" }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20000 });
    expect(screen.queryByText("有尚未下载的更改。")).not.toBeInTheDocument();
    expect(closing()).toBe(false);
    await user.upload(input(), new File([fs.readFileSync(SAMPLE)], "other.xlsx"));
    expect(
      await screen.findByText("文件模式：other.xlsx", {}, { timeout: 20000 })
    ).toBeInTheDocument();
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  }, 180_000);
});
