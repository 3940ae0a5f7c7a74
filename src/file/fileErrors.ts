/**
 * Why a file cannot be opened as a workbook, in words a clerk can act on: Chinese first, English
 * after, each naming the file. The CLI prints `message`; the pane can show `zh` and `en` apart.
 */
export type FileProblem =
  | "missing"
  | "not-a-file"
  | "folder"
  | "no-permission"
  | "file-too-large"
  | "word"
  | "office"
  | "empty"
  | "encrypted"
  | "legacy-xls"
  | "ole"
  | "not-zip"
  | "corrupt"
  | "ods"
  | "xlsb"
  | "not-workbook"
  | "too-large"
  | "unreadable";

/**
 * The most a workbook may unpack to. ExcelJS holds about 20 bytes of memory per unpacked byte:
 * 100,000 organisations (65 MB unpacked) took 1.3 GB; a street's ledgers are a few MB.
 */
export const MAX_UNPACKED_MB = 128;

const TEXTS: Record<FileProblem, (file: string) => [string, string]> = {
  missing: (f) => [`找不到文件:${f}`, `File not found: ${f}`],
  "not-a-file": (f) => [
    `${f} 不是普通文件（是管道、设备或套接字），请给出一个 .xlsx 工作簿文件。`,
    `${f} is not a regular file (a pipe, device or socket): give an .xlsx workbook file.`,
  ],
  folder: (f) => [
    `${f} 是文件夹，不是工作簿，请给出其中的 .xlsx 文件。`,
    `${f} is a folder, not a workbook: give an .xlsx file in it.`,
  ],
  "no-permission": (f) => [
    `没有权限读取 ${f}，请检查文件的权限，或把它复制到自己的文件夹后再试。`,
    `No permission to read ${f}: check its permissions, or copy it to a folder of your own and try again.`,
  ],
  "file-too-large": (f) => [
    `${f} 太大，超出本工具能处理的大小（一个街道的台账通常只有几 MB），请删去与统计无关的工作表或数据，另存为新文件后再试。`,
    `${f} is too large for this tool (a street's ledgers are usually a few MB): remove the sheets or data the statistics do not need, save as a new file and try again.`,
  ],
  word: (f) => [
    `${f} 是 Word 文档，不是 Excel 工作簿，请给出 .xlsx 文件。`,
    `${f} is a Word document, not an Excel workbook: give an .xlsx file.`,
  ],
  office: (f) => [
    `${f} 是其他 Office 文件（不是 Excel 工作簿），请给出 .xlsx 文件。`,
    `${f} is another kind of Office file, not an Excel workbook: give an .xlsx file.`,
  ],
  empty: (f) => [`文件是空的(0 字节):${f}`, `The file is empty (0 bytes): ${f}`],
  encrypted: (f) => [
    `工作簿设置了打开密码(已加密),无法读取:${f}。请在 Excel 或 WPS 中取消密码(文件 → 信息 → 保护工作簿)后另存为 .xlsx 再试。`,
    `The workbook is password-protected (encrypted): ${f}. Remove the password in Excel or WPS, save it as .xlsx and try again.`,
  ],
  "legacy-xls": (f) => [
    `${f} 是旧版 Excel 97-2003 工作簿(.xls),请在 Excel 或 WPS 中另存为 .xlsx 后再试。`,
    `${f} is an old Excel 97-2003 workbook (.xls): save it as .xlsx in Excel or WPS and try again.`,
  ],
  ole: (f) => [
    `${f} 是加密的工作簿或旧版 .xls 文件,无法直接读取。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试。`,
    `${f} is an encrypted workbook or an old .xls file. Remove any password, save it as .xlsx and try again.`,
  ],
  "not-zip": (f) => [
    `${f} 不是 Excel 工作簿（.xlsx）：文件内容不是 xlsx 格式。`,
    `${f} is not an Excel workbook (.xlsx): its content is not in xlsx format.`,
  ],
  corrupt: (f) => [
    `工作簿已损坏,无法读取:${f}(文件不完整,可能下载或复制未完成)。请重新获取文件,或在 Excel/WPS 中打开修复后另存为 .xlsx。`,
    `The workbook is damaged and cannot be read: ${f} (incomplete file: an unfinished download or copy?). Get the file again, or repair it in Excel/WPS and save as .xlsx.`,
  ],
  ods: (f) => [
    `${f} 是 OpenDocument 表格(.ods),请在 LibreOffice 或 WPS 中另存为 .xlsx 后再试。`,
    `${f} is an OpenDocument spreadsheet (.ods): save it as .xlsx and try again.`,
  ],
  xlsb: (f) => [
    `${f} 是 Excel 二进制工作簿(.xlsb),请在 Excel 中另存为 .xlsx 后再试。`,
    `${f} is an Excel binary workbook (.xlsb): save it as .xlsx in Excel and try again.`,
  ],
  "not-workbook": (f) => [
    `${f} 是压缩包，但不是 Excel 工作簿（.xlsx）。`,
    `${f} is a zip archive but not an Excel workbook (.xlsx).`,
  ],
  "too-large": (f) => [
    `${f} 解压后超过 ${MAX_UNPACKED_MB} MB,超出本工具能处理的大小(一个街道的台账通常只有几 MB)。请删去与统计无关的工作表或数据,另存为新文件后再试。`,
    `${f} unpacks to more than ${MAX_UNPACKED_MB} MB, more than this tool can handle (a street's ledgers are usually a few MB). Remove the sheets or data the statistics do not need, save as a new file and try again.`,
  ],
  unreadable: (f) => [
    `无法读取工作簿:${f}(文件可能已损坏)。`,
    `Cannot read the workbook: ${f} (the file may be damaged).`,
  ],
};

export class WorkbookFileError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly problem: FileProblem,
    readonly file: string,
    /** What the underlying reader said, for the English line: kept, never swallowed. */
    readonly detail?: string
  ) {
    const [zh, en] = TEXTS[problem](file);
    const english = detail ? `${en} (${detail})` : en;
    super(`${zh}\n${english}`);
    this.name = "WorkbookFileError";
    this.zh = zh;
    this.en = english;
  }
}

/** Why a result was not written: it would replace the input, or a file the user did not say to replace. */
export class OutputRefusedError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(`${zh}\n${en}`);
    this.name = "OutputRefusedError";
  }
}
