/**
 * The sample street's 活动台账: a year of training, contests, cultural events, a charity drive,
 * employment help, rest and health, publicity and meetings, as a generic register. Its figures are
 * the ones the sample report states (职工培训9期640人次, 慈善一日捐募集善款1.86万元).
 */
import type { CellValue } from "../grid";
import { excelSerial } from "./sampleRandom";
import { type SampleSheet, buildForm } from "./sampleForm";
import { SAMPLE_STREET } from "./sampleUnits";

export type Activity = [
  name: string,
  type: string,
  month: number,
  day: number,
  sessions: number | null,
  attendance: number | null,
  people: number | null,
  positions: number | null,
  amount: number | null,
  note: string | null,
];

export const ACTIVITIES: readonly Activity[] = [
  ["安全生产知识培训", "职工培训", 3, 12, 2, 160, 150, null, 3200, null],
  ["电工技能提升培训", "职工培训", 4, 18, 3, 180, 60, null, 5400, "分三期"],
  ["工会干部业务培训", "职工培训", 6, 6, 1, 80, 80, null, 1500, null],
  ["新就业形态劳动者培训", "职工培训", 9, 20, 3, 220, 200, null, 4600, null],
  ["“五一”劳动技能竞赛", "技能竞赛", 4, 26, 2, 260, 130, null, 8000, null],
  ["职工厨艺比武", "技能竞赛", 10, 15, 1, 90, 45, null, 2500, null],
  ["职工趣味运动会", "文体活动", 5, 10, 1, 420, 420, null, 12000, null],
  ["职工歌手赛", "文体活动", 7, 5, 2, 300, 80, null, 6000, null],
  ["迎新春联欢会", "文体活动", 1, 20, 1, 350, 350, null, 9000, null],
  ["慈善一日捐", "捐款", 6, 30, 1, 860, 860, null, 18600, "募集善款"],
  ["春风行动招聘会", "就业帮扶", 2, 22, 2, 640, null, 520, null, null],
  ["劳模疗休养", "疗休养", 8, 12, 1, 24, 24, null, 36000, null],
  ["女职工健康体检", "体检", 11, 8, 2, 310, 310, null, 46500, null],
  ["工会工作信息报送", "宣传报道", 12, 20, 36, null, null, null, null, "全年发表信息"],
  ["街道总工会委员会议", "会议", 12, 25, 12, 180, 15, null, null, "每月1次"],
];

export function activitiesSheet(
  activities: readonly Activity[] = ACTIVITIES,
  year = 2024
): SampleSheet {
  const rows: CellValue[][] = activities.map(
    ([name, type, month, day, sessions, attendance, people, positions, amount, note]) => [
      name,
      type,
      excelSerial(year, month, day),
      sessions,
      attendance,
      people,
      positions,
      amount,
      note,
    ]
  );
  const total = (k: number) =>
    rows.reduce<number>((s, r) => s + (typeof r[k] === "number" ? (r[k] as number) : 0), 0);
  return buildForm("活动台账", {
    title: `${SAMPLE_STREET}总工会活动台账(${year}年)`,
    unitLine: `填报单位:${SAMPLE_STREET}总工会`,
    unitRight: "单位:场、人次、人、个、元",
    columns: [
      { label: "活动名称", width: 22 },
      { label: "活动类型", width: 12 },
      { label: "日期", numberFormat: "yyyy-mm-dd", width: 12 },
      { label: "场次\n（期）" },
      { label: "参加人次" },
      { label: "参加人数" },
      { label: "提供岗位" },
      { label: "金额（元）", numberFormat: "#,##0.00", width: 12 },
      { label: "备注", width: 16 },
    ],
    rows,
    totals: [null, null, null, total(3), total(4), total(5), total(6), total(7), null],
    footnote: "注:场次与人次分列,人次按参加活动的人次累计。",
  });
}
