/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { createReportStatusStore } from "../../src/commands/reportStatus";
import { FakeWorkbook } from "./fakeWorkbook";
import { renderPane } from "./renderPane";

describe("the ribbon's report run, shown in the pane", () => {
  it("says when it runs, when it is done and when it failed, with Excel's message", async () => {
    const store = createReportStatusStore();
    renderPane({ workbook: new FakeWorkbook(), ribbonStatus: store });
    expect(screen.queryByText("报告草稿已生成")).not.toBeInTheDocument();
    act(() => store.set({ state: "running", message: "正在读取工作簿…" }));
    expect(screen.getByText("正在读取工作簿…")).toBeInTheDocument();
    act(() => store.set({ state: "done", message: "已新建工作表“报告草稿”" }));
    expect(screen.getByText("报告草稿已生成")).toBeInTheDocument();
    expect(screen.getByText("已新建工作表“报告草稿”")).toBeInTheDocument();
    act(() => store.set({ state: "failed", message: "生成报告草稿失败:InvalidOperation" }));
    expect(screen.getByText("生成报告草稿失败")).toBeInTheDocument();
    expect(screen.getByText("生成报告草稿失败:InvalidOperation")).toBeInTheDocument();
  });
});
