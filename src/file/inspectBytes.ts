/**
 * Looks at a file's bytes before ExcelJS does, so each kind of wrong file gets its own message:
 * an .xlsx is a zip ("PK"); an encrypted .xlsx and an old .xls are both OLE compound files
 * (D0 CF 11 E0), told apart by the stream names in their directory. A workbook too big to unpack
 * (or a zip bomb) is refused here, with a message, instead of running the pane or the command
 * line out of memory.
 */
import { MAX_UNPACKED_MB, WorkbookFileError } from "./fileErrors";
import { CorruptZipError, type ZipEntry, zipEntries } from "./zipEntries";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the file-based host cannot carry over into the file it writes, by the zip entries that hold it. */
const DROPPED: Array<{ test: RegExp; zh: string; en: string }> = [
  { test: /^xl\/charts\//, zh: "图表", en: "charts" },
  { test: /^xl\/pivotTables\//, zh: "数据透视表", en: "pivot tables" },
  { test: /^xl\/vbaProject\.bin$/, zh: "宏", en: "macros" },
  { test: /^xl\/slicers\//, zh: "切片器", en: "slicers" },
  { test: /^xl\/webextensions\//, zh: "加载项数据", en: "add-in data" },
];

export interface XlsxInspection {
  entries: string[];
  /** Parts of the input a written copy will lack (the input itself is never changed). */
  dropped: Array<{ zh: string; en: string }>;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE form of `word` occurs in the bytes: OLE directory entries name their streams so. */
function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function oleProblem(bytes: Uint8Array): "encrypted" | "legacy-xls" | "word" | "office" | "ole" {
  if (hasUtf16(bytes, "EncryptedPackage")) return "encrypted";
  if (hasUtf16(bytes, "Workbook") || hasUtf16(bytes, "Book")) return "legacy-xls";
  if (hasUtf16(bytes, "WordDocument")) return "word";
  if (hasUtf16(bytes, "PowerPoint Document")) return "office";
  return "ole";
}

/** Throws a WorkbookFileError naming `file` unless the bytes look like an .xlsx workbook. */
export function inspectXlsx(bytes: Uint8Array, file: string): XlsxInspection {
  if (bytes.length === 0) throw new WorkbookFileError("empty", file);
  if (startsWith(bytes, OLE)) throw new WorkbookFileError(oleProblem(bytes), file);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new WorkbookFileError("not-zip", file);
  let zip: ZipEntry[];
  try {
    zip = zipEntries(bytes);
  } catch (e) {
    if (e instanceof CorruptZipError) throw new WorkbookFileError("corrupt", file, e.message);
    throw e;
  }
  const unpacked = zip.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > MAX_UNPACKED_MB * 2 ** 20) {
    throw new WorkbookFileError("too-large", file, `${Math.ceil(unpacked / 2 ** 20)} MB unpacked`);
  }
  const entries = zip.map((entry) => entry.name);
  const has = (name: string) => entries.includes(name);
  if (!has("xl/workbook.xml")) {
    if (has("xl/workbook.bin")) throw new WorkbookFileError("xlsb", file);
    if (has("content.xml") && has("mimetype")) throw new WorkbookFileError("ods", file);
    if (has("word/document.xml")) throw new WorkbookFileError("word", file);
    if (has("ppt/presentation.xml")) throw new WorkbookFileError("office", file);
    throw new WorkbookFileError("not-workbook", file);
  }
  const dropped = DROPPED.filter((d) => entries.some((e) => d.test.test(e))).map(({ zh, en }) => ({
    zh,
    en,
  }));
  return { entries, dropped };
}
