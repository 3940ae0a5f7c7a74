/**
 * Which UNION.* names Excel loads for a display language, read from manifest.xml as Office reads it:
 * the metadata URL's Override whose Locale is the display language, else its DefaultValue. The file it
 * names decides: functions.zh-CN.json (the Chinese names) or functions.json (names = ids).
 * Independent of src/excel/functionNames.ts, so the fake checks that code against the manifest.
 */
import * as fs from "fs";
import * as path from "path";
import zhCN from "../../src/functions/functions.zh-CN.json";

export interface LoadedNames {
  /** True when the loaded names differ from the ids. */
  translated: boolean;
  byId: Map<string, string>;
  byName: Map<string, string>;
}

const MANIFEST = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

/** The metadata file Office loads for a display language. */
export function metadataFileFor(displayLanguage: string): string {
  const url =
    /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)"\s*>([\s\S]*?)<\/bt:Url>/.exec(
      MANIFEST
    );
  if (!url) throw new Error("manifest.xml: no Functions.Metadata.Url with overrides");
  const overrides = [...url[2].matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"\s*\/>/g)];
  const match = overrides.find((o) => o[1].toLowerCase() === displayLanguage.toLowerCase());
  return path.posix.basename(new URL(match ? match[2] : url[1]).pathname);
}

export function loadedNamesFor(displayLanguage: string): LoadedNames {
  const file = metadataFileFor(displayLanguage);
  const ids = zhCN.functions.map((f) => f.id.toUpperCase());
  if (file === "functions.json") {
    const same = new Map(ids.map((id) => [id, id]));
    return { translated: false, byId: same, byName: same };
  }
  if (file !== "functions.zh-CN.json") throw new Error(`fake: unknown metadata file ${file}`);
  const byId = new Map(zhCN.functions.map((f) => [f.id.toUpperCase(), f.name]));
  return { translated: true, byId, byName: new Map([...byId].map(([id, name]) => [name, id])) };
}
