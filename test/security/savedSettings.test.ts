/**
 * Saved ledger mappings are input: a settings sheet edited to smuggle text into the draft's formulas
 * (a HYPERLINK, a doubled range, a fractional row) or to crash the command (null, unknown columns)
 * is dropped with a message, and the draft is the one detection gives.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { cellRef, columnRange, localRef } from "../../src/core/report/excelFormula";
import { cellName } from "../../src/core/ledgers/cells";
import { cellAddress, rangeAddress } from "../../src/core/blocks/a1";
import { confirmedMapping, detectBest, detectWithConfirmed } from "../../src/core/ledgers/detect";
import { readSavedMappings } from "../../src/core/ledgers/savedMappings";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { SETTINGS } from "../../src/core/settingsKeys";
import { formatAddress } from "../../src/excel/address";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { SETTINGS_SHEET, writeSetting } from "../../src/file/settingsSheet";
import { reopen, SAMPLE_FILE, sampleBytes, tempDir, bytesOf } from "../file/helpers";
import { run } from "../cli/run";

const sheets = buildSampleWorkbook();
const orgs = detectBest(sheets).find((d) => d.schemaId === "organisations")!;
const good = confirmedMapping(orgs);

/** Every hostile entry the red team tried, and a few more. */
const HOSTILE: unknown[] = [
  { ...good, headerRows: ['3)+0*HYPERLINK("http://evil.example/","pwn")+SUM(H'] },
  { ...good, headerRows: ["5:$E$224)*2+SUM(Z"] },
  { ...good, headerRows: [good.headerRows[0] + 0.5] },
  { ...good, headerRows: [2, 7] },
  { ...good, headerRows: [-1] },
  { ...good, headerRows: [1e9] },
  { ...good, columns: { ...good.columns, employees: "E" } },
  { ...good, columns: { ...good.columns, employees: 4.5 } },
  { ...good, columns: { ...good.columns, employees: 99999 } },
  { ...good, columns: { ...good.columns, notAField: 3 } },
  { ...good, columns: null },
  { ...good, schemaId: "nonsense" },
  { ...good, sheetName: { toString: "x" } },
  { ...good, sheetName: "不存在的表" },
  null,
  7,
  "text",
  [],
];

/** Functions that reach outside the workbook or run text as a reference: never in a draft. */
const OUTSIDE = ["HYPERLINK", "WEBSERVICE", "FILTERXML", "INDIRECT", "CALL", "REGISTER.ID", "RTD", "DDE", "EXEC"];

/** The functions a formula calls, once its string literals and sheet names are taken out. */
function functionsOf(formula: string): string[] {
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  return [...body.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

/** What a formula holds beyond references, numbers, operators and the given functions. */
function foreignParts(formula: string, allowed: ReadonlySet<string>): string[] {
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  const bad = functionsOf(formula).filter((f) => !allowed.has(f));
  if (/\$?[A-Z]{1,3}\$?\d+\.\d/.test(body)) bad.push("fractional row");
  return bad;
}

describe("saved ledger mappings", () => {
  it("keeps a valid mapping and drops each hostile entry with its own message", () => {
    expect(readSavedMappings([good], sheets)).toEqual({ mappings: [good], problems: [] });
    for (const entry of HOSTILE) {
      const { mappings, problems } = readSavedMappings([entry, good], sheets);
      expect(mappings).toEqual([good]);
      expect(problems).toHaveLength(1);
      expect(problems[0].zh).toMatch(/^工作簿中保存的第 1 个台账对应关系无效（.+），已忽略/);
    }
    expect(readSavedMappings({ not: "a list" }, sheets).problems).toHaveLength(1);
    expect(readSavedMappings(undefined, sheets)).toEqual({ mappings: [], problems: [] });
  });

  it("never lets detection follow a hostile entry, whatever it holds (fuzzed)", () => {
    const clean = detectWithConfirmed(sheets, []);
    const hostileEntry = fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.record({
        sheetName: fc.oneof(fc.constant(orgs.sheetName), fc.anything()),
        schemaId: fc.oneof(fc.constant("organisations"), fc.anything()),
        headerRows: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
        columns: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
      }),
      fc.anything()
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(hostileEntry, { maxLength: 4 }), fc.anything()), (saved) => {
        const found = detectWithConfirmed(sheets, saved);
        for (const d of found) {
          expect(Number.isInteger(d.dataRows.start) && Number.isInteger(d.dataRows.end)).toBe(true);
          for (const col of Object.values(d.columns)) expect(Number.isInteger(col)).toBe(true);
        }
        expect(found.map((d) => d.schemaId).sort()).toEqual(clean.map((d) => d.schemaId).sort());
      }),
      { numRuns: 40 }
    );
  });

  it("makes the reference builders refuse anything but whole numbers inside the sheet", () => {
    const text = "3)+0*HYPERLINK(\"x\")+SUM(H" as unknown as number;
    for (const row of [text, 4.5, -1, 1_048_576, NaN, Infinity, null as unknown as number]) {
      expect(() => cellRef("台账", 2, row)).toThrow();
      expect(() => columnRange("台账", 2, 1, row)).toThrow();
      expect(() => columnRange("台账", 2, row, 9)).toThrow();
      expect(() => localRef(2, row)).toThrow();
      expect(() => cellName(row, 2)).toThrow();
      expect(() => cellAddress("", row, 2)).toThrow();
      expect(() => rangeAddress("", { row: 0, col: 0 }, { row, col: 0 })).toThrow();
      expect(() => formatAddress({ startRow: 0, startCol: 0, endRow: row, endCol: 1 })).toThrow();
      expect(() => cellRef("台账", row, 2)).toThrow();
    }
    expect(cellRef("台账", 16_383, 1_048_575)).toBe("'台账'!$XFD$1048576");
  });
});

describe("the settings sheet's content (fuzzed)", () => {
  it("reads any text in the settings sheet as a value or as unset with a notice, and detection never follows what fails", async () => {
    const clean = detectWithConfirmed(sheets, []).map((d) => d.schemaId).sort();
    const goodJson = JSON.stringify([good]);
    const cellText = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.json(),
      fc.constant(goodJson),
      fc.integer({ min: 1, max: goodJson.length }).map((n) => goodJson.slice(0, n)),
      fc.constantFrom(JSON.stringify(HOSTILE), "null", "[null]", '{"__proto__":{"x":1}}')
    );
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 1, maxLength: 3 }), async (cells) => {
        const host = FileWorkbook.create();
        const ws = host.workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
        ws.getCell(1, 1).value = SETTINGS.ledgers;
        cells.forEach((text, i) => (ws.getCell(1, 2 + i).value = text));
        const saved = await host.getSetting<unknown>(SETTINGS.ledgers);
        const found = detectWithConfirmed(sheets, saved).map((d) => d.schemaId).sort();
        expect(found).toEqual(clean);
        let parsed: unknown = undefined;
        try {
          parsed = JSON.parse(cells.join(""));
        } catch {
          expect(host.notices.map((n) => n.zh).join("")).toContain("无法读取");
        }
        if (parsed !== undefined) expect(saved).toEqual(parsed);
      }),
      { numRuns: 40 }
    );
  });
});

describe("union-stats report on a workbook whose settings were edited", () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir()));
  afterEach(() => remove());

  async function draftFormulas(file: string): Promise<string[]> {
    const wb = await reopen(new Uint8Array(fs.readFileSync(file)));
    const ws = wb.getWorksheet("报告草稿")!;
    const formulas: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const f = (cell.value as { formula?: string } | null)?.formula;
        if (f) formulas.push(f);
      })
    );
    return formulas;
  }

  it("writes no formula holding anything but references and the draft's own functions, and says what it dropped", async () => {
    const clean = path.join(dir, "clean.xlsx");
    expect((await run("report", SAMPLE_FILE, "-o", clean, "--year", "2024")).code).toBe(0);
    const cleanFormulas = await draftFormulas(clean);
    expect(cleanFormulas.length).toBeGreaterThan(19);
    // The draft's own functions: what composing it over the clean sample calls, none reaching outside.
    const own = new Set(cleanFormulas.flatMap(functionsOf));
    expect(OUTSIDE.filter((f) => own.has(f))).toEqual([]);

    const wb = await reopen(sampleBytes());
    writeSetting(wb, SETTINGS.ledgers, HOSTILE);
    writeSetting(wb, SETTINGS.year, 99999);
    const hostile = path.join(dir, "hostile.xlsx");
    fs.writeFileSync(hostile, await bytesOf(wb));
    const out = path.join(dir, "out.xlsx");
    const result = await run("report", hostile, "-o", out);
    expect(result.code).toBe(0);
    expect(result.err).not.toMatch(/\bat \S+ \(|TypeError/);
    expect(result.err.match(/台账对应关系无效/g)).toHaveLength(HOSTILE.length);
    expect(result.out).not.toContain("99999年");
    const formulas = await draftFormulas(out);
    expect(formulas.flatMap((f) => foreignParts(f, own))).toEqual([]);
    expect(formulas.join("\n")).not.toMatch(/HYPERLINK|WEBSERVICE|evil|\*2\+SUM/);
    expect(formulas).toEqual(cleanFormulas);
  });
});
