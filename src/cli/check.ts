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
import { cliLang, inLanguage, pick } from "./lang";
import { EXIT, type Io, plural, UsageError } from "./io";
import { ledgerLines } from "./ledgerWorkbook";
import { streamLedgers } from "./streamLedgers";

const SPECS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const SEVERITY = {
  "zh-CN": { error: "错误", warning: "提示" },
  "en-US": { error: "error", warning: "warning" },
} as const;

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
  const lang = cliLang(options.lang as string | undefined, process.env);
  const say = (zh: string, en: string) => pick(lang, zh, en);
  if (options.help) {
    io.out(inLanguage(CHECK_USAGE, lang));
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError("请给出一个输入工作簿（.xlsx）", "Give one input workbook (.xlsx)");
  const { sheets, detections } = await streamLedgers(positionals[0], io, lang);
  const findings = workbookFindings(sheets, detections);
  if (options.json) {
    io.out(JSON.stringify(findings.map(asJson), null, 2));
    return findings.length ? EXIT.findings : EXIT.ok;
  }
  io.out(`${say("检查的台账：", "Ledgers checked:")}\n${ledgerLines(detections, lang).join("\n")}`);
  // Sheets that look a little like a ledger but were not taken for one, and why.
  for (const r of refusedSheets(sheets, detections))
    io.out(`  ${sheetLabel(r.sheetName ?? "")}${say("：", ": ")}${say(r.reason, r.reasonEn)}`);
  for (const f of findings) {
    const message = lang === "zh-CN" ? f.message : (f.messageEn ?? f.message);
    io.out(`[${SEVERITY[lang][f.severity]}] ${sheetLabel(f.sheet ?? "")}!${message}`);
  }
  if (!findings.length) {
    io.out(say("台账数据核对未发现问题。", "No problems found in the ledgers."));
    return EXIT.ok;
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  io.out(
    say(
      `共 ${findings.length} 处需要核实（错误 ${errors}，提示 ${findings.length - errors}）。`,
      `${plural(findings.length, "finding")} to check (${plural(errors, "error")}, ${plural(findings.length - errors, "warning")}).`
    )
  );
  return EXIT.findings;
}
