/** The Word export read back: the package unzipped and its XML parsed, as Word would find it. */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { buildSampleWorkbook } from "../../src/core/ledgers/sample";
import { composeReport } from "../../src/core/report/composeReport";
import { reportDocxBytes } from "../../src/docx/docxBytes";

const draft = composeReport(buildSampleWorkbook(), { year: 2024, street: "示例街道" });
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
let zip: JSZip;
let documentXml: Document;
let stylesXml: Document;

const xml = async (name: string) => new DOMParser().parseFromString(await zip.file(name)!.async("string"), "text/xml") as unknown as Document;
const all = (doc: Document | Element, tag: string) => Array.from(doc.getElementsByTagNameNS(W, tag));
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
const paragraphText = (p: Element) => all(p, "t").map((t) => t.textContent).join("");

beforeAll(async () => {
  zip = await JSZip.loadAsync(await reportDocxBytes(draft, { exportedAt: new Date("2025-01-15T08:00:00Z") }));
  documentXml = await xml("word/document.xml");
  stylesXml = await xml("word/styles.xml");
});

describe("the report as a Word file (GB/T 9704)", () => {
  it("is A4 with margins 37/35/28/26 mm and odd/even page-number footers", () => {
    const section = all(documentXml, "sectPr")[0];
    const size = all(section, "pgSz")[0];
    expect([attr(size, "w"), attr(size, "h")]).toEqual(["11906", "16838"]);
    const margin = all(section, "pgMar")[0];
    const mm = (name: string) => Math.round((Number(attr(margin, name)) / 1440) * 25.4);
    expect([mm("top"), mm("bottom"), mm("left"), mm("right")]).toEqual([37, 35, 28, 26]);
    expect(all(section, "footerReference").map((f) => attr(f, "type")).sort()).toEqual(["default", "even"]);
  });

  it("has the title in 方正小标宋简体 二号 centred, the body in 仿宋_GB2312 三号 with a 2-character indent at 22 lines a page", () => {
    const paragraphs = all(documentXml, "p");
    const title = paragraphs.find((p) => paragraphText(p) === draft.title)!;
    expect(attr(all(title, "jc")[0], "val")).toBe("center");
    expect(attr(all(title, "rFonts")[0], "eastAsia")).toBe("方正小标宋简体");
    expect(attr(all(title, "sz")[0], "val")).toBe("44");
    const sentence = draft.paragraphs[0].text;
    const body = paragraphs.find((p) => paragraphText(p) === sentence)!;
    expect(attr(all(body, "rFonts")[0], "eastAsia")).toBe("仿宋_GB2312");
    expect(attr(all(body, "sz")[0], "val")).toBe("32");
    expect(attr(all(body, "ind")[0], "firstLine")).toBe("640");
    const spacing = all(body, "spacing")[0];
    expect(attr(spacing, "lineRule")).toBe("exact");
    // 225 mm of text height over 22 lines.
    expect(Number(attr(spacing, "line")) * 22).toBeCloseTo((225 / 25.4) * 1440, -2);
  });

  it("sets 一、 headings in 黑体 and (一) ones in 楷体_GB2312, as heading styles", () => {
    const styleFont = (id: string) => {
      const style = all(stylesXml, "style").find((s) => attr(s, "styleId") === id)!;
      return attr(all(style, "rFonts")[0], "eastAsia");
    };
    expect([styleFont("Heading1"), styleFont("Heading2")]).toEqual(["黑体", "楷体_GB2312"]);
    const styled = (id: string) =>
      all(documentXml, "p").filter((p) => attr(all(p, "pStyle")[0], "val") === id).map(paragraphText);
    expect(styled("Heading1")).toEqual(draft.blocks.filter((b) => b.kind === "heading").map((b) => b.text));
    expect(styled("Heading2")[0]).toBe("（一）组织建设方面：（请填写）");
  });

  it("holds every sentence and the key figures as computed, and says when they were computed", () => {
    const text = all(documentXml, "p").map(paragraphText);
    for (const p of draft.paragraphs) expect(text).toContain(p.text);
    expect(text).toContain("参保人数达到8160人，其中在职4040人，退休688人，安康1262人，特种2170人。");
    const cells = all(documentXml, "tc").map((c) => all(c, "t").map((t) => t.textContent).join(""));
    const covered = cells.indexOf("已建会单位数（家）");
    expect(cells[covered + 1]).toBe("212");
    expect(cells).toContain("96.4%");
    expect(text.join("\n")).toContain("导出时（2025-01-15）根据台账计算");
    expect(text.join("\n")).not.toMatch(/从略|核对事项|请在任务窗格/);
  });

  it("numbers pages as — 1 — in 4号 at the outside edge", async () => {
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    const found = await Promise.all(footers.map(async (n) => (await zip.file(n)!.async("string"))));
    expect(found.some((f) => f.includes("— ") && f.includes("PAGE") && f.includes('w:val="right"'))).toBe(true);
    expect(found.some((f) => f.includes('w:val="left"'))).toBe(true);
    expect(found.every((f) => f.includes('w:sz w:val="28"'))).toBe(true);
  });
});
