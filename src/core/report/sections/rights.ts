import { schemaById } from "../../ledgers/schemas";
import {
  type CategoryTerms,
  countBlankAmongYes,
  countFilled,
  countFlagged,
  countYes,
  countYesBoth,
  countYesInCategory,
  sumOf,
} from "../measures";
import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece, previousKey, since, when } from "../phrase";
import { type FigureDef, measured, ratio, type SectionContent } from "../section";

/** The four systems a union builds in each organisation, as flag columns of the organisation ledger. */
const SYSTEMS: Array<{ key: string; id: string; name: string; rateName: string }> = [
  { key: "collectiveContract", id: "contract", name: "签订集体合同", rateName: "集体合同签订率" },
  {
    key: "wageNegotiation",
    id: "wage",
    name: "建立工资集体协商制度",
    rateName: "工资集体协商建制率",
  },
  { key: "workersCongress", id: "congress", name: "建立职代会制度", rateName: "职代会建制率" },
  { key: "factoryAffairs", id: "affairs", name: "实行厂务公开", rateName: "厂务公开建制率" },
];

/** 劳动合同 / 工资 / 工伤 / 其他, each with the other words ledgers use for it, from the schema. */
function disputeTypes(): CategoryTerms {
  const field = schemaById("disputes").fields.find((f) => f.key === "disputeType");
  return (field?.categories ?? []).map((category) => ({
    category,
    terms: [category, ...(field?.categoryWords?.[category] ?? [])],
  }));
}

/**
 * The system rates as the yearbook has them: organisations with the system ÷ organisations with a
 * union. A blank flag in a unionised organisation stays in the base and is said as 未填. Without a
 * 是否建会 column the base is the organisations whose flag is filled, and the sentence says so.
 */
function systemsPart(orgs: LedgerView, figures: FigureDef[]): Piece[] {
  const present = SYSTEMS.filter((s) => orgs.has(s.key));
  if (!present.length) return [];
  const unionised = orgs.has("unionEstablished");
  const pieces: Piece[] = [];
  if (unionised) {
    // orgCovered is the organisation section's: one count of unionised units in the draft.
    pieces.push("在已建会的", fig("orgCovered", "int"), "家单位中，");
  }
  present.forEach((s, i) => {
    const base = unionised ? "orgCovered" : `${s.id}Flagged`;
    figures.push(
      measured(
        `${s.id}Yes`,
        `${s.name}单位数(家)`,
        "count",
        `基层工会组织台账 · ${s.name}`,
        unionised ? countYesBoth(orgs, s.key, "unionEstablished") : countYes(orgs, s.key)
      ),
      unionised
        ? measured(
            `${s.id}Unset`,
            `${s.name}未填单位数(家)`,
            "count",
            `基层工会组织台账 · ${s.name}（已建会单位中空白）`,
            countBlankAmongYes(orgs, s.key, "unionEstablished")
          )
        : measured(
            `${s.id}Flagged`,
            `${s.rateName}统计单位数(家)`,
            "count",
            `基层工会组织台账 · ${s.name}`,
            countFlagged(orgs, s.key)
          ),
      ratio(`${s.id}Rate`, s.rateName, `${s.id}Yes`, base)
    );
    pieces.push(
      i ? "；" : "",
      unionised ? "" : "在填报的",
      unionised ? "" : fig(base, "int"),
      unionised ? "" : "家单位中",
      `${s.name}`,
      fig(`${s.id}Yes`, "int"),
      "家",
      change(`${s.id}Yes`, "家"),
      `，${s.rateName}`,
      fig(`${s.id}Rate`, "pct"),
      when({ fig: `${s.id}Rate`, op: ">=", than: 0.9 }, ["，达90%以上"]),
      ...(unionised
        ? [
            when({ fig: `${s.id}Unset`, op: ">", than: 0 }, [
              "（另有",
              fig(`${s.id}Unset`, "int"),
              "家未填）",
            ]),
          ]
        : [])
    );
  });
  return [...pieces.filter((p) => p !== ""), "。"];
}

function disputesPart(disputes: LedgerView, figures: FigureDef[]): Piece[][] {
  const source = "劳动争议调处台账";
  const caseKey = disputes.has("disputeType") ? "disputeType" : "acceptedDate";
  figures.push(
    measured(
      "disputesAccepted",
      "受理劳动争议(件)",
      "count",
      `${source} · 受理`,
      countFilled(disputes, caseKey)
    ),
    measured(
      "disputesMediated",
      "调处(件)",
      "count",
      `${source} · 是否调处`,
      countYes(disputes, "mediated")
    ),
    measured(
      "disputesSucceeded",
      "调处成功(件)",
      "count",
      `${source} · 是否调处成功`,
      countYes(disputes, "mediationSucceeded")
    ),
    ratio("mediationRate", "调处率", "disputesMediated", "disputesAccepted"),
    ratio("successRate", "调处成功率", "disputesSucceeded", "disputesMediated")
  );
  const sentence: Piece[] = [
    "全年受理劳动争议",
    fig("disputesAccepted", "int"),
    "件",
    change("disputesAccepted", "件"),
    ",调处",
    fig("disputesMediated", "int"),
    "件,调处率",
    fig("mediationRate", "pct"),
    ";成功调处",
    fig("disputesSucceeded", "int"),
    "件",
  ];
  // The set phrase: "成功调处14件（其中劳动合同纠纷3件…），成功率达93.3%"; 达 only at 90% or above.
  const success: Piece[] = [
    when(
      { fig: "successRate", op: ">=", than: 0.9 },
      [
        ",成功率达",
        fig("successRate", "pct"),
        // 继续 only when last year's rate was there too.
        since("successRate", [
          when({ fig: previousKey("successRate"), op: ">=", than: 0.9 }, ["，继续保持在90%以上"]),
        ]),
      ],
      [",成功率", fig("successRate", "pct")]
    ),
  ];
  if (disputes.has("disputeType")) {
    const byType: Piece[] = [];
    const types = disputeTypes();
    types.forEach(({ category: type }, i) => {
      const key = `disputesSucceeded${i}`;
      figures.push(
        measured(
          key,
          `其中${type}纠纷调处成功(件)`,
          "count",
          `${source} · 类型=${type}`,
          countYesInCategory(disputes, "mediationSucceeded", "disputeType", types, i)
        )
      );
      byType.push(i ? "、" : "", `${type}纠纷`, fig(key, "int"), "件");
    });
    sentence.push("(其中", ...byType.filter((p) => p !== ""), ")");
  }
  sentence.push(...success);
  // 涉及人数 and 涉案金额, when the ledger keeps them.
  if (disputes.has("people")) {
    figures.push(
      measured(
        "disputePeople",
        "争议涉及职工(人次)",
        "count",
        `${source} · 涉及人数`,
        sumOf(disputes, "people")
      )
    );
    sentence.push("；涉及职工", fig("disputePeople", "int"), "人次");
  }
  if (disputes.has("amountInvolved")) {
    figures.push(
      measured(
        "disputeAmount",
        "争议涉案金额(元)",
        "money",
        `${source} · 涉案金额`,
        sumOf(disputes, "amountInvolved", true)
      )
    );
    sentence.push(
      disputes.has("people") ? "，" : "；",
      "涉案金额",
      fig("disputeAmount", "wan"),
      "万元"
    );
  }
  sentence.push("。");
  return [sentence];
}

/** 二、维权: collective contracts and the other systems' rates; disputes with 调处率 and 成功率 by type. */
export function rightsSection(
  orgs: LedgerView | undefined,
  disputes: LedgerView | undefined
): SectionContent {
  const base = { id: "rights", title: "二、维权" };
  if (!orgs && !disputes)
    return {
      ...base,
      figures: [],
      paragraphs: [],
      missing: "未找到基层工会组织台账和劳动争议调处台账，本节从略。",
    };
  const figures: FigureDef[] = [];
  const paragraphs: Piece[][] = [];
  const systems = orgs ? systemsPart(orgs, figures) : [];
  if (systems.length) paragraphs.push(systems);
  if (disputes && disputes.has("mediated") && disputes.has("mediationSucceeded"))
    paragraphs.push(...disputesPart(disputes, figures));
  else paragraphs.push(["未找到劳动争议调处台账(或缺少是否调处列),争议调处情况从略。"]);
  return { ...base, figures, paragraphs };
}
