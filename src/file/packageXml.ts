/**
 * Reading and editing the XML parts of an .xlsx package as text: attributes of a tag, an element's
 * children, a part's relationships. Enough for the parts this project writes into (workbook,
 * relationships, content types, styles, drawings), which hold no comments, CDATA or DTDs where
 * these look. Plain strings, so it runs in Node and in the browser.
 */

import { relsPartOf, resolvePart } from "./charts/partNames";

export { relsPartOf, resolvePart };

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The package is not laid out as an .xlsx should be: a bug, or a part this code cannot edit. */
export class PackageError extends Error {}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[e]!;
  });
}

/** The attributes of one start tag, unescaped, by qualified name. */
export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found[m[1]] = unescapeXml(m[2] ?? m[3]);
  return found;
}

/** `tag` with attribute `name` set to `value` (already escaped), added before the tag's end when absent. */
export function withAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, `$1"${value}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${value}"${tag.slice(end)}`;
}

/** Start, end and empty tags (no comments, processing instructions or CDATA in these parts). */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=<>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

export interface Child {
  /** Local name (without prefix). */
  name: string;
  /** Where its start tag begins, and where the element ends (just past its end tag). */
  start: number;
  end: number;
  /** Its start tag. */
  tag: string;
}

/**
 * The children of the element whose start tag begins at `at` (the root when not given), in order,
 * and where that element's end tag starts.
 */
export function childrenOf(
  xml: string,
  part: string,
  at?: number
): { children: Child[]; end: number } {
  const children: Child[] = [];
  let depth = 0;
  const tags = new RegExp(TAG.source, "g");
  tags.lastIndex = at ?? 0;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const [tag, closing, qname, , empty] = m;
    const name = qname.replace(/^[^:]*:/, "");
    if (closing) {
      depth--;
      if (depth === 0) return { children, end: m.index };
      if (depth === 1) children[children.length - 1].end = m.index + tag.length;
    } else {
      if (depth === 1) children.push({ name, start: m.index, end: m.index + tag.length, tag });
      if (!empty) depth++;
      else if (depth === 0) return { children, end: m.index };
    }
  }
  throw new PackageError(`${part}: element not closed`);
}

/** The root element's children (local names), in order, and where the root's end tag starts. */
export function rootChildren(xml: string, part: string): { children: Child[]; end: number } {
  return childrenOf(xml, part);
}

/** A part's relationships, kept as XML text and added to. */
export class Rels {
  private added: string[] = [];
  private ids: Set<string>;

  constructor(
    readonly part: string,
    private xml: string | undefined
  ) {
    this.ids = new Set(this.list().map((r) => r.Id));
  }

  list(): Array<Record<string, string>> {
    if (!this.xml) return [];
    return [...this.xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => attributes(m[0]));
  }

  target(id: string): string | undefined {
    const rel = this.list().find((r) => r.Id === id);
    return rel && rel.TargetMode !== "External" ? rel.Target : undefined;
  }

  add(type: string, target: string): string {
    let n = 1;
    while (this.ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.ids.add(id);
    this.added.push(`<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
    return id;
  }

  toXml(): string {
    const body = this.added.join("");
    if (!this.xml)
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${body}</Relationships>`;
    const end = this.xml.lastIndexOf("</Relationships>");
    if (end < 0)
      return this.xml.replace(
        /<Relationships\b([^>]*)\/>/,
        `<Relationships$1>${body}</Relationships>`
      );
    return this.xml.slice(0, end) + body + this.xml.slice(end);
  }
}
