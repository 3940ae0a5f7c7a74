/**
 * The report as a Word file in the layout of GB/T 9704-2012 (党政机关公文格式), rendered from the one
 * composed draft: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title in 方正小标宋简体
 * 二号 centred; body in 仿宋_GB2312 三号 with a two-character first-line indent, at a fixed line
 * spacing that puts 22 lines on a page; 一、 headings in 黑体, (一) in 楷体_GB2312; page numbers
 * "— 1 —" in 4号 at the bottom outside edge. The key figures follow as 附表; charts are not drawn
 * (the table stands in for them). Word falls back to a font it has where these are missing.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { zhPunctuation } from "../core/punctuation";
import { rateText } from "../core/text";
import type { ReportDraft } from "../core/report/composeReport";
import type { PlacedFigure } from "../core/report/resolveFigures";

/** Twips (1/20 pt) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);

export const GB9704 = {
  page: { width: mm(210), height: mm(297) },
  margins: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Half-points: 二号 22 pt, 三号 16 pt, 4号 14 pt. */
  sizes: { title: 44, body: 32, pageNumber: 28, table: 24 },
  fonts: {
    title: "方正小标宋简体",
    body: "仿宋_GB2312",
    heading: "黑体",
    subheading: "楷体_GB2312",
    pageNumber: "宋体",
  },
  /** 22 lines in the 225 mm between the margins: 28.95 pt a line, exactly. */
  line: Math.round(((297 - 37 - 35) / 22) * (72 / 25.4) * 20),
  /** Two characters of 三号 (16 pt each). */
  indent: 640,
};

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const exact = { line: GB9704.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function run(text: string, face: string, size: number, bold = false): TextRun {
  return new TextRun({ text, font: font(face), size, bold });
}

function bodyParagraph(text: string, face = GB9704.fonts.body): Paragraph {
  return new Paragraph({
    children: [run(text, face, GB9704.sizes.body)],
    spacing: exact,
    indent: { firstLine: GB9704.indent },
    alignment: AlignmentType.JUSTIFIED,
  });
}

/** 一、 and （一）: body size and indent, in their own face, marked as headings for Word's navigation pane. */
function headingParagraph(
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  face: string
): Paragraph {
  return new Paragraph({
    heading: level,
    children: [run(text, face, GB9704.sizes.body)],
    spacing: exact,
    indent: { firstLine: GB9704.indent },
  });
}

function valueText(f: PlacedFigure): string {
  if (f.format === "rate") return rateText(f.value);
  const digits = f.format === "money" ? 2 : 0;
  return f.value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function tableCell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        children: [run(text, GB9704.fonts.body, GB9704.sizes.table, bold)],
        alignment: AlignmentType.LEFT,
      }),
    ],
  });
}

function figuresTable(figures: readonly PlacedFigure[]): Table {
  const widths = [40, 18, 42];
  const header = new TableRow({
    tableHeader: true,
    children: ["指标", "数值", "来源"].map((t, i) => tableCell(t, widths[i], true)),
  });
  const rows = figures.map(
    (f) =>
      new TableRow({
        children: [zhPunctuation(f.label), valueText(f), zhPunctuation(f.source)].map((t, i) =>
          tableCell(t, widths[i])
        ),
      })
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** "— 1 —" in 4号 宋体, at the outside edge: right on odd pages, left on even ones. */
function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const size = GB9704.sizes.pageNumber;
  const face = font(GB9704.fonts.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        children: [
          new TextRun({ text: "— ", font: face, size }),
          new TextRun({ children: [PageNumber.CURRENT], font: face, size }),
          new TextRun({ text: " —", font: face, size }),
        ],
      }),
    ],
  });
}

export interface DocxOptions {
  /** When the figures were computed, for the note that says so. */
  exportedAt: Date;
  /**
   * What the figures were computed from, for that note: a street's ledgers (the default), or for a
   * roll-up the workbooks its streets or districts sent (the table a district edits).
   */
  basis?: { from: string; edited: string };
}

const LEDGERS = { from: "台账", edited: "台账" };

export function reportDocument(draft: ReportDraft, options: DocxOptions): Document {
  const children: Array<Paragraph | Table> = [];
  for (const block of draft.blocks) {
    if (block.kind === "title") {
      children.push(
        new Paragraph({
          children: [run(block.text, GB9704.fonts.title, GB9704.sizes.title)],
          alignment: AlignmentType.CENTER,
          spacing: { ...exact, line: GB9704.line * 2, after: GB9704.line },
        })
      );
    } else if (block.kind === "heading") {
      children.push(headingParagraph(block.text, HeadingLevel.HEADING_1, GB9704.fonts.heading));
    } else if (block.kind === "subheading") {
      children.push(headingParagraph(block.text, HeadingLevel.HEADING_2, GB9704.fonts.subheading));
    } else children.push(bodyParagraph(block.text));
  }
  const day = options.exportedAt.toISOString().slice(0, 10);
  const basis = options.basis ?? LEDGERS;
  children.push(
    new Paragraph({ children: [], spacing: exact }),
    bodyParagraph(
      `附表：关键数据${draft.charts.length ? "（图表未随文导出，以本表代替）" : ""}`,
      GB9704.fonts.heading
    ),
    figuresTable(draft.figures),
    new Paragraph({ children: [], spacing: exact }),
    bodyParagraph(
      `注：本文中的数字为导出时（${day}）根据${basis.from}计算的结果，${basis.edited}修改后请重新导出。`,
      GB9704.fonts.body
    )
  );

  const headingStyle = (id: string, name: string, face: string) => ({
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: face, size: GB9704.sizes.body, bold: false, color: "000000" },
    paragraph: { spacing: exact },
  });
  return new Document({
    creator: "UnionStats 工会统计助手",
    title: draft.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: GB9704.fonts.body, size: GB9704.sizes.body } },
      },
      paragraphStyles: [
        headingStyle("Heading1", "heading 1", GB9704.fonts.heading),
        headingStyle("Heading2", "heading 2", GB9704.fonts.subheading),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: GB9704.page,
            margin: { ...GB9704.margins, header: mm(15), footer: mm(28) - mm(7) },
          },
        },
        footers: {
          default: pageNumberFooter(AlignmentType.RIGHT),
          even: pageNumberFooter(AlignmentType.LEFT),
        },
        children,
      },
    ],
  });
}
