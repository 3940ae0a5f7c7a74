/** The 汇总 page's words, Chinese first (kept beside the page: the page is self-contained). */
export const ROLLUP_STRINGS = {
  "zh-CN": {
    intro: "选择或拖入各街道的工作簿（.xlsx，可多选），汇总为分街道汇总表、区报告草稿和核对事项。",
    pick: "选择街道工作簿",
    drop: "把 .xlsx 文件拖到这里",
    chosen: (n: number) => `已选择 ${n} 个文件`,
    year: "汇总年度",
    district: "区名称",
    run: "开始汇总",
    reading: (i: number, n: number, name: string) => `正在读取 ${i}/${n}：${name}`,
    failed: (name: string, why: string) => `${name} 无法读取：${why}`,
    nothing: "没有可汇总的工作簿：所选文件都无法读取或没有台账。",
    done: (rows: number, findings: number, where: string) =>
      `已汇总 ${rows} 个街道，写入${where}；核对事项 ${findings} 处。`,
    inWorkbook: (names: string) => `当前工作簿的新工作表“${names}”`,
    inNewFile: "新工作簿（请下载）",
    download: "下载区汇总工作簿",
    findings: "核对事项",
  },
  "en-US": {
    intro:
      "Choose or drop the streets' workbooks (.xlsx, several at once) to roll them up into figures by street, a district draft and findings.",
    pick: "Choose street workbooks",
    drop: "Drop .xlsx files here",
    chosen: (n: number) => `${n} file${n === 1 ? "" : "s"} chosen`,
    year: "Year",
    district: "District",
    run: "Roll up",
    reading: (i: number, n: number, name: string) => `Reading ${i}/${n}: ${name}`,
    failed: (name: string, why: string) => `${name} cannot be read: ${why}`,
    nothing: "Nothing to roll up: none of the files could be read or held ledgers.",
    done: (rows: number, findings: number, where: string) =>
      `Rolled up ${rows} street${rows === 1 ? "" : "s"} into ${where}; ${findings} finding${findings === 1 ? "" : "s"} to check.`,
    inWorkbook: (names: string) => `new sheets of this workbook (${names})`,
    inNewFile: "a new workbook (download it)",
    download: "Download the district workbook",
    findings: "Findings",
  },
};
