/** The DrawingML generator on its own: well-formed parts, escaped text, refs to the right cells, each kind. */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import fc from "fast-check";
import {
  anchorXml,
  type ChartDescription,
  chartXml,
  columnRef,
  drawingXml,
} from "../../src/file/charts/chartXml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => void (level !== "warning" && errors.push(msg)),
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

const all = (doc: Document | Element, ns: string, name: string) =>
  Array.from(doc.getElementsByTagNameNS(ns, name));
const text = (doc: Document | Element, ns: string, name: string) =>
  all(doc, ns, name).map((e) => e.textContent);

/** What XML 1.0 can carry of a string. */
const xmlOnly = (s: string) =>
  s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");

const COVERAGE: ChartDescription = {
  kind: "pie",
  title: "建会覆盖情况",
  sheet: "报告数据",
  categories: { row: 7, col: 0, values: ["已建会单位数（家）", "未建会单位数（家）"] },
  values: { row: 7, col: 1, values: [212, 8] },
  numberFormat: "#,##0",
};

describe("chartXml", () => {
  it("a pie: one series over the sheet's cells, quoted sheet name, cached labels and values, a legend", () => {
    const doc = parse(chartXml(COVERAGE));
    expect(all(doc, C, "pieChart")).toHaveLength(1);
    expect(all(doc, C, "barChart")).toHaveLength(0);
    expect(text(doc, C, "f")).toEqual(["'报告数据'!$A$8:$A$9", "'报告数据'!$B$8:$B$9"]);
    expect(text(doc, A, "t")).toEqual(["建会覆盖情况"]);
    const cat = all(doc, C, "cat")[0];
    expect(text(cat, C, "v")).toEqual(["已建会单位数（家）", "未建会单位数（家）"]);
    expect(text(all(doc, C, "val")[0], C, "v")).toEqual(["212", "8"]);
    expect(text(doc, C, "formatCode")).toEqual(["#,##0"]);
    expect(all(doc, C, "legend")).toHaveLength(1);
  });

  it("column and bar: clustered bars upright or lying, with both axes, no legend", () => {
    for (const kind of ["column", "bar"] as const) {
      const doc = parse(
        chartXml({ ...COVERAGE, kind, title: "各街道组建率", numberFormat: "0.0%" })
      );
      const barDir = all(doc, C, "barDir")[0];
      expect(barDir.getAttribute("val")).toBe(kind === "column" ? "col" : "bar");
      expect(all(doc, C, "catAx")).toHaveLength(1);
      expect(all(doc, C, "valAx")).toHaveLength(1);
      expect(all(doc, C, "legend")).toHaveLength(0);
      // The two axes name each other, and the chart names both.
      const ids = all(all(doc, C, "barChart")[0], C, "axId").map((e) => e.getAttribute("val"));
      expect(all(all(doc, C, "catAx")[0], C, "crossAx")[0].getAttribute("val")).toBe(ids[1]);
      expect(all(all(doc, C, "valAx")[0], C, "crossAx")[0].getAttribute("val")).toBe(ids[0]);
    }
  });

  it('escapes & < > " and a quote in titles, labels and sheet names; Chinese stays as it is', () => {
    const nasty: ChartDescription = {
      ...COVERAGE,
      title: `A&B <组建率> "甲"`,
      sheet: `张三's <数据>&`,
      categories: { row: 0, col: 2, values: ["<甲&乙>", '丙"丁'] },
      values: { row: 0, col: 3, values: [1, 2] },
    };
    const xml = chartXml(nasty);
    expect(xml).toContain("<a:t>A&amp;B &lt;组建率&gt; &quot;甲&quot;</a:t>");
    const doc = parse(xml);
    expect(text(doc, A, "t")).toEqual([`A&B <组建率> "甲"`]);
    expect(text(doc, C, "f")).toEqual([
      `'张三''s <数据>&'!$C$1:$C$2`,
      `'张三''s <数据>&'!$D$1:$D$2`,
    ]);
    expect(text(all(doc, C, "cat")[0], C, "v")).toEqual(["<甲&乙>", '丙"丁']);
  });

  it("drops characters XML cannot hold (a control character typed into a cell), and leaves gaps for blanks", () => {
    const doc = parse(
      chartXml({
        ...COVERAGE,
        title: "建会\u0001情况\uD800",
        values: { row: 7, col: 1, values: [212, null] },
      })
    );
    expect(text(doc, A, "t")).toEqual(["建会情况"]);
    const val = all(doc, C, "val")[0];
    expect(all(val, C, "ptCount")[0].getAttribute("val")).toBe("2");
    expect(all(val, C, "pt").map((p) => p.getAttribute("idx"))).toEqual(["0"]);
  });

  it("keeps tabs and line breaks in a title as they were (a parser would turn a bare CR into LF)", () => {
    expect(text(parse(chartXml({ ...COVERAGE, title: "甲\r\n乙\t丙" })), A, "t")).toEqual([
      "甲\r\n乙\t丙",
    ]);
  });

  it("keeps the other line breaks a parser may turn into LF (NEL, LINE and PARAGRAPH SEPARATOR)", () => {
    const odd = "甲\u0085乙\u2028丙\u2029丁";
    const doc = parse(chartXml({ ...COVERAGE, title: odd, sheet: odd }));
    expect(text(doc, A, "t")).toEqual([odd]);
    expect(text(doc, C, "f")[0]).toBe(columnRef(odd, 7, 0, 2));
  });

  it("any title and sheet name gives a well-formed part that reads back the same", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 30 }),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 31 }),
        (title, sheet) => {
          const doc = parse(chartXml({ ...COVERAGE, title, sheet }));
          expect(text(doc, A, "t")).toEqual([xmlOnly(title)]);
          expect(text(doc, C, "f")[0]).toBe(columnRef(xmlOnly(sheet), 7, 0, 2));
        }
      ),
      { numRuns: 200 }
    );
  });

  it("refuses labels and values of different lengths, and an empty series", () => {
    expect(() => chartXml({ ...COVERAGE, values: { row: 7, col: 1, values: [1] } })).toThrow(
      /行数/
    );
    expect(() =>
      chartXml({
        ...COVERAGE,
        categories: { row: 7, col: 0, values: [] },
        values: { row: 7, col: 1, values: [] },
      })
    ).toThrow(/为空/);
  });

  it("columnRef: one cell, a column of cells, far columns", () => {
    expect(columnRef("报告数据", 4, 1, 3)).toBe("'报告数据'!$B$5:$B$7");
    expect(columnRef("Sheet1", 0, 27, 1)).toBe("'Sheet1'!$AB$1");
  });
});

describe("the drawing", () => {
  it("anchors each chart from one cell's corner to another's, pointing at its chart relationship", () => {
    const doc = parse(
      drawingXml([
        {
          from: { row: 138, col: 0 },
          to: { row: 154, col: 2 },
          relId: "rId1",
          id: 2,
          title: "建会覆盖情况",
        },
        {
          from: { row: 156, col: 0 },
          to: { row: 172, col: 2 },
          relId: "rId2",
          id: 3,
          title: "A&B",
        },
      ])
    );
    const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    const anchors = all(doc, XDR, "twoCellAnchor");
    expect(anchors).toHaveLength(2);
    expect(text(anchors[0], XDR, "row")).toEqual(["138", "154"]);
    expect(text(anchors[0], XDR, "col")).toEqual(["0", "2"]);
    const refs = all(doc, C, "chart").map((c) =>
      c.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")
    );
    expect(refs).toEqual(["rId1", "rId2"]);
    expect(
      all(doc, XDR, "cNvPr").map((e) => [e.getAttribute("id"), e.getAttribute("descr")])
    ).toEqual([
      ["2", "建会覆盖情况"],
      ["3", "A&B"],
    ]);
  });

  it("refuses an anchor whose corner is not below and right of its start", () => {
    expect(() =>
      anchorXml({
        from: { row: 5, col: 0 },
        to: { row: 5, col: 2 },
        relId: "rId1",
        id: 2,
        title: "x",
      })
    ).toThrow(/位置无效/);
  });
});
