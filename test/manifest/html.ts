/** Reading a built or rendered taskpane.html: its Content-Security-Policy and its scripts, in order. */
/** The CSP's directives, each to its list of sources. */
export function cspOf(html: string): Record<string, string[]> {
  // Quotes are optional where the value has no space: the built page is minified.
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta tag");
  return Object.fromEntries(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources])
  );
}

export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>"]+))/g)].map(
    (m) => m[1] ?? m[2]
  );
}
