import { countFilled, countWhere, countYes, distinctTexts, sumOf, sumWhere } from "../measures";
import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece } from "../phrase";
import { type FigureDef, measured, ratio, type SectionContent } from "../section";

/** Campaigns listed one by one in prose; more than this are summed up as "等". */
const MAX_CAMPAIGNS = 8;

function visitsPart(visits: LedgerView, figures: FigureDef[]): Piece[][] {
  const source = "帮扶慰问台账";
  figures.push(
    measured(
      "visitPeople",
      "慰问人次",
      "count",
      `${source} · 姓名`,
      countFilled(visits, "personName")
    ),
    measured(
      "visitAmount",
      "慰问金额(元)",
      "money",
      `${source} · 金额`,
      sumOf(visits, "amount", true)
    )
  );
  // Who was visited is what the 类别 column says: never "困难职工" for everyone.
  const first: Piece[] = [
    "全年共走访慰问职工",
    fig("visitPeople", "int"),
    "人次",
    change("visitPeople", "人次"),
    "，共发放慰问金",
    fig("visitAmount", "wan"),
    "万元",
    change("visitAmount", "万元", "wan"),
  ];
  if (visits.has("category")) {
    const kinds = distinctTexts(visits, "category").slice(0, MAX_CAMPAIGNS);
    kinds.forEach((kind, i) => {
      figures.push(
        measured(
          `visitKind${i}`,
          `${kind}(人次)`,
          "count",
          `${source} · 类别`,
          countWhere(visits, "category", kind)
        )
      );
      first.push(i ? "、" : "，其中", kind, fig(`visitKind${i}`, "int"), "人次");
    });
  }
  const paragraphs: Piece[][] = [[...first, "。"]];
  if (visits.has("campaign")) {
    const campaigns = distinctTexts(visits, "campaign").slice(0, MAX_CAMPAIGNS);
    const pieces: Piece[] = [];
    campaigns.forEach((campaign, i) => {
      figures.push(
        measured(
          `campaignPeople${i}`,
          `${campaign}(人次)`,
          "count",
          `${source} · 活动`,
          countWhere(visits, "campaign", campaign)
        ),
        measured(
          `campaignAmount${i}`,
          `${campaign}(元)`,
          "money",
          `${source} · 活动`,
          sumWhere(visits, "amount", "campaign", campaign, true)
        )
      );
      pieces.push(
        i ? ";" : "其中",
        campaign,
        fig(`campaignPeople${i}`, "int"),
        "人次、",
        fig(`campaignAmount${i}`, "wan"),
        "万元"
      );
    });
    if (pieces.length) paragraphs.push([...pieces, "。"]);
  }
  return paragraphs;
}

function hardshipFundPart(orgs: LedgerView, figures: FigureDef[]): Piece[][] {
  const source = "基层工会组织台账";
  figures.push(
    measured(
      "fundOrgs",
      "建立帮困基金单位数(家)",
      "count",
      `${source} · 帮困基金`,
      countYes(orgs, "hardshipFund")
    ),
    measured(
      "fundOrgsFlagged",
      "帮困基金统计单位数(家)",
      "count",
      `${source} · 帮困基金`,
      countFilled(orgs, "hardshipFund")
    ),
    ratio("fundOrgRate", "帮困基金建立率", "fundOrgs", "fundOrgsFlagged")
  );
  const sentence: Piece[] = [
    "建立帮困基金的单位",
    fig("fundOrgs", "int"),
    "家,占",
    fig("fundOrgsFlagged", "int"),
    "家统计单位的",
    fig("fundOrgRate", "pct"),
  ];
  if (orgs.has("hardshipFundAmount")) {
    figures.push(
      measured(
        "fundAmount",
        "帮困基金总额(元)",
        "money",
        `${source} · 帮困基金额`,
        sumOf(orgs, "hardshipFundAmount", true)
      )
    );
    sentence.push(",基金总额", fig("fundAmount", "wan"), "万元");
  }
  sentence.push("。");
  return [sentence];
}

/** 三、帮扶: visits and money by campaign; hardship funds (count, rate, total in 万元). */
export function assistanceSection(
  visits: LedgerView | undefined,
  orgs: LedgerView | undefined
): SectionContent {
  const base = { id: "assistance", title: "三、帮扶" };
  const figures: FigureDef[] = [];
  const paragraphs: Piece[][] = [];
  if (visits && visits.has("amount")) paragraphs.push(...visitsPart(visits, figures));
  if (orgs && orgs.has("hardshipFund")) paragraphs.push(...hardshipFundPart(orgs, figures));
  if (!paragraphs.length)
    return {
      ...base,
      figures,
      paragraphs,
      missing: "未找到帮扶慰问台账或帮困基金数据，本节从略。",
    };
  return { ...base, figures, paragraphs };
}
