/**
 * `union-stats template`: a workbook with one clean table per standard ledger (standard headers,
 * number formats, drop-down lists, frozen header), optionally filled with the sample street's rows.
 */
import * as path from "path";
import { TEMPLATE_USAGE } from "./usage";
import { sampleRecords } from "../core/ledgers/sampleRecords";
import { LEDGER_SCHEMAS } from "../core/ledgers/schemas";
import { ledgerTemplatePlan } from "../core/ledgers/template";
import { FileWorkbook } from "../file/fileWorkbook";
import { checkOutputFile, saveWorkbookFile } from "../file/nodeFiles";
import { parseArgs } from "./args";
import { inLanguage } from "./lang";
import { EXIT, type Io, UsageError } from "./io";
import { checkOutputName, freshFileName } from "./outputName";

const SPECS = {
  output: { type: "string", short: "o" },
  sample: { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function templateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, SPECS);
  if (options.help) {
    io.out(inLanguage(TEMPLATE_USAGE));
    return EXIT.ok;
  }
  if (positionals.length)
    throw new UsageError(
      `多余的参数：${positionals.join(" ")}`,
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
