import { countFilled, countYes, sumOf } from "../measures";
import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece, when } from "../phrase";
import { type FigureDef, measured, type SectionContent } from "../section";

const SOURCE = "工会经费收缴台账";

/** 五、经费: allocation, remittance and what stays, exemptions, small-payer returns. */
export function fundsSection(funds: LedgerView | undefined): SectionContent {
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
    sentence.push(`,${verb}`, fig(key, "wan"), "万元");
    split.push(key);
  }
  sentence.push("。");
  const paragraphs: Piece[][] = [sentence];
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
      when(
        { fig: "exemptedUnits", op: ">", than: 0 },
        [fig("exemptedUnits", "int"), "家单位免交工会经费。"],
        ["本年度无免交单位。"]
      ),
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
