import type { CellValue, Grid } from "../../../src/core/grid";
import { type Finding, checkLedger } from "../../../src/core/ledgers/checks";
import { detectLedger } from "../../../src/core/ledgers/detect";
import { withPolicyTypes } from "../../../src/core/ledgers/activityTypes";
import { dateYear } from "../../../src/core/ledgers/cells";
import { workbookFindings } from "../../../src/core/ledgers/workbookFindings";

const HEADER = [
  "序号",
  "活动名称",
  "活动类型",
  "日期",
  "场次",
  "参加人次",
  "参加人数",
  "金额(元)",
  "备注",
];

/** A clean 活动台账 of 2024; `edit` changes the data rows (0-based). Data starts on row 3 (A3). */
function register(
  edit?: (rows: CellValue[][]) => void,
  title = "XX街道工会活动台账（2024年度）"
): Grid {
  const rows: CellValue[][] = [
    [1, "安全生产知识培训", "职工培训", "2024-03-15", 3, 180, 60, 4500, null],
    [2, "慈善一日捐", "捐款", "2024-05-20", 1, 320, 320, 18600, null],
    [3, "职工代表大会", "会议", "2024-01-18", 1, 85, 85, null, null],
    [4, "职工健步走", "文体活动", 45500, 1, 200, 200, 3000, null], // 2024-07-27 as a serial
  ];
  edit?.(rows);
  return [[title], HEADER, ...rows];
}

function run(
  grid: Grid,
  year?: number,
  policy?: Array<{ parameter: string; note: string }>
): Finding[] {
  const d = detectLedger(grid);
  expect(d?.schemaId).toBe("activities");
  return checkLedger(grid, d!, {
    ...(year !== undefined ? { year } : {}),
    ...(policy ? { activityTypes: withPolicyTypes(policy) } : {}),
  });
}

const ofCode = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);

describe("a clean activity register", () => {
  it("has no findings for its year", () => {
    expect(run(register(), 2024)).toEqual([]);
  });
});

describe("attendance given without sessions", () => {
  it("is a finding at the blank sessions cell, naming the attendance cell", () => {
    const fs = ofCode(
      run(
        register((r) => (r[0][4] = null)),
        2024
      ),
      "attendance-without-sessions"
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ row: 2, col: 4, severity: "warning" });
    expect(fs[0].message).toBe("E3：场次为空，但F3填有参加人次180，请补填场次（期）");
    expect(fs[0].messageEn).toBe("E3: no sessions, but F3 gives 180 attendances");
  });

  it("a zero session count is the same finding", () => {
    const fs = ofCode(
      run(
        register((r) => (r[1][4] = 0)),
        2024
      ),
      "attendance-without-sessions"
    );
    expect(fs.map((f) => f.message)).toEqual([
      "E4：场次为0，但F4填有参加人次320，请补填场次（期）",
    ]);
  });

  it("is not raised when attendance is blank or zero, or sessions unreadable (named otherwise)", () => {
    expect(
      run(
        register((r) => r[0].splice(4, 3, null, null, null)),
        2024
      )
    ).toEqual([]);
    expect(
      run(
        register((r) => r[0].splice(4, 3, null, 0, 0)),
        2024
      )
    ).toEqual([]);
    expect(
      run(
        register((r) => (r[0][4] = "若干")),
        2024
      ).map((f) => f.code)
    ).toEqual(["not-a-number"]);
  });

  it("is not raised when the register has no sessions column", () => {
    const grid = register().map((row) => row.filter((_, c) => c !== 4));
    expect(run(grid, 2024)).toEqual([]);
  });
});

describe("money on a type that costs nothing", () => {
  it("is a finding at the amount, naming the type's cell", () => {
    const fs = ofCode(
      run(
        register((r) => (r[2][7] = 1200)),
        2024
      ),
      "money-on-free-activity"
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ row: 4, col: 7, severity: "warning" });
    expect(fs[0].message).toBe("H5：金额1200元，但C5的活动类型“会议”不涉及资金，请核对类型或金额");
  });

  it("knows a free type by its other words (座谈 is a 会议, 简报 a 宣传报道)", () => {
    const fs = run(
      register((r) => {
        r[2][2] = "座谈会";
        r[2][7] = 500;
        r[3].splice(2, 1, "信息简报");
      }),
      2024
    );
    expect(ofCode(fs, "money-on-free-activity").map((f) => f.row)).toEqual([4, 5]);
  });

  it("is not raised for a type that has money, nor for a free type with no or zero money", () => {
    expect(
      run(
        register((r) => (r[2][7] = 0)),
        2024
      )
    ).toEqual([]);
    expect(ofCode(run(register(), 2024), "money-on-free-activity")).toEqual([]);
  });

  it("a type the policy sheet adds is free when its note says 免费, and only then", () => {
    const edit = (r: CellValue[][]) => {
      r[3][2] = "普法讲堂";
      r[3][1] = "普法讲堂";
    };
    const free = [{ parameter: "活动类型：普法讲堂", note: "文体活动；免费" }];
    const paid = [{ parameter: "活动类型：普法讲堂", note: "文体活动" }];
    expect(ofCode(run(register(edit), 2024, free), "money-on-free-activity")).toHaveLength(1);
    expect(ofCode(run(register(edit), 2024, paid), "money-on-free-activity")).toEqual([]);
  });
  it("the workbook's findings read the added types from its own 政策参数 sheet, as the draft does", () => {
    const grid = register((r) => {
      r[3][2] = "普法讲堂";
      r[3][1] = "普法讲堂";
    });
    const policy = [
      ["参数", "比例", "金额（元）", "人数", "说明"],
      ["计提比例", "2%", null, null, null],
      ["活动类型：普法讲堂", null, null, null, "文体活动；免费"],
    ];
    const sheets = [
      { name: "活动台账", grid },
      { name: "政策参数", grid: policy },
    ];
    const detections = [
      detectLedger(grid, { sheetName: "活动台账" })!,
      detectLedger(policy, { sheetName: "政策参数" })!,
    ];
    expect(detections[1].schemaId).toBe("policy");
    expect(
      ofCode(workbookFindings(sheets, detections, { year: 2024 }), "money-on-free-activity").map(
        (f) => [f.sheet, f.message]
      )
    ).toEqual([
      ["活动台账", "H6：金额3000元，但C6的活动类型“普法讲堂”不涉及资金，请核对类型或金额"],
    ]);
    // Without the sheet the type is unknown, and unknown types are not judged.
    expect(
      ofCode(
        workbookFindings([sheets[0]], [detections[0]], { year: 2024 }),
        "money-on-free-activity"
      )
    ).toEqual([]);
  });
});

describe("dates outside the report year", () => {
  it("is a finding at the date, text or serial", () => {
    const fs = ofCode(
      run(
        register((r) => {
          r[0][3] = "2023年12月30日";
          r[3][3] = 45658; // 2025-01-01
        }),
        2024
      ),
      "date-outside-year"
    );
    expect(fs.map((f) => f.message)).toEqual([
      "D3：日期在2023年，不在报告年度2024年内，请核对",
      "D6：日期在2025年，不在报告年度2024年内，请核对",
    ]);
    expect(fs[0].severity).toBe("warning");
  });

  it("the first and last days of the year are inside it", () => {
    const grid = register((r) => {
      r[0][3] = "2024.1.1";
      r[1][3] = 45657; // 2024-12-31
    });
    expect(run(grid, 2024)).toEqual([]);
  });

  it("without a year no date is checked", () => {
    expect(run(register((r) => (r[0][3] = "2023-12-30")))).toEqual([]);
  });

  it("the workbook's findings use the year the ledgers name, or the one given", () => {
    const grid = register((r) => (r[0][3] = "2023-12-30"));
    const d = detectLedger(grid, { sheetName: "活动台账" })!;
    const sheets = [{ name: "活动台账", grid }];
    expect(workbookFindings(sheets, [d]).map((f) => f.code)).toEqual(["date-outside-year"]);
    expect(workbookFindings(sheets, [d], { year: 2023 }).map((f) => f.message)).toEqual([
      "D4：日期在2024年，不在报告年度2023年内，请核对",
      "D5：日期在2024年，不在报告年度2023年内，请核对",
      "D6：日期在2024年，不在报告年度2023年内，请核对",
    ]);
    const untitled = register((r) => (r[0][3] = "2023-12-30"), "活动台账");
    expect(
      workbookFindings(
        [{ name: "活动台账", grid: untitled }],
        [detectLedger(untitled, { sheetName: "活动台账" })!]
      )
    ).toEqual([]);
  });
});

describe("dateYear", () => {
  it("reads serials and text dates, and nothing else", () => {
    expect(dateYear(45292)).toBe(2024); // 2024-01-01
    expect(dateYear(45291)).toBe(2023); // 2023-12-31
    expect(dateYear("2024年3月")).toBe(2024);
    expect(dateYear("2024/03/15")).toBe(2024);
    expect(dateYear("三月")).toBeNull();
    expect(dateYear(null)).toBeNull();
  });
});
