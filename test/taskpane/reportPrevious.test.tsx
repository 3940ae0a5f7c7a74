/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { browserFileMode, type FileModeActions } from "../../src/taskpane/filemode/fileSession";
import { renderPane, SLOW } from "./renderPane";
import { sampleWorkbook } from "./sampleFake";

/** The report page's 上年工作簿 picker: 同比 from last year's workbook, in Excel (a fake) and in file mode. */
const SAMPLES = path.join(__dirname, "../../assets/samples");
const LONG = { timeout: 30000 };
const xlsx = (name: string, bytes: Uint8Array | string) =>
  new File([bytes as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
const lastYearFile = () =>
  xlsx(
    "东湖街道2023.xlsx",
    fs.readFileSync(path.join(SAMPLES, "street-union-sample-last-year.xlsx"))
  );
const pickPrevious = () => screen.getByLabelText("选择上年工作簿", { selector: "input" });

describe("报告: 上年工作簿 (同比)", () => {
  it("in Excel: states 同比 from the picked file, writes its figures in a 上年数 column, and says where they came from", async () => {
    const workbook = sampleWorkbook();
    const { user, page, openTab } = renderPane({ workbook });
    await openTab("报告");
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), SLOW);
    expect(page().getByText("未选择（不作同比）")).toBeInTheDocument();
    await user.upload(pickPrevious(), lastYearFile());
    expect(page().getByText("东湖街道2023.xlsx")).toBeInTheDocument();

    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    const preview = await page().findByRole("region", { name: "报告草稿预览" }, LONG);
    expect(preview).toHaveTextContent(
      "其中已建会（含联合工会覆盖）212家，较上年增加16家，增长8.2%，组建率达96.4%，较上年提高2.1个百分点，保持在90%以上"
    );
    expect(
      page().getByText(/^同比：\d+项指标的上年数取自“东湖街道2023\.xlsx”$/)
    ).toBeInTheDocument();
    const data = workbook.added.find((a) => a.name === "报告数据")!;
    expect(data.plan.cells.filter((c) => c.row === 2).map((c) => c.value)).toEqual([
      "指标",
      "数值",
      "来源",
      "上年数",
    ]);

    // Cleared: the next draft has no 同比 and never says 保持.
    await user.click(page().getByRole("button", { name: "不用上年工作簿" }));
    expect(page().getByText("未选择（不作同比）")).toBeInTheDocument();
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(await page().findByText(/已新建工作表“报告草稿 \(2\)”/, {}, LONG)).toBeInTheDocument();
    const again = page().getByRole("region", { name: "报告草稿预览" });
    expect(again.textContent).not.toMatch(/较上年|同比|保持/);
  });

  it("a file that cannot be read is one sentence, and the draft is written without 同比", async () => {
    const workbook = sampleWorkbook();
    const { user, page, openTab } = renderPane({ workbook });
    await openTab("报告");
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), SLOW);
    await user.upload(pickPrevious(), xlsx("坏.xlsx", "not a workbook"));
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    const preview = await page().findByRole("region", { name: "报告草稿预览" }, LONG);
    expect(preview.textContent).not.toMatch(/较上年|与上年持平/);
    expect(
      page().getByText(/^上年工作簿无法读取（.*坏\.xlsx.*），本报告未作同比。$/)
    ).toBeInTheDocument();
    expect(workbook.added.map((a) => a.name)).toEqual(["报告数据", "核对事项", "报告草稿"]);
  });

  it("in file mode: the downloaded workbook carries the 上年数 column and the 同比 sentences", async () => {
    const downloads: Array<{ bytes: Uint8Array; fileName: string }> = [];
    const actions: FileModeActions = {
      open: browserFileMode.open,
      download: (bytes, fileName) => downloads.push({ bytes, fileName }),
    };
    const { user, page, openTab } = renderPane({ host: "browser", fileMode: actions });
    await user.upload(
      screen.getByLabelText("打开工作簿", { selector: "input" }),
      xlsx("东湖街道2024.xlsx", fs.readFileSync(path.join(SAMPLES, "street-union-sample.xlsx")))
    );
    expect(await screen.findByText("文件模式：东湖街道2024.xlsx", {}, LONG)).toBeInTheDocument();
    await openTab("报告");
    await waitFor(() => expect(page().getByLabelText("年度")).toHaveValue("2024"), LONG);
    await user.upload(pickPrevious(), lastYearFile());
    await user.click(page().getByRole("button", { name: "一键生成报告草稿" }));
    expect(
      await page().findByText(/^同比：\d+项指标的上年数取自“东湖街道2023\.xlsx”$/, {}, LONG)
    ).toBeInTheDocument();
    expect(page().getByRole("region", { name: "报告草稿预览" })).toHaveTextContent(
      "全年举办职工培训9期，较上年增加3期，增长50.0%"
    );

    await user.click(screen.getByRole("button", { name: "下载结果" })); // the file bar's, outside the page
    await waitFor(() => expect(downloads).toHaveLength(1), LONG);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(Buffer.from(downloads[0].bytes) as unknown as ExcelJS.Buffer);
    expect(reopened.getWorksheet("报告数据")!.getCell("D3").value).toBe("上年数");
  });
});
