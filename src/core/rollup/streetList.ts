/** A list of the streets a district expects: one a line (or separated by 、，,;；), 序号 and blanks dropped. */
export function parseStreetList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/[\r\n、，,;；\t]+/)
    .map((s) => s.trim().replace(/^\d+[.、．)）]?\s*/, ""))
    .filter((s) => s !== "");
}
