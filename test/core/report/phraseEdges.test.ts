import { HyperFormula } from "hyperformula";
import {
  change,
  fig,
  type FigureLookup,
  figuresIn,
  type Piece,
  phraseFormula,
  phraseText,
  previousKey,
  since,
  when,
} from "../../../src/core/report/phrase";

/**
 * A sentence's words at the edges, written by hand, as core's text and as the formula's value in
 * HyperFormula: every comparison a threshold phrase uses exactly at, just below and just above its
 * bound, and every way a figure is written.
 */
const CELLS: Record<string, string> = { x: "B1", t: "C1", [previousKey("x")]: "D1" };

function both(pieces: Piece[], x: number, t = 0, last: number | null = null): [string, unknown] {
  const figures: FigureLookup = {
    value: (k) => (k === "x" ? x : k === "t" ? t : (last as number)),
    address: (k) => CELLS[k],
    hasPrevious: () => last !== null,
  };
  const engine = HyperFormula.buildFromArray([[null, x, t, last, phraseFormula(pieces, figures)]], {
    licenseKey: "gpl-v3",
  });
  return [phraseText(pieces, figures), engine.getCellValue({ sheet: 0, row: 0, col: 4 })];
}

describe("each comparison exactly at, just below and just above its bound", () => {
  const said = (op: ">" | ">=" | "=" | "<" | "<=") =>
    [when({ fig: "x", op, than: 0.9 }, ["是"], ["否"])] as Piece[];
  it.each([
    [">", 0.899, "否"],
    [">", 0.9, "否"],
    [">", 0.901, "是"],
    [">=", 0.899, "否"],
    [">=", 0.9, "是"],
    [">=", 0.901, "是"],
    ["=", 0.899, "否"],
    ["=", 0.9, "是"],
    ["=", 0.901, "否"],
    ["<", 0.899, "是"],
    ["<", 0.9, "否"],
    ["<", 0.901, "否"],
    ["<=", 0.899, "是"],
    ["<=", 0.9, "是"],
    ["<=", 0.901, "否"],
  ] as const)("x %s 0.9 at %f: %s", (op, x, expected) => {
    expect(both(said(op), x)).toEqual([expected, expected]);
  });

  it("against another figure: 超额 only above the task, 完成 at it", () => {
    const pieces: Piece[] = [
      when({ fig: "x", op: ">", than: { fig: "t" } }, ["超额完成"], [
        when({ fig: "x", op: "=", than: { fig: "t" } }, ["完成"], ["未完成"]),
      ]),
    ];
    expect(both(pieces, 49, 50)).toEqual(["未完成", "未完成"]);
    expect(both(pieces, 50, 50)).toEqual(["完成", "完成"]);
    expect(both(pieces, 51, 50)).toEqual(["超额完成", "超额完成"]);
  });
});

describe("every way a figure is written", () => {
  it.each([
    ["int", 57.5, "58"],
    ["int", 57.4, "57"],
    ["pct", 0.955, "95.5%"],
    ["pct", 0.9, "90%"],
    ["pct", 0.96449, "96.4%"],
    ["wan", 2591637.1, "259.16"],
    ["wan", 17000, "1.70"],
    ["yuan", 2591637.1, "2591637.1"],
    ["yuan", 12.345, "12.35"],
    ["hundredths", 263.6, "263.60"],
    ["hundredths", 17.305, "17.31"],
  ] as const)("%s of %f is %s", (as, x, expected) => {
    expect(both([fig("x", as)], x)).toEqual([expected, expected]);
  });

  it("punctuation between Chinese pieces turns full-width, in the text and the formula", () => {
    expect(both(["共", fig("x", "int"), "家,其中"], 5)).toEqual(["共5家，其中", "共5家，其中"]);
  });

  it("an empty sentence is empty in both", () => {
    expect(both([], 5)).toEqual(["", ""]);
    expect(both([change("x", "家")], 5)).toEqual(["", ""]);
  });
});

describe("同比 at its edges", () => {
  it.each([
    ["one more", 129, 128, "，较上年增加1家，增长0.8%"],
    ["one less", 127, 128, "，较上年减少1家，同比下降0.8%"],
    ["down to zero", 0, 128, "，较上年减少128家，同比下降100.0%"],
    ["doubled", 256, 128, "，较上年增加128家，增长100.0%"],
  ])("%s", (_name, now, last, expected) => {
    expect(both([change("x", "家")], now, 0, last)).toEqual([expected, expected]);
  });

  it("万元 and hundredths: the gap to the fen, down as well as up", () => {
    expect(both([change("x", "万元", "wan")], 16200, 0, 18600)).toEqual([
      "，较上年减少0.24万元，同比下降12.9%",
      "，较上年减少0.24万元，同比下降12.9%",
    ]);
    expect(both([change("x", "万元", "hundredths")], 263.6, 0, 246.3)).toEqual([
      "，较上年增加17.30万元，增长7.0%",
      "，较上年增加17.30万元，增长7.0%",
    ]);
    expect(both([change("x", "万元", "hundredths")], 246.3, 0, 263.6)).toEqual([
      "，较上年减少17.30万元，同比下降6.6%",
      "，较上年减少17.30万元，同比下降6.6%",
    ]);
  });

  it("a rate flat, and 保持 / 继续 only with last year known", () => {
    expect(both([change("x", "", "pct")], 0.95, 0, 0.95)).toEqual(["，与上年持平", "，与上年持平"]);
    const keep: Piece[] = ["组建率", since("x", ["保持在", fig("x", "pct")], ["达", fig("x", "pct")])];
    expect(both(keep, 0.95, 0, 0.93)).toEqual(["组建率保持在95%", "组建率保持在95%"]);
    expect(both(keep, 0.95)).toEqual(["组建率达95%", "组建率达95%"]);
  });
});

describe("figuresIn: every figure a sentence needs, so one that is missing leaves it out", () => {
  it("finds figures in conditions, choices, changes and since", () => {
    const pieces: Piece[] = [
      "共",
      fig("a", "int"),
      { cell: "'台账'!$A$1", text: "甲" },
      when({ fig: "b", op: ">", than: { fig: "c" } }, [fig("d", "pct")], [fig("e", "int")]),
      when({ fig: "f", op: ">=", than: 0.9 }, ["达"]),
      change("g", "家"),
      since("h", [fig("i", "int")], [fig("j", "int")]),
    ];
    expect(figuresIn(pieces)).toEqual(["a", "b", "c", "d", "e", "f", "g", "i", "j"]);
  });
});

describe("a cell's text, and parts that say nothing", () => {
  const figures: FigureLookup = { value: () => 5, address: () => "B1", hasPrevious: () => false };

  it("a cell's text is said as it stands, and the formula reads the cell", () => {
    const pieces: Piece[] = ["开展", { cell: "A1", text: "夏送清凉" }, "活动"];
    expect(phraseText(pieces, figures)).toBe("开展夏送清凉活动");
    const formula = phraseFormula(pieces, figures);
    expect(formula).toBe('="开展"&A1&""&"活动"');
    const engine = HyperFormula.buildFromArray([["夏送清凉", formula]], { licenseKey: "gpl-v3" });
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe("开展夏送清凉活动");
  });

  it("a 同比 without last year leaves no empty part in the formula", () => {
    expect(phraseFormula(["共", fig("x", "int"), "家", change("x", "家")], figures)).toBe(
      '="共"&TEXT(B1,"0")&"家"'
    );
    expect(phraseFormula([change("x", "家")], figures)).toBe('=""');
  });
});

describe("defaults", () => {
  it("a choice without an else says nothing when its condition fails", () => {
    const pieces: Piece[] = ["完成", when({ fig: "x", op: ">", than: { fig: "t" } }, ["，超额完成"])];
    expect(both(pieces, 50, 50)).toEqual(["完成", "完成"]);
  });

  it("a lookup that knows no last year (no hasPrevious) says no 同比 and no 保持", () => {
    const figures: FigureLookup = { value: () => 0.95, address: () => "B1" };
    const pieces: Piece[] = ["组建率", since("x", ["保持"], ["达"]), change("x", "", "pct")];
    expect(phraseText(pieces, figures)).toBe("组建率达");
    expect(phraseFormula(pieces, figures)).toBe('="组建率"&"达"');
  });
});
