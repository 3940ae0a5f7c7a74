/**
 * The command line's usage texts, one per language (the user reads one: --lang, else LANG/LC_ALL).
 * Kept apart from the commands so the top-level usage and a mistyped command load nothing else.
 */
export interface Usage {
  zh: string;
  en: string;
}

export const MAIN_USAGE: Usage = {
  zh: `工会统计助手 UnionStats 命令行

用法：union-stats <命令> [选项]

  report <输入.xlsx>     生成报告草稿，写入新文件
  check <输入.xlsx>      检查台账数据，逐条列出问题（工作表和单元格）
  template               生成标准台账工作簿
  rollup <街道.xlsx|文件夹>… -o <区汇总.xlsx>
                         汇总各街道工作簿为区汇总工作簿

每个命令加 --help 查看选项，如 union-stats report --help
出错时加 --debug 显示详细信息
语言：默认按系统语言（LANG/LC_ALL），否则中文；加 --lang en-US 用英文`,
  en: `UnionStats (工会统计助手) command line

Usage: union-stats <command> [options]

  report <in.xlsx>       add the report draft sheets, written to a new file
  check <in.xlsx>        list every check finding with sheet and cell
  template               write a workbook of the standard ledgers
  rollup <street.xlsx|folder>… -o <district.xlsx>
                         roll the streets' workbooks up into a district workbook

Add --help to a command for its options, e.g. union-stats report --help
Add --debug to see the details of a failure
Language: the system locale (LANG/LC_ALL), else Chinese; --lang zh-CN switches to Chinese`,
};

export const REPORT_USAGE: Usage = {
  zh: `用法：union-stats report <输入.xlsx> [-o <输出.xlsx>] [--docx [输出.docx]] [--previous <上年.xlsx>] [--year 年份] [--street 街道名称] [--lang zh-CN|en-US] [--force]

识别工作簿中的台账，在副本中加“报告草稿”“报告数据”“核对事项”三张工作表（数字均为公式，随台账更新），写入新文件；输入文件不会被改动。

  -o, --output <文件>   输出文件（默认：输入文件旁的 <输入>-报告草稿.xlsx，已存在时另取新名）
  --docx [文件.docx]    另写一份 Word 文件（GB/T 9704 公文格式；默认：输出文件旁的同名 .docx）
  --previous <文件>     上年工作簿：按同一口径计算上年数，写入“报告数据”的上年数列，正文写同比（较上年增加/减少）；
                        该文件只读不改，无法读取时提示一句，报告照常生成（不作同比）
  --year <年份>         报告年份（默认：工作簿中保存的年份，否则台账标题、填报日期写明的年份）
  --street <名称>       街道名称，用于标题（默认：工作簿中保存的名称，否则台账“填报单位”中的街道）
  --lang <zh-CN|en-US>  输出的语言（默认按系统语言 LANG/LC_ALL，否则中文）
  --force               -o 指定的文件已存在时覆盖它
  -h, --help            显示本说明`,
  en: `Usage: union-stats report <in.xlsx> [-o <out.xlsx>] [--docx [out.docx]] [--previous <last.xlsx>] [--year YEAR] [--street NAME] [--lang zh-CN|en-US] [--force]

Finds the ledgers in a workbook and writes a copy with three new sheets, 报告草稿 (the report draft), 报告数据 (its figures) and 核对事项 (the checks), all live formulas; the input is never changed.

  -o, --output <file>   output file (default: <input>-报告草稿.xlsx beside the input, a new name if that exists)
  --docx [file.docx]    also write the draft as a Word file (GB/T 9704 official layout; default: beside the output)
  --previous <file>     last year's workbook: its figures, computed the same way, go into a 上年数 column of 报告数据
                        and the draft states the change (同比); read only, never changed; if it cannot be read,
                        one note and the report goes on without year-over-year figures
  --year <year>         report year (default: saved in the workbook, else the year the ledgers' titles and dates name)
  --street <name>       street name for the title (default: saved in the workbook, else the street in 填报单位)
  --lang <zh-CN|en-US>  output language (default: the system locale LANG/LC_ALL, else Chinese)
  --force               replace the -o file if it exists
  -h, --help            show this help`,
};

export const CHECK_USAGE: Usage = {
  zh: `用法：union-stats check <输入.xlsx> [--json] [--lang zh-CN|en-US]

检查工作簿中各台账的数据（合计与分项、会员多于职工、占位符、单位错误等），逐条列出工作表和单元格。

  --json       以 JSON 数组输出（每条含 sheet、cell、code、severity、message、messageEn）
  --lang <zh-CN|en-US>  输出的语言（默认按系统语言 LANG/LC_ALL，否则中文）
  -h, --help   显示本说明

退出码：0 未发现问题 · 1 发现问题 · 2 无法读取或没有台账`,
  en: `Usage: union-stats check <in.xlsx> [--json] [--lang zh-CN|en-US]

Checks the ledgers in a workbook (totals against parts, members above employees, placeholders, unit slips…) and lists each finding with its sheet and cell.

  --json       print a JSON array of findings (sheet, cell, code, severity, message, messageEn)
  --lang <zh-CN|en-US>  output language (default: the system locale LANG/LC_ALL, else Chinese)
  -h, --help   show this help

Exit code: 0 clean · 1 findings · 2 unreadable input, or no ledgers`,
};

export const TEMPLATE_USAGE: Usage = {
  zh: `用法：union-stats template [-o <输出.xlsx>] [--sample] [--force]

生成标准台账工作簿：每种台账一张工作表（标准表头、数字格式、下拉选项、冻结表头）。

  -o, --output <文件>   输出文件（默认：当前文件夹的 工会台账模板.xlsx，已存在时另取新名）
  --sample              填入示例街道的数据
  --force               -o 指定的文件已存在时覆盖它
  -h, --help            显示本说明`,
  en: `Usage: union-stats template [-o <out.xlsx>] [--sample] [--force]

Writes a workbook of the standard ledgers: one sheet each, with standard headers, number formats, drop-down lists and a frozen header.

  -o, --output <file>   output file (default: 工会台账模板.xlsx here, a new name if that exists)
  --sample              fill in the sample street union's rows
  --force               replace the -o file if it exists
  -h, --help            show this help`,
};

export const ROLLUP_USAGE: Usage = {
  zh: `用法：union-stats rollup <街道.xlsx|文件夹>… -o <区汇总.xlsx> [--docx [区汇总.docx]] [--year 年份] [--district 区名称] [--streets 名单.txt] [--json] [--lang zh-CN|en-US] [--force]

把各街道的工作簿汇总为一个新的区汇总工作簿（分街道汇总、报告数据、报告草稿、核对事项）；输入文件不会被改动。区汇总工作簿也可作为输入（市总工会汇总各区）。

  -o, --output <文件>   输出的区汇总工作簿（必填，不能是任何输入）
  --docx [文件.docx]    另写一份区汇总报告草稿的 Word 文件（GB/T 9704 公文格式；默认：输出文件旁的同名 .docx）
  --year <年份>         汇总年份（默认：多数工作簿写明的年份）
  --district <名称>     区名称，用于标题
  --streets <文件>      应报送的街道名单（文本文件，每行一个）
  --json                以 JSON 数组输出核对事项（file、sheet、cell、kind、message…），不输出进度
  --lang <zh-CN|en-US>  输出的语言（默认按系统语言 LANG/LC_ALL，否则中文）
  --force               -o 指定的文件已存在时覆盖它
  -h, --help            显示本说明

退出码：0 无需核实 · 1 有核对事项 · 2 没有可汇总的工作簿`,
  en: `Usage: union-stats rollup <street.xlsx|folder>… -o <district.xlsx> [--docx [district.docx]] [--year YEAR] [--district NAME] [--streets list.txt] [--json] [--lang zh-CN|en-US] [--force]

Rolls the streets' workbooks up into a new district workbook (figures by street, report draft, findings); inputs are never changed. A district workbook is a valid input too (a city rolling up its districts).

  -o, --output <file>   the district workbook to write (required, never an input)
  --docx [file.docx]    also write the district draft as a Word file (GB/T 9704 official layout; default: beside the output)
  --year <year>         roll-up year (default: the year most workbooks state)
  --district <name>     district name for the titles
  --streets <file>      the streets expected (a text file, one a line)
  --json                print the findings as a JSON array (file, sheet, cell, kind, message…), no progress
  --lang <zh-CN|en-US>  output language (default: the system locale LANG/LC_ALL, else Chinese)
  --force               replace the -o file if it exists
  -h, --help            show this help

Exit code: 0 nothing to check · 1 findings · 2 nothing could be read`,
};
