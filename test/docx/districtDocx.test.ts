/**
 * The district draft as a Word file: the street report's GB/T 9704 writer over the roll-up's draft,
 * read back as Word would find it. The layout is the street's; the words are the district's.
 */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { districtWorkbook, rollUp, summariseWorkbook } from "../../src/core/rollup";
import { sampleStreets } from "../../src/core/rollup/sampleStreets";
import { reportDocxBytes } from "../../src/docx/docxBytes";

const rollup = rollUp(
  sampleStreets().map((s) => ({
    summary: summariseWorkbook({ file: s.file, sheets: s.sheets }, 2024),
  })),
  [],
  { year: 2024, fallbackYear: 2024, district: "示例区" }
);
const book = districtWorkbook(rollup);
const draft = book.draft;
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
let documentXml: Document;

const all = (doc: Document | Element, tag: string) =>
  Array.from(doc.getElementsByTagNameNS(W, tag));
const attr = (el: Element | undefined, name: string) =>
  el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
const paragraphText = (p: Element) =>
  all(p, "t")
    .map((t) => t.textContent)
    .join("");

beforeAll(async () => {
  const bytes = await reportDocxBytes(draft, {
    exportedAt: new Date("2025-01-15T08:00:00Z"),
    basis: book.basis,
  });
  const zip = await JSZip.loadAsync(bytes);
  documentXml = new DOMParser().parseFromString(
    await zip.file("word/document.xml")!.async("string"),
    "text/xml"
  ) as unknown as Document;
});

describe("the district draft as a Word file (GB/T 9704)", () => {
  it("is laid out as the street's: A4, margins 37/35/28/26 mm, title 二号 centred, body 仿宋_GB2312 三号", () => {
    const section = all(documentXml, "sectPr")[0];
    const margin = all(section, "pgMar")[0];
    const mm = (name: string) => Math.round((Number(attr(margin, name)) / 1440) * 25.4);
    expect([mm("top"), mm("bottom"), mm("left"), mm("right")]).toEqual([37, 35, 28, 26]);
    const paragraphs = all(documentXml, "p");
    const title = paragraphs.find((p) => paragraphText(p) === draft.title)!;
    expect(draft.title).toContain("示例区");
    expect(attr(all(title, "jc")[0], "val")).toBe("center");
    expect(attr(all(title, "sz")[0], "val")).toBe("44");
    const body = paragraphs.find((p) => paragraphText(p) === draft.paragraphs[0].text)!;
    expect(attr(all(body, "rFonts")[0], "eastAsia")).toBe("仿宋_GB2312");
    expect(attr(all(body, "ind")[0], "firstLine")).toBe("640");
  });

  it("holds every sentence of the district draft, in 全区 words, with the ranking sentences", () => {
    const text = all(documentXml, "p").map(paragraphText);
    for (const p of draft.paragraphs) expect(text).toContain(p.text);
    const whole = text.join("\n");
    expect(whole).toContain("全区");
    // The three sample streets have one 组建率: said once, no highest or lowest to name.
    expect(whole).toContain("各街道组建率均为96.4%；");
    // All three sample streets are above 90%: the sentence says so rather than counting those below.
    expect(whole).toContain("各街道组建率均达到90%以上");
    expect(whole).toContain("全区3个街道纳入统计的单位共660家");
    expect(whole).not.toMatch(/全街道|本街道/);
  });

  it("tables the district's key figures as computed over the streets", () => {
    const cells = all(documentXml, "tc").map((c) =>
      all(c, "t")
        .map((t) => t.textContent)
        .join("")
    );
    const covered = draft.figures.find((f) => f.label.startsWith("已建会单位数"))!;
    const at = cells.indexOf(covered.label);
    expect(at).toBeGreaterThan(0);
    const streetsSum = rollup.rows.reduce((n, r) => n + (Number(r.values.orgCovered) || 0), 0);
    expect(cells[at + 1]).toBe(streetsSum.toLocaleString("en-US"));
  });

  it("says the figures come from the streets' workbooks, to export again after editing 分街道汇总", () => {
    const whole = all(documentXml, "p").map(paragraphText).join("\n");
    expect(whole).toContain(
      "导出时（2025-01-15）根据各街道报送的工作簿计算的结果，“分街道汇总”表修改后请重新导出。"
    );
    expect(whole).not.toContain("根据台账计算");
  });
});
