import { schemaById } from "../../ledgers/schemas";
import {
  type CategoryTerms,
  countFilled,
  countFlagged,
  countYes,
  countYesInCategory,
  sumOf,
  sumWhereYes,
} from "../measures";
import type { LedgerView } from "../ledgerView";
import { change, fig, type Piece, previousKey, since, when } from "../phrase";
import { type FigureDef, measured, ratio, type SectionContent } from "../section";

const SOURCE = "基层工会组织台账";

/** 单独 / 联合 with the other words ledgers use for them, from the schema. */
function unionForms(): CategoryTerms {
  const field = schemaById("organisations").fields.find((f) => f.key === "unionForm");
  return (field?.categories ?? []).map((category) => ({
    category,
    terms: [category, ...(field?.categoryWords?.[category] ?? [])],
  }));
}

/**
 * The one count of organisations in the draft: every row with a name (or, without a name column,
 * every row with the flag filled). A blank 是否建会 is 未填: counted here once and said, never a
 * silent change of base.
 */
function coveragePart(orgs: LedgerView, figures: FigureDef[]): Piece[] {
  const named = orgs.has("orgName");
  figures.push(
    measured(
      "orgUnits",
      "纳入统计单位数(家)",
      "count",
      `${SOURCE} · ${named ? "单位名称" : "是否建会"}`,
      named ? countFilled(orgs, "orgName") : countFlagged(orgs, "unionEstablished")
    ),
    measured(
      "orgFlagged",
      "已填是否建会单位数(家)",
      "count",
      `${SOURCE} · 是否建会`,
      countFlagged(orgs, "unionEstablished")
    ),
    {
      key: "orgUnset",
      label: "是否建会未填单位数(家)",
      format: "count",
      source: "由上列数据计算",
      differenceOf: ["orgUnits", "orgFlagged"],
    },
    measured(
      "orgCovered",
      "已建会单位数(家)",
      "count",
      `${SOURCE} · 是否建会=是`,
      countYes(orgs, "unionEstablished")
    ),
    {
      key: "orgUncovered",
      label: "未建会单位数(家)",
      format: "count",
      source: "由上列数据计算",
      differenceOf: ["orgFlagged", "orgCovered"],
    },
    ratio("orgRate", "组建率", "orgCovered", "orgFlagged")
  );
  const pieces: Piece[] = [
    "全街道纳入统计的单位共",
    fig("orgUnits", "int"),
    "家，其中已建会（含联合工会覆盖）",
    fig("orgCovered", "int"),
    "家",
    change("orgCovered", "家"),
    when({ fig: "orgUnset", op: ">", than: 0 }, [
      "，是否建会未填",
      fig("orgUnset", "int"),
      "家（不计入组建率）",
    ]),
    when(
      { fig: "orgRate", op: ">=", than: 0.9 },
      ["，组建率达", fig("orgRate", "pct")],
      ["，组建率", fig("orgRate", "pct")]
    ),
    change("orgRate", "", "pct"),
    when({ fig: "orgRate", op: ">=", than: 0.9 }, [
      since("orgRate", [
        when({ fig: previousKey("orgRate"), op: ">=", than: 0.9 }, ["，保持在90%以上"]),
      ]),
    ]),
  ];
  if (orgs.has("unionForm")) {
    const forms = unionForms();
    const [alone, joint] = forms.map((f, k) => {
      const key = `orgForm${k}`;
      figures.push(
        measured(
          key,
          k === 0 ? "单独建会单位数(家)" : "联合工会覆盖单位数(家)",
          "count",
          `${SOURCE} · 建会方式=${f.category}`,
          countYesInCategory(orgs, "unionEstablished", "unionForm", forms, k)
        )
      );
      return key;
    });
    pieces.push("；单独建会", fig(alone, "int"), "家、联合工会覆盖", fig(joint, "int"), "家");
  }
  pieces.push("。");
  return pieces;
}

/** 入会率 as the yearbook has it: members ÷ employees of the organisations with a union. */
function membershipPart(orgs: LedgerView, figures: FigureDef[]): Piece[][] {
  const paragraphs: Piece[][] = [];
  const flagged = orgs.has("unionEstablished");
  const sum = (key: string) =>
    flagged ? sumWhereYes(orgs, key, "unionEstablished") : sumOf(orgs, key);
  // Without 是否建会 the base is every unit, and the rate says so in its name.
  const scope = flagged ? "已建会单位" : "全部单位";
  const rateName = (group: string) => (flagged ? `${group}入会率` : `覆盖${group}入会率`);
  if (orgs.has("employees") && orgs.has("members")) {
    figures.push(
      measured(
        "employees",
        `${scope}职工人数(人)`,
        "count",
        `${SOURCE} · 职工人数`,
        sum("employees")
      ),
      measured("members", `${scope}会员人数(人)`, "count", `${SOURCE} · 会员人数`, sum("members")),
      ratio("memberRate", rateName("职工"), "members", "employees")
    );
    paragraphs.push([
      `${scope}职工`,
      fig("employees", "int"),
      "人，工会会员",
      fig("members", "int"),
      "人",
      change("members", "人"),
      `，${rateName("职工")}`,
      fig("memberRate", "pct"),
      change("memberRate", "", "pct"),
      "。",
    ]);
  }
  const groups: Array<[string, string, string, string, string]> = [
    ["female", "femaleEmployees", "femaleMembers", "女职工", "女会员"],
    ["migrant", "migrantEmployees", "migrantMembers", "农民工", "农民工会员"],
  ];
  const staffOnly: Piece[] = [];
  for (const [id, staffKey, memberKey, staffWord, memberWord] of groups) {
    const hasStaff = orgs.has(staffKey);
    const hasMembers = orgs.has(memberKey);
    if (hasStaff && hasMembers) {
      figures.push(
        measured(
          `${id}Employees`,
          `${scope}${staffWord}(人)`,
          "count",
          `${SOURCE} · ${staffWord}`,
          sum(staffKey)
        ),
        measured(
          `${id}Members`,
          `${scope}${memberWord}(人)`,
          "count",
          `${SOURCE} · ${memberWord}`,
          sum(memberKey)
        ),
        ratio(`${id}MemberRate`, rateName(staffWord), `${id}Members`, `${id}Employees`)
      );
      paragraphs.push([
        `${scope}${staffWord}`,
        fig(`${id}Employees`, "int"),
        `人，${memberWord}`,
        fig(`${id}Members`, "int"),
        `人，${rateName(staffWord)}`,
        fig(`${id}MemberRate`, "pct"),
        "。",
      ]);
    } else if (hasMembers) {
      figures.push(
        measured(
          `${id}Members`,
          `${memberWord}人数(人)`,
          "count",
          `${SOURCE} · ${memberWord}`,
          sumOf(orgs, memberKey)
        )
      );
      paragraphs.push([`全街道${memberWord}`, fig(`${id}Members`, "int"), "人。"]);
    } else if (hasStaff) {
      figures.push(
        measured(
          `${id}Employees`,
          `${staffWord}人数(人)`,
          "count",
          `${SOURCE} · ${staffWord}`,
          sumOf(orgs, staffKey)
        )
      );
      staffOnly.push(
        staffOnly.length ? "、" : "",
        `${staffWord}`,
        fig(`${id}Employees`, "int"),
        "人"
      );
    }
  }
  if (staffOnly.length)
    paragraphs.push(["纳入统计的单位共有", ...staffOnly.filter((p) => p !== ""), "。"]);
  return paragraphs;
}

/** 一、组织建设: coverage, 组建率 (单独建会 / 联合工会), 入会率 over units with a union, women and migrant workers. */
export function organisationSection(orgs: LedgerView | undefined): SectionContent {
  const base = { id: "organisation", title: "一、组织建设" };
  if (!orgs)
    return { ...base, figures: [], paragraphs: [], missing: "未找到基层工会组织台账，本节从略。" };
  const figures: FigureDef[] = [];
  const paragraphs: Piece[][] = [];
  if (orgs.has("unionEstablished")) paragraphs.push(coveragePart(orgs, figures));
  paragraphs.push(...membershipPart(orgs, figures));
  const charts = orgs.has("unionEstablished")
    ? [{ type: "pie" as const, title: "建会覆盖情况", figures: ["orgCovered", "orgUncovered"] }]
    : [];
  return { ...base, figures, paragraphs, charts };
}
