import {
  a4Page,
  emWidth,
  FONTS,
  FOOTER,
  MARGINS,
  narrativeColumnChars,
  wrappedHeight,
} from "../../../../src/core/report/sheets/printStyle";

/**
 * The report's paper: A4 portrait, margins 25/25/25/20 mm, page numbers in the footer, the fonts of
 * official writing, and row heights worked out by hand from Excel's column width (7 px a
 * character + 5 px, 0.75 pt a pixel) so that every wrapped line shows.
 */
describe("the page", () => {
  it("is A4 portrait, one page wide, centred, numbered 第 N 页 共 M 页", () => {
    const area = { row: 0, col: 0, rows: 10, cols: 3 };
    expect(a4Page(area)).toEqual({
      orientation: "portrait",
      fitToWidth: true,
      margins: { top: 25, bottom: 25, left: 25, right: 20, header: 10, footer: 12 },
      printArea: area,
      footer: "第 &P 页 共 &N 页",
      centerHorizontally: true,
    });
    expect(MARGINS).toEqual({ top: 25, bottom: 25, left: 25, right: 20, header: 10, footer: 12 });
    expect(FOOTER).toBe("第 &P 页 共 &N 页");
  });

  it("uses 宋体 18 for the title, 黑体 14 headings, 楷体 13 subheadings, 仿宋 12 body, 宋体 11 tables", () => {
    expect(FONTS).toEqual({
      title: { name: "宋体", size: 18 },
      heading: { name: "黑体", size: 14 },
      subheading: { name: "楷体", size: 13 },
      body: { name: "仿宋", size: 12 },
      table: { name: "宋体", size: 11 },
    });
  });
});

describe("the narrative's column", () => {
  it("is 86 characters on A4 portrait: 165 mm less 8 pt is 459.7 pt; 86 chars are 455.25 pt, 87 would be 460.5", () => {
    expect(narrativeColumnChars(a4Page({ row: 0, col: 0, rows: 1, cols: 1 }))).toBe(86);
  });

  it("is 133 characters on A4 landscape (252 mm less 8 pt: 706.3 pt; 133 chars 702 pt, 134 707.25)", () => {
    const page = {
      ...a4Page({ row: 0, col: 0, rows: 1, cols: 1 }),
      orientation: "landscape" as const,
    };
    expect(narrativeColumnChars(page)).toBe(133);
  });

  it("is never below 10 characters, however narrow the paper", () => {
    const page = {
      ...a4Page({ row: 0, col: 0, rows: 1, cols: 1 }),
      margins: { ...MARGINS, left: 100, right: 100 },
    };
    expect(narrativeColumnChars(page)).toBe(10);
  });
});

describe("text width in ems", () => {
  it("counts a Chinese character or full-width mark as one, anything else as 0.55", () => {
    expect(emWidth("")).toBe(0);
    expect(emWidth("工会")).toBe(2);
    expect(emWidth("，（）：。")).toBe(5);
    expect(emWidth("ab")).toBeCloseTo(1.1, 10);
    expect(emWidth("工会ab，")).toBeCloseTo(4.1, 10);
    expect(emWidth("2024年")).toBeCloseTo(3.2, 10);
  });

  it("takes the range's edges as they are: U+2E80 and U+FFEF wide, U+2E7F and U+FFF0 narrow", () => {
    expect(emWidth("\u2E80")).toBe(1);
    expect(emWidth("\uFFEF")).toBe(1);
    expect(emWidth("\u3000")).toBe(1);
    expect(emWidth("\u2E7F")).toBe(0.55);
    expect(emWidth("\uFFF0")).toBe(0.55);
  });
});

describe("row heights for wrapped text", () => {
  // 86 characters: 455.25 pt less 6 pt of padding, 449.25 pt: 37 characters of 12 pt a line.
  it("gives one line of 12 pt 22 pt (1.5 × 12 + 4) and two lines 40 pt", () => {
    expect(wrappedHeight("工".repeat(37), 86, 12)).toBe(22);
    expect(wrappedHeight("工".repeat(38), 86, 12)).toBe(40);
    expect(wrappedHeight("工".repeat(74), 86, 12)).toBe(40);
    expect(wrappedHeight("工".repeat(75), 86, 12)).toBe(58);
  });

  it("gives an empty cell one line", () => {
    expect(wrappedHeight("", 86, 12)).toBe(22);
  });

  it("rounds up a part line: 13 pt and 21 ems in a 34-character line", () => {
    // 449.25 / 13 → 34 characters a line; one line of 13 pt: 19.5 + 4 = 23.5 → 24.
    expect(wrappedHeight("工".repeat(34), 86, 13)).toBe(24);
    expect(wrappedHeight("工".repeat(35), 86, 13)).toBe(43);
  });

  it("puts at least one character on a line of a column too narrow for one", () => {
    // One character: 9 pt less 6 of padding, 3 pt, narrower than a 10 pt character.
    expect(wrappedHeight("工工", 1, 10)).toBe(34);
    expect(wrappedHeight("ab", 1, 10)).toBe(34);
  });
});
