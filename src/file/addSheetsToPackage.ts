/**
 * The command line's report output: the input workbook's package copied part by part, its
 * worksheets still packed as they were (never inflated, never parsed), with the sheets of another
 * package (the report's, written by ExcelJS into a workbook of their own) added to it. So writing
 * costs memory in proportion to the file, not to ExcelJS's model of every cell, and nothing of the
 * input (charts, pivot tables, macros, comments) is lost on the way.
 *
 * What is merged: the new worksheets and the parts they refer to (drawings, charts) under fresh
 * names; their <sheet> entries, print areas and the active tab in workbook.xml; relationships;
 * content types; their styles appended to the input's (mergeStyles); their shared strings written
 * into the cells as inline strings, so the input's sharedStrings.xml is copied untouched. Input
 * sheets marked selected lose the mark (two selected tabs open grouped), streamed through.
 */
import { Inflate, inflateRaw } from "pako";
import { WorkbookFileError } from "./fileErrors";
import { packedData } from "./inflationCap";
import { mergeStyles } from "./mergeStyles";
import {
  attributes,
  type Child,
  childrenOf,
  PackageError,
  REL_NS,
  Rels,
  relsPartOf,
  resolvePart,
  rootChildren,
  withAttribute,
} from "./packageXml";
import { xmlText } from "./charts/chartXml";
import { deflatedEntry, EntryDeflater, type PackedEntry, writeZip } from "./zipWriter";
import { type ZipEntry, zipEntries } from "./zipEntries";

const WORKBOOK = "xl/workbook.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const REL_TYPE = { worksheet: `${REL_NS}/worksheet`, styles: `${REL_NS}/styles` };
/** A selected tab, in a sheet's <sheetView>: ignored past the sheet's head (its cells start there). */
const TAB_SELECTED = /\s+tabSelected\s*=\s*(["'])(?:1|true)\1/g;
const SHEET_DATA = /<(?:\w+:)?sheetData\b/;
/** How much of a sheet is looked at for its view: the views come before the cells. */
const MAX_HEAD = 1 << 20;

/** A zip read for its parts: entries by name, and each part's text on demand. */
class ZipParts {
  readonly entries: ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;

  constructor(
    readonly bytes: Uint8Array,
    readonly file: string
  ) {
    this.entries = zipEntries(bytes);
    this.byName = new Map(this.entries.map((e) => [e.name, e]));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  packed(entry: ZipEntry): Uint8Array {
    return packedData(this.bytes, entry, this.file);
  }

  text(name: string): string | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const packed = this.packed(entry);
    const bytes = entry.method === 0 ? packed : inflateRaw(packed);
    return new TextDecoder("utf-8").decode(bytes);
  }

  need(name: string): string {
    const text = this.text(name);
    if (text === undefined) throw new PackageError(`${name} is missing`);
    return text;
  }

  rels(part: string): Rels {
    const relsPart = relsPartOf(part);
    return new Rels(relsPart, this.text(relsPart));
  }
}

/** The worksheet parts a workbook lists, in order: name, the <sheet> element, part. */
function sheetsOf(zip: ZipParts): Array<{ name: string; tag: string; part?: string; id: number }> {
  const xml = zip.need(WORKBOOK);
  const rels = zip.rels(WORKBOOK);
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const attrs = attributes(m[0]);
    const rid = Object.entries(attrs).find(([k]) => /^\w+:id$/.test(k))?.[1];
    const target = rid && rels.target(rid);
    return {
      name: attrs.name ?? "",
      tag: m[0],
      part: target ? resolvePart(WORKBOOK, target) : undefined,
      id: Number(attrs.sheetId) || 0,
    };
  });
}

/** The content type each part has in a package: its override, else its extension's default. */
function contentTypes(xml: string): (part: string) => string | undefined {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?(Override|Default)\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (m[1] === "Override") overrides.set(a.PartName?.toLowerCase(), a.ContentType);
    else defaults.set(a.Extension?.toLowerCase(), a.ContentType);
  }
  return (part) =>
    overrides.get(`/${part}`.toLowerCase()) ??
    defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());
}

function addOverrides(types: string, overrides: ReadonlyArray<[string, string]>): string {
  const end = types.lastIndexOf("</");
  if (end < 0) throw new PackageError(`${CONTENT_TYPES}: no end tag`);
  const added = overrides
    .map(
      ([part, type]) => `<Override PartName="/${xmlText(part)}" ContentType="${xmlText(type)}"/>`
    )
    .join("");
  return types.slice(0, end) + added + types.slice(end);
}

/** Fresh part names, none taken in the package (compared without case, as zip tools may). */
class PartNames {
  private readonly taken: Set<string>;

  constructor(names: readonly string[]) {
    this.taken = new Set(names.map((n) => n.toLowerCase()));
  }

  /** "xl/charts/chart1.xml" → "xl/charts/chart4.xml" when 1 to 3 are taken. */
  fresh(like: string): string {
    const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(like);
    const [stem, ext] = m ? [m[1], m[3]] : [like, ""];
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** The text inside each <si> of a sharedStrings part: what a cell's <is> holds alike. */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map(
    (m) => m[1] ?? ""
  );
}

/** A new sheet's XML made to stand in the input: inline strings, style indexes moved. */
function adaptSheet(xml: string, strings: readonly string[], style: (s: number) => number): string {
  return xml
    .replace(/<c\b([^>]*?)\s+t="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_, before, after, index) => {
      const inner = strings[Number(index)];
      if (inner === undefined) throw new PackageError(`shared string ${index} is not defined`);
      return `<c${before} t="inlineStr"${after}><is>${inner}</is></c>`;
    })
    .replace(/<(c|row)\b[^>]*>/g, (tag: string) => {
      const s = attributes(tag).s;
      return s === undefined ? tag : withAttribute(tag, "s", String(style(Number(s))));
    })
    .replace(/<col\b[^>]*>/g, (tag: string) => {
      const s = attributes(tag).style;
      return s === undefined ? tag : withAttribute(tag, "style", String(style(Number(s))));
    });
}

/** Inflates `packed` chunk by chunk into `take`; `take` returns false to stop early. */
function eachChunk(packed: Uint8Array, method: number, take: (chunk: Uint8Array) => boolean): void {
  if (method === 0) {
    take(packed);
    return;
  }
  const stop = {};
  const inflate = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  inflate.onData = (chunk) => {
    if (!take(chunk as Uint8Array)) throw stop;
  };
  try {
    inflate.push(packed, true);
  } catch (e) {
    if (e === stop) return;
    throw e;
  }
  if (inflate.err) throw new Error(inflate.msg || `inflate error ${inflate.err}`);
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/** The beginning of a sheet's XML, up to its cells (bytes as latin1 characters, so tags read as they are). */
function sheetHead(packed: Uint8Array, method: number): string {
  let head = "";
  eachChunk(packed, method, (chunk) => {
    head += latin1(chunk);
    return !SHEET_DATA.test(head) && head.length < MAX_HEAD;
  });
  return head;
}

/** A sheet without its selected-tab marks, inflated and deflated again a chunk at a time. */
function unselected(name: string, packed: Uint8Array, method: number): PackedEntry {
  const deflater = new EntryDeflater(name);
  let head: string | undefined = "";
  eachChunk(packed, method, (chunk) => {
    if (head === undefined) {
      deflater.push(chunk.slice());
      return true;
    }
    head += latin1(chunk);
    if (SHEET_DATA.test(head) || head.length >= MAX_HEAD) {
      const at = head.search(SHEET_DATA);
      const views = at < 0 ? head : head.slice(0, at);
      deflater.push(
        Buffer.from(views.replace(TAB_SELECTED, "") + head.slice(views.length), "latin1")
      );
      head = undefined;
    }
    return true;
  });
  if (head !== undefined) deflater.push(Buffer.from(head.replace(TAB_SELECTED, ""), "latin1"));
  return deflater.finish();
}

function copied(zip: ZipParts, entry: ZipEntry): PackedEntry {
  return {
    name: entry.name,
    method: entry.method,
    crc32: entry.crc32,
    size: entry.size,
    packed: zip.packed(entry),
  };
}

/** The start of the first child of `children` named one of `names`. */
function firstOf(children: readonly Child[], names: readonly string[]): Child | undefined {
  return children.find((c) => names.includes(c.name));
}

/**
 * `input` (an .xlsx, already checked: kind of file, real unpacked size) with the worksheets of
 * `added` (an .xlsx whose sheet names are not taken in `input`) appended, the last one shown.
 * Errors in the input's parts name `file`.
 */
export function addSheetsToPackage(input: Uint8Array, added: Uint8Array, file: string): Uint8Array {
  try {
    return merge(new ZipParts(input, file), new ZipParts(added, "added.xlsx"));
  } catch (e) {
    if (e instanceof PackageError) throw new WorkbookFileError("unreadable", file, e.message);
    throw e;
  }
}

function merge(zip: ZipParts, extra: ZipParts): Uint8Array {
  const names = new PartNames(zip.entries.map((e) => e.name));
  const replaced = new Map<string, PackedEntry>();
  const appended: PackedEntry[] = [];
  const overrides: Array<[string, string]> = [];
  const extraType = contentTypes(extra.need(CONTENT_TYPES));

  const own = sheetsOf(zip);
  const taken = new Set(own.map((s) => s.name.toLowerCase()));
  const newSheets = sheetsOf(extra);
  for (const s of newSheets)
    if (taken.has(s.name.toLowerCase())) throw new PackageError(`sheet name ${s.name} is taken`);

  // Styles: appended to the input's, or the new package's own when the input has none.
  const workbookRels = zip.rels(WORKBOOK);
  const stylesTarget = workbookRels.list().find((r) => r.Type === REL_TYPE.styles)?.Target;
  const stylesPart = stylesTarget ? resolvePart(WORKBOOK, stylesTarget) : undefined;
  const extraStyles = extra.need("xl/styles.xml");
  let style = (s: number) => s;
  if (stylesPart && zip.has(stylesPart)) {
    const merged = mergeStyles(zip.need(stylesPart), extraStyles, stylesPart);
    replaced.set(stylesPart, deflatedEntry(stylesPart, merged.xml));
    style = merged.cellFormat;
  } else {
    const part = names.fresh("xl/styles.xml");
    appended.push(deflatedEntry(part, extraStyles));
    workbookRels.add(REL_TYPE.styles, part.slice("xl/".length));
    overrides.push([part, STYLES_TYPE]);
  }
  const strings = sharedStrings(extra.text("xl/sharedStrings.xml"));

  /** Copies a part of the new package under a fresh name, with the parts it refers to; returns the name. */
  const copyPart = (part: string, xml?: string): string => {
    const name = names.fresh(part);
    const type = extraType(part);
    if (type) overrides.push([name, type]);
    const rels = extra.rels(part);
    const relsXml = extra.text(rels.part);
    if (relsXml !== undefined) {
      const rewritten = relsXml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag: string) => {
        const a = attributes(tag);
        if (a.TargetMode === "External" || a.Target === undefined) return tag;
        if (/\/table$/.test(a.Type ?? "")) throw new PackageError("tables are not merged");
        const target = copyPart(resolvePart(part, a.Target));
        const relative = a.Target.replace(/[^/]*$/, target.slice(target.lastIndexOf("/") + 1));
        return withAttribute(tag, "Target", xmlText(relative));
      });
      appended.push(deflatedEntry(relsPartOf(name), rewritten));
    }
    const entry = extra.entry(part);
    if (!entry) throw new PackageError(`${part} is missing`);
    if (xml !== undefined) appended.push(deflatedEntry(name, xml));
    else appended.push({ ...copied(extra, entry), name });
    return name;
  };

  // The new sheets, and their entries in the workbook.
  let workbook = zip.need(WORKBOOK);
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(workbook)?.[0] ?? "";
  const rPrefix = Object.entries(attributes(root))
    .find(([k, uri]) => k.startsWith("xmlns:") && uri === REL_NS)?.[0]
    ?.slice("xmlns:".length);
  const prefix = /^<(\w+:)?/.exec(root)?.[1] ?? "";
  let sheetId = Math.max(0, ...own.map((s) => s.id));
  const sheetTags = newSheets.map((s) => {
    if (!s.part) throw new PackageError(`no part for sheet ${s.name}`);
    const xml = adaptSheet(extra.need(s.part), strings, style);
    const part = copyPart(s.part, xml);
    const rid = workbookRels.add(REL_TYPE.worksheet, part.slice("xl/".length));
    const state = attributes(s.tag).state;
    const idAttr = rPrefix ? `${rPrefix}:id="${rid}"` : `xmlns:r="${REL_NS}" r:id="${rid}"`;
    return `<${prefix}sheet name="${xmlText(s.name)}" sheetId="${++sheetId}"${state && state !== "visible" ? ` state="${xmlText(state)}"` : ""} ${idAttr}/>`;
  });
  workbook = insertSheets(workbook, sheetTags, prefix);
  workbook = insertDefinedNames(workbook, extra.need(WORKBOOK), own.length, prefix);
  // The sheet the new package opens on (the report's draft) is the one the copy opens on.
  const active = Number(/\bactiveTab="(\d+)"/.exec(extra.need(WORKBOOK))?.[1] ?? 0);
  workbook = showSheet(workbook, own.length + Math.min(active, newSheets.length - 1), prefix);
  replaced.set(WORKBOOK, deflatedEntry(WORKBOOK, workbook));
  replaced.set(workbookRels.part, deflatedEntry(workbookRels.part, workbookRels.toXml()));
  replaced.set(
    CONTENT_TYPES,
    deflatedEntry(CONTENT_TYPES, addOverrides(zip.need(CONTENT_TYPES), overrides))
  );

  // The input's sheets: only a selected one is rewritten (without the mark); the rest are copied packed.
  for (const s of own) {
    const entry = s.part && zip.entry(s.part);
    if (!entry) continue;
    const packed = zip.packed(entry);
    if (new RegExp(TAB_SELECTED.source).test(sheetHead(packed, entry.method).split(SHEET_DATA)[0]))
      replaced.set(entry.name, unselected(entry.name, packed, entry.method));
  }

  const entries = zip.entries.map((e) => replaced.get(e.name) ?? copied(zip, e));
  return writeZip([...entries, ...appended]);
}

/** `workbook` with `tags` appended to its <sheets>. */
function insertSheets(workbook: string, tags: readonly string[], prefix: string): string {
  const { children } = rootChildren(workbook, WORKBOOK);
  const sheets = children.find((c) => c.name === "sheets");
  if (!sheets) throw new PackageError(`${WORKBOOK}: no <sheets>`);
  if (sheets.tag.endsWith("/>"))
    return `${workbook.slice(0, sheets.start)}<${prefix}sheets>${tags.join("")}</${prefix}sheets>${workbook.slice(sheets.end)}`;
  const end = workbook.lastIndexOf("<", sheets.end - 1);
  return workbook.slice(0, end) + tags.join("") + workbook.slice(end);
}

/** The new package's defined names (print areas), their sheet indexes moved past the input's sheets. */
function insertDefinedNames(
  workbook: string,
  extraWorkbook: string,
  offset: number,
  prefix: string
): string {
  const names = [
    ...extraWorkbook.matchAll(/<(?:\w+:)?definedName\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedName>/g),
  ].map((m) =>
    m[0]
      .replace(/^<(?:\w+:)?definedName\b[^>]*>/, (tag) => {
        const local = attributes(tag).localSheetId;
        const moved =
          local === undefined
            ? tag
            : withAttribute(tag, "localSheetId", String(Number(local) + offset));
        return moved.replace(/^<(?:\w+:)?/, `<${prefix}`);
      })
      .replace(/<\/(?:\w+:)?definedName>$/, `</${prefix}definedName>`)
  );
  if (!names.length) return workbook;
  const { children } = rootChildren(workbook, WORKBOOK);
  const defined = children.find((c) => c.name === "definedNames");
  if (defined && !defined.tag.endsWith("/>")) {
    const end = workbook.lastIndexOf("<", defined.end - 1);
    return workbook.slice(0, end) + names.join("") + workbook.slice(end);
  }
  const made = `<${prefix}definedNames>${names.join("")}</${prefix}definedNames>`;
  if (defined) return workbook.slice(0, defined.start) + made + workbook.slice(defined.end);
  // CT_Workbook: … sheets, functionGroups, externalReferences, definedNames, …
  const before =
    firstOf(children, ["externalReferences"]) ??
    firstOf(children, ["functionGroups"]) ??
    children.find((c) => c.name === "sheets")!;
  return workbook.slice(0, before.end) + made + workbook.slice(before.end);
}

/** `workbook` opening on sheet `index`: the first window's active tab, scrolled so the tab shows. */
function showSheet(workbook: string, index: number, prefix: string): string {
  const { children } = rootChildren(workbook, WORKBOOK);
  const views = children.find((c) => c.name === "bookViews");
  if (!views) {
    const sheets = children.find((c) => c.name === "sheets")!;
    const made = `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>`;
    return workbook.slice(0, sheets.start) + made + workbook.slice(sheets.start);
  }
  const first = views.tag.endsWith("/>")
    ? undefined
    : childrenOf(workbook, WORKBOOK, views.start).children[0];
  if (!first) {
    const made = `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>`;
    return workbook.slice(0, views.start) + made + workbook.slice(views.end);
  }
  const firstSheet = Number(attributes(first.tag).firstSheet ?? 0);
  let tag = withAttribute(first.tag, "activeTab", String(index));
  if (firstSheet > index) tag = withAttribute(tag, "firstSheet", String(index));
  return workbook.slice(0, first.start) + tag + workbook.slice(first.start + first.tag.length);
}
