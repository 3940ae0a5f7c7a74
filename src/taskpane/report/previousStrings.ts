/** The report page's words for last year's workbook (同比), kept beside the page: not in the first paint. */
export const PREVIOUS_STRINGS = {
  "zh-CN": {
    label: "上年工作簿",
    pick: "选择上年工作簿",
    none: "未选择（不作同比）",
    clear: "不用上年工作簿",
    hint: "选择上一年的台账工作簿，报告写同比（较上年增加、减少）；该文件只读取，不会改动。",
    used: (figures: number, source: string) => `同比：${figures}项指标的上年数取自“${source}”`,
  },
  "en-US": {
    label: "Last year's workbook",
    pick: "Choose last year's workbook",
    none: "None chosen (no year-over-year figures)",
    clear: "Do not use last year's workbook",
    hint: "Choose last year's ledger workbook for year-over-year figures (同比); the file is only read, never changed.",
    used: (figures: number, source: string) =>
      `Year over year: last year's values of ${figures} figures from "${source}"`,
  },
};
