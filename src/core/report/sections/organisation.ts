import { countFlagged, countYes, sumOf } from "../measures";
import type { LedgerView } from "../ledgerView";
import { fig, type Piece, when } from "../phrase";
import { type FigureDef, measured, ratio, type SectionContent } from "../section";

const SOURCE = "基层工会组织台账";

/** 一、组织建设: coverage, 组建率 and 入会率, women and migrant members. */
export function organisationSection(orgs: LedgerView | undefined): SectionContent {
  const base = { id: "organisation", title: "一、组织建设" };
  if (!orgs)
    return { ...base, figures: [], paragraphs: [], missing: "未找到基层工会组织台账,本节从略。" };
  const figures: FigureDef[] = [];
  const paragraphs: Piece[][] = [];
  const has = (k: string) => orgs.has(k);

  if (has("unionEstablished")) {
    figures.push(
      measured(
        "orgFlagged",
        "纳入统计单位数(家)",
        "count",
        `${SOURCE} · 是否建会`,
        countFlagged(orgs, "unionEstablished")
      ),
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
    paragraphs.push([
      "全街道纳入统计的单位共",
      fig("orgFlagged", "int"),
      "家,其中已建会(含联合工会覆盖)",
      fig("orgCovered", "int"),
      "家,组建率",
      fig("orgRate", "pct"),
      when({ fig: "orgRate", op: ">=", than: 0.9 }, [",保持在90%以上"]),
      "。",
    ]);
  }
  if (has("employees") && has("members")) {
    figures.push(
      measured(
        "employees",
        "职工人数(人)",
        "count",
        `${SOURCE} · 职工人数`,
        sumOf(orgs, "employees")
      ),
      measured("members", "会员人数(人)", "count", `${SOURCE} · 会员人数`, sumOf(orgs, "members")),
      ratio("memberRate", "入会率", "members", "employees")
    );
    paragraphs.push([
      "职工总数",
      fig("employees", "int"),
      "人,工会会员",
      fig("members", "int"),
      "人,入会率",
      fig("memberRate", "pct"),
      "。",
    ]);
  }
  const groups: Array<[string, string, string, string]> = [
    ["female", "femaleEmployees", "femaleMembers", "女"],
    ["migrant", "migrantEmployees", "migrantMembers", "农民工"],
  ];
  for (const [id, staffKey, memberKey, word] of groups) {
    if (!has(memberKey)) continue;
    figures.push(
      measured(
        `${id}Members`,
        `${word}会员人数(人)`,
        "count",
        `${SOURCE} · ${word}会员人数`,
        sumOf(orgs, memberKey)
      )
    );
    if (has(staffKey)) {
      figures.push(
        measured(
          `${id}Employees`,
          `${word}职工人数(人)`,
          "count",
          `${SOURCE} · ${word}职工人数`,
          sumOf(orgs, staffKey)
        ),
        ratio(`${id}MemberRate`, `${word}职工入会率`, `${id}Members`, `${id}Employees`)
      );
      paragraphs.push([
        `其中${word}职工`,
        fig(`${id}Employees`, "int"),
        `人,${word}会员`,
        fig(`${id}Members`, "int"),
        `人,${word}职工入会率`,
        fig(`${id}MemberRate`, "pct"),
        "。",
      ]);
    } else {
      paragraphs.push([`其中${word}会员`, fig(`${id}Members`, "int"), "人。"]);
    }
  }
  const charts = has("unionEstablished")
    ? [{ type: "pie" as const, title: "建会覆盖情况", figures: ["orgCovered", "orgUncovered"] }]
    : [];
  return { ...base, figures, paragraphs, charts };
}
