/**
 * 导出Word: the composed draft as a .docx in the GB/T 9704 layout, built in the pane from the figures
 * as they were read. The docx library is loaded on first use only, as its own chunk ("docx"), so the
 * pane's first paint does not carry it.
 */
import type { ReportDraft } from "../../core/report/composeReport";

export async function draftDocx(
  draft: ReportDraft,
  exportedAt = new Date(),
  /** What a district draft's figures come from (the roll-up's words), for its 说明. */
  basis?: { from: string; edited: string }
): Promise<Uint8Array> {
  const { reportDocxBytes } = await import(/* webpackChunkName: "docx" */ "../../docx/docxBytes");
  return reportDocxBytes(draft, { exportedAt, ...(basis ? { basis } : {}) });
}

/** The title as a file name ("东湖街道总工会2024年工作总结（草稿）.docx"): no character a file system refuses. */
export function docxFileName(title: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").trim();
  return `${safe || "报告草稿"}.docx`;
}
