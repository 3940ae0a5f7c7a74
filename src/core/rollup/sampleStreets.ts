/**
 * Three small street workbooks for trying the roll-up: the sample street's ledgers for 东湖, 西湖 and
 * 南湖 (each from its own seed, its units renamed so they are its own), with one unit planted in two
 * streets so the district's duplicate check has something to find.
 */
import type { CellValue } from "../grid";
import { buildSampleWorkbook, SAMPLE_SEED, type SampleSheet } from "../ledgers/sample";
import { SAMPLE_STREET } from "../ledgers/sampleUnits";

export interface SampleStreet {
  name: string;
  /** The file name the sample script writes. */
  file: string;
  sheets: SampleSheet[];
}

const STREETS = [
  { name: "东湖街道", file: "东湖街道-2024.xlsx", seed: SAMPLE_SEED, prefix: "" },
  { name: "西湖街道", file: "西湖街道-2024.xlsx", seed: SAMPLE_SEED + 1, prefix: "西湖" },
  { name: "南湖街道", file: "南湖街道-2024.xlsx", seed: SAMPLE_SEED + 2, prefix: "南湖" },
];

/** The planted duplicate: 西湖's first unit keeps the name it has in 东湖. */
const KEEP_NAME_IN = "西湖街道";

export function sampleStreets(): SampleStreet[] {
  return STREETS.map(({ name, file, seed, prefix }) => {
    const sheets = buildSampleWorkbook(seed);
    const orgs = sheets[0];
    // The unit names: the first column after 序号 in the organisations ledger's data rows.
    const names = new Set<string>();
    for (const row of orgs.grid) {
      const v = row[1];
      if (typeof v === "string" && typeof row[0] === "number") names.add(v);
    }
    const kept = name === KEEP_NAME_IN ? [...names][0] : undefined;
    const rename = (v: CellValue): CellValue => {
      if (typeof v !== "string") return v;
      if (prefix && names.has(v) && v !== kept) return `${prefix}${v}`;
      return v.split(SAMPLE_STREET).join(name);
    };
    return {
      name,
      file,
      sheets: sheets.map((s) => ({ ...s, grid: s.grid.map((row) => row.map(rename)) })),
    };
  });
}
