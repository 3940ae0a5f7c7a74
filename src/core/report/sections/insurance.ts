import { countFilled, countYes, sumOf } from "../measures";
import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece, when } from "../phrase";
import { type FigureDef, measured, ratio, type SectionContent } from "../section";

export const CATEGORIES: Array<[string, string]> = [
  ["servingEnrolled", "在职"],
  ["retiredEnrolled", "退休"],
  ["womenEnrolled", "安康"],
  ["seriousEnrolled", "特种"],
];

/**
 * 四、互助保障: enrolments by category and their total (the sum of the parts, never a stated total
 * typed by hand: a stated total that disagrees is a finding of the checks), premiums, full-enrolment units.
 */
export function insuranceSection(insurance: LedgerView | undefined): SectionContent {
  const base = { id: "insurance", title: "四、互助保障" };
  if (!insurance)
    return { ...base, figures: [], paragraphs: [], missing: "未找到互助保障参保台账，本节从略。" };
  const source = "互助保障参保台账";
  const present = CATEGORIES.filter(([key]) => insurance.has(key));
  const figures: FigureDef[] = present.map(([key, name], i) =>
    measured(
      `enrol${i}`,
      `${name}参保(人)`,
      "count",
      `${source} · ${name}参保`,
      sumOf(insurance, key)
    )
  );
  const paragraphs: Piece[][] = [];
  if (present.length) {
    figures.push({
      key: "enrolTotal",
      label: "参保人数合计(人)",
      format: "count",
      source: "各类别之和",
      sumOf: present.map((_, i) => `enrol${i}`),
    });
    const parts: Piece[] = [];
    present.forEach(([, name], i) =>
      parts.push(i ? "," : "其中", name, fig(`enrol${i}`, "int"), "人")
    );
    paragraphs.push([
      "参保人数达到",
      fig("enrolTotal", "int"),
      "人",
      change("enrolTotal", "人"),
      ",",
      ...parts,
      "。",
    ]);
  }
  if (insurance.has("premium")) {
    figures.push(
      measured(
        "premiums",
        "互助保障保费(元)",
        "money",
        `${source} · 保费`,
        sumOf(insurance, "premium", true)
      )
    );
    paragraphs.push(["共收缴互助保障保费", fig("premiums", "wan"), "万元。"]);
  }
  if (insurance.has("allEnrolled") && insurance.has("orgName")) {
    figures.push(
      measured(
        "fullUnits",
        "全员参保单位数(家)",
        "count",
        `${source} · 是否全员参保`,
        countYes(insurance, "allEnrolled")
      ),
      measured(
        "enrolUnits",
        "参保单位数(家)",
        "count",
        `${source} · 单位名称`,
        countFilled(insurance, "orgName")
      ),
      ratio("fullShare", "全员参保单位占比", "fullUnits", "enrolUnits")
    );
    paragraphs.push([
      "参保单位",
      fig("enrolUnits", "int"),
      "家,其中全员参保",
      fig("fullUnits", "int"),
      "家,占",
      fig("fullShare", "pct"),
      when({ fig: "fullShare", op: ">", than: 0.5 }, [",全员参保单位过半"]),
      "。",
    ]);
  }
  const charts = present.length
    ? [
        {
          type: "pie" as const,
          title: "互助保障参保人数(按类别)",
          figures: present.map((_, i) => `enrol${i}`),
        },
      ]
    : [];
  return { ...base, figures, paragraphs, charts };
}
