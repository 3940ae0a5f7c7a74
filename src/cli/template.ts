/**
 * `union-stats template`: a workbook with one clean table per standard ledger (standard headers,
 * number formats, drop-down lists, frozen header), optionally filled with the sample street's rows.
 */
import * as path from "path";
import { sampleRecords } from "../core/ledgers/sampleRecords";
import { LEDGER_SCHEMAS } from "../core/ledgers/schemas";
import { ledgerTemplatePlan } from "../core/ledgers/template";
import { FileWorkbook } from "../file/fileWorkbook";
import { checkOutputFile, saveWorkbookFile } from "../file/nodeFiles";
import { parseArgs } from "./args";
import { EXIT, type Io, UsageError } from "./io";
import { checkOutputName, freshFileName } from "./outputName";

export const TEMPLATE_USAGE = `用法 / Usage: union-stats template [-o <输出.xlsx>] [--sample] [--force]

生成标准台账工作簿:每种台账一张工作表(标准表头、数字格式、下拉选项、冻结表头)。
Writes a workbook of the standard ledgers: one sheet each, with standard headers, number formats, drop-down lists and a frozen header.

  -o, --output <文件>   输出文件(默认:当前文件夹的 工会台账模板.xlsx,已存在时另取新名)
                        output file (default: 工会台账模板.xlsx here, a new name if that exists)
  --sample              填入示例街道的数据 / fill in the sample street union's rows
  --force               -o 指定的文件已存在时覆盖它 / replace the -o file if it exists
  -h, --help            显示本说明 / show this help`;

const SPECS = {
  output: { type: "string", short: "o" },
  sample: { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function templateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, SPECS);
  if (options.help) {
    io.out(TEMPLATE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length)
    throw new UsageError(
      `多余的参数:${positionals.join(" ")}`,
      `Unexpected arguments: ${positionals.join(" ")}`
    );
  const explicit =
    options.output === undefined ? undefined : checkOutputName(options.output as string);
  if (explicit !== undefined) checkOutputFile(explicit, { force: options.force === true });
  const sample = options.sample === true;
  const records = sample ? sampleRecords() : {};
  const host = FileWorkbook.create();
  for (const schema of LEDGER_SCHEMAS)
    await host.addSheetWithPlan(schema.title, ledgerTemplatePlan(schema, records[schema.id] ?? []));
  await host.selectRange(`'${LEDGER_SCHEMAS[0].title}'!A2`);

  const output =
    explicit ?? freshFileName(sample ? "工会台账模板-示例数据.xlsx" : "工会台账模板.xlsx");
  await saveWorkbookFile(host, output, { force: options.force === true });
  const where = path.resolve(output);
  io.out(`已写入 ${where}:${LEDGER_SCHEMAS.length} 种标准台账${sample ? "(含示例数据)" : ""}。`);
  io.out(
    `Wrote ${where}: ${LEDGER_SCHEMAS.length} standard ledgers${sample ? " (with sample data)" : ""}.`
  );
  for (const schema of LEDGER_SCHEMAS)
    io.out(
      `  ${schema.title} (${schema.titleEn})${sample ? `:${records[schema.id]?.length ?? 0} 行 rows` : ""}`
    );
  return EXIT.ok;
}
