import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { detectBest, refusedSheets } from "../../../src/core/ledgers/detect";
import { LEDGER_SCHEMAS } from "../../../src/core/ledgers/schemas";
import { workbookFindings } from "../../../src/core/ledgers/workbookFindings";
import { composeReport, type WorkbookSheet } from "../../../src/core/report/composeReport";

/**
 * Whole workbooks drawn at random: sheets whose header rows mix every schema's words and synonyms with
 * unknown words, with columns missing, data of any type below. Report and check must always finish:
 * a draft with text, findings with messages naming a cell, refusals with a reason; never an exception.
 */
const HEADER_WORDS = [
  ...LEDGER_SCHEMAS.flatMap((s) => s.fields.flatMap((f) => [f.label, ...f.synonyms])),
  "联系人",
  "电话",
  "地点",
  "负责人",
  "备注说明",
  "活动名称",
  "项目",
  "xx",
  "合计",
  "其中",
  "",
];
const DATA_WORDS = [
  "是",
  "否",
  " 是 ",
  "yes",
  "N",
  "已建",
  "√",
  "×",
  "单独",
  "联建",
  "培训",
  "慈善一日捐",
  "运动会",
  "工资",
  "合计",
  "小计",
  "注:",
  "2xx年",
  "1,234",
  "12%",
  "#N/A",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DATA_WORDS) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 200_000 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }
);

const sheet: fc.Arbitrary<WorkbookSheet> = fc
  .record({
    name: fc.constantFrom(
      "组织台账",
      "经费",
      "活动",
      "慰问",
      "争议",
      "任务",
      "政策参数",
      "Sheet1",
      "it's",
      "杂项"
    ),
    title: fc.option(fc.constantFrom("2024年活动台账", "建会情况统计表", "帮扶慰问", "会议记录"), {
      nil: null,
    }),
    header: fc.uniqueArray(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 10 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
  })
  .map(({ name, title, header, rows }) => ({
    name,
    grid: [...(title ? [[title] as CellValue[]] : []), header as CellValue[], ...rows] as Grid,
  }));

const workbook = fc
  .array(sheet, { minLength: 1, maxLength: 5 })
  .map((sheets) => sheets.map((s, i) => ({ ...s, name: `${s.name}${i}` })));

export const FUZZ_RUNS = 150;

describe("report and check over generated workbooks", () => {
  it(`always finish with a draft, findings and refusals that read as sentences (${FUZZ_RUNS} workbooks)`, () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const detections = detectBest(sheets);
        const findings = workbookFindings(sheets, detections);
        for (const f of findings) expect(f.message).toMatch(/\S/);
        for (const r of refusedSheets(sheets, detections))
          expect(r.reason).toMatch(/^最接近“.+”，但/);
        const draft = composeReport(sheets, { year: 2024, detections });
        expect(draft.text).toMatch(/工作总结/);
        expect(draft.text).not.toMatch(/\bat .+\.ts:\d+|undefined|NaN|Infinity/);
        for (const p of draft.paragraphs) expect(p.formula.startsWith("=")).toBe(true);
      }),
      { numRuns: FUZZ_RUNS, seed: 12 }
    );
  });
});
