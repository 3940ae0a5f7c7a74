/**
 * `union-stats check`: every finding of the ledger checks, with sheet and cell, so a district union
 * can run it over the workbooks it receives. Exit 0 clean, 1 findings, 2 unreadable.
 */
import { cellName } from "../core/ledgers/cells";
import { CHECK_USAGE } from "./usage";
import type { Finding } from "../core/ledgers/checks";
import { refusedSheets } from "../core/ledgers/detect";
import { workbookFindings } from "../core/ledgers/workbookFindings";
import { parseArgs } from "./args";
import { sheetLabel } from "./sheetLabel";
import { inLanguage } from "./lang";
import { EXIT, type Io, plural, UsageError } from "./io";
import { ledgerLines } from "./ledgerWorkbook";
import { streamLedgers } from "./streamLedgers";

const SPECS = { json: { type: "boolean" }, help: { type: "boolean", short: "h" } } as const;

const SEVERITY = { error: "错误 error", warning: "提示 warning" } as const;

function asJson(f: Finding) {
  return {
    sheet: f.sheet,
    cell: cellName(f.row, f.col),
    row: f.row,
    col: f.col,
    code: f.code,
    severity: f.severity,
    message: f.message,
    messageEn: f.messageEn,
  };
}

export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, SPECS);
  if (options.help) {
    io.out(inLanguage(CHECK_USAGE));
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError("请给出一个输入工作簿（.xlsx）", "Give one input workbook (.xlsx)");
  const { sheets, detections } = await streamLedgers(positionals[0], io);
  const findings = workbookFindings(sheets, detections);
  if (options.json) {
    io.out(JSON.stringify(findings.map(asJson), null, 2));
    return findings.length ? EXIT.findings : EXIT.ok;
  }
  io.out(`检查的台账 / Ledgers checked:\n${ledgerLines(detections).join("\n")}`);
  // Sheets that look a little like a ledger but were not taken for one, and why.
  for (const r of refusedSheets(sheets, detections))
    io.out(`  ${sheetLabel(r.sheetName ?? "")}：${r.reason}\n    ${r.reasonEn}`);
  for (const f of findings) {
    io.out(`[${SEVERITY[f.severity]}] ${sheetLabel(f.sheet ?? "")}!${f.message}`);
    if (f.messageEn) io.out(`    ${f.messageEn}`);
  }
  if (!findings.length) {
    io.out("台账数据核对未发现问题。\nNo problems found in the ledgers.");
    return EXIT.ok;
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  io.out(`共 ${findings.length} 处需要核实(错误 ${errors},提示 ${findings.length - errors})。`);
  io.out(
    `${plural(findings.length, "finding")} to check (${plural(errors, "error")}, ${plural(findings.length - errors, "warning")}).`
  );
  return EXIT.findings;
}
