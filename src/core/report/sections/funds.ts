import {
  countFilled,
  countInBand,
  countYes,
  countYesRecorded,
  type SizeBand,
  sumInBand,
  sumOf,
} from "../measures";
import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece, secondPart, when } from "../phrase";
import { type FigureDef, measured, type SectionContent } from "../section";

const SOURCE = "工会经费收缴台账";

/** The small-payer rule's staff count when the 政策参数 sheet gives none (domain.md: 25). */
export const SMALL_PAYER_STAFF = 25;

/**
 * 五、经费: allocation, remittance and what stays; the payers at or above the small-payer staff
 * count and below it (from the ledger's own 职工人数); exemptions as the ledger records them
 * ("经批准" only from an approval column); small-payer returns.
 */
export function fundsSection(
  funds: LedgerView | undefined,
  smallPayerStaff = SMALL_PAYER_STAFF
): SectionContent {
  const base = { id: "funds", title: "五、经费" };
  if (!funds || !funds.has("allocated"))
    return {
      ...base,
      figures: [],
      paragraphs: [],
      missing: "未找到工会经费收缴台账（或缺少计提经费列），本节从略。",
    };
  const figures: FigureDef[] = [
    measured(
      "allocated",
      "计提经费(元)",
      "money",
      `${SOURCE} · 计提经费`,
      sumOf(funds, "allocated", true)
    ),
  ];
  const sentence: Piece[] = [];
  if (funds.has("orgName")) {
    figures.push(
      measured(
        "fundUnits",
        "经费台账单位数(家)",
        "count",
        `${SOURCE} · 单位名称`,
        countFilled(funds, "orgName")
      )
    );
    sentence.push("经费台账共登记单位", fig("fundUnits", "int"), "家,");
  }
  sentence.push(
    "全年计提工会经费",
    fig("allocated", "wan"),
    "万元",
    change("allocated", "万元", "wan")
  );
  const split: string[] = [];
  for (const [key, name, verb] of [
    ["remitted", "上缴金额", "上缴上级工会"],
    ["retained", "留存金额", "基层留存"],
  ] as const) {
    if (!funds.has(key)) continue;
    figures.push(
      measured(key, `${name}(元)`, "money", `${SOURCE} · ${name}`, sumOf(funds, key, true))
    );
    // 留存 after 上缴: stated so that the two add up (they make the 计提 stated before them).
    const said = split.length === 1 ? secondPart(key, split[0]) : fig(key, "wan");
    sentence.push(`,${verb}`, said, "万元");
    split.push(key);
  }
  sentence.push("。");
  const paragraphs: Piece[][] = [sentence];
  if (funds.has("employees")) paragraphs.push(sizePart(funds, smallPayerStaff, figures));
  if (funds.has("exempted")) {
    figures.push(
      measured(
        "exemptedUnits",
        "免交单位数(家)",
        "count",
        `${SOURCE} · 是否免交`,
        countYes(funds, "exempted")
      )
    );
    paragraphs.push([
      when({ fig: "exemptedUnits", op: ">", than: 0 }, exemptionPart(funds, figures), [
        "本年度无免交单位。",
      ]),
    ]);
  }
  if (funds.has("smallReturn")) {
    figures.push(
      measured(
        "smallReturn",
        "小额缴费返还(元)",
        "money",
        `${SOURCE} · 小额返还`,
        sumOf(funds, "smallReturn", true)
      )
    );
    paragraphs.push([
      "落实小额缴费工会组织经费全额返还政策,返还",
      fig("smallReturn", "wan"),
      "万元。",
    ]);
  }
  const charts =
    split.length === 2 ? [{ type: "pie" as const, title: "工会经费分成", figures: split }] : [];
  return { ...base, figures, paragraphs, charts };
}

/**
 * The payers split at the small-payer staff count, from the fund ledger's 职工人数: "其中职工25人及
 * 以上的缴费单位124家，计提经费259.16万元；职工不足25人的小额缴费工会组织30家，计提经费3.88万元。"
 * Exempted units pay nothing and are in neither; a blank or text 职工人数 is in neither.
 */
function sizePart(funds: LedgerView, limit: number, figures: FigureDef[]): Piece[] {
  const except = funds.has("exempted") ? { exceptKey: "exempted" } : {};
  const band = (atLeast: boolean): SizeBand => ({
    staffKey: "employees",
    limit,
    atLeast,
    ...except,
  });
  const payers = except.exceptKey ? "缴费单位" : "单位";
  const pieces: Piece[] = [];
  for (const [id, atLeast, name, who] of [
    ["fundLarge", true, `职工${limit}人及以上`, payers],
    ["fundSmall", false, `职工不足${limit}人`, "小额缴费工会组织"],
  ] as const) {
    figures.push(
      measured(
        `${id}Units`,
        `${name}的${who}(家)`,
        "count",
        `${SOURCE} · 职工人数`,
        countInBand(funds, band(atLeast))
      ),
      measured(
        `${id}Allocated`,
        `${name}的${who}计提经费(元)`,
        "money",
        `${SOURCE} · 职工人数、计提经费`,
        sumInBand(funds, "allocated", band(atLeast), true)
      )
    );
    pieces.push(
      atLeast ? "其中" : "；",
      `${name}的${who}`,
      fig(`${id}Units`, "int"),
      "家，计提经费",
      atLeast ? fig(`${id}Allocated`, "wan") : secondPart(`${id}Allocated`, "fundLargeAllocated"),
      "万元"
    );
  }
  pieces.push("。");
  return pieces;
}

/**
 * "22家单位免交工会经费。" from a 是否免交 flag; "经批准" only when an approval column records it for
 * every one of them, or for how many it does ("其中经批准20家").
 */
function exemptionPart(funds: LedgerView, figures: FigureDef[]): Piece[] {
  const plain: Piece[] = [fig("exemptedUnits", "int"), "家单位免交工会经费。"];
  if (!funds.has("exemptionApproval")) return plain;
  figures.push(
    measured(
      "exemptApproved",
      "经批准免交单位数(家)",
      "count",
      `${SOURCE} · 是否免交、免交批准文号`,
      countYesRecorded(funds, "exempted", "exemptionApproval")
    )
  );
  return [
    when(
      { fig: "exemptApproved", op: "=", than: { fig: "exemptedUnits" } },
      [fig("exemptedUnits", "int"), "家单位经批准免交工会经费。"],
      [
        fig("exemptedUnits", "int"),
        "家单位免交工会经费",
        when(
          { fig: "exemptApproved", op: ">", than: 0 },
          ["，其中经批准", fig("exemptApproved", "int"), "家"],
          []
        ),
        "。",
      ]
    ),
  ];
}
