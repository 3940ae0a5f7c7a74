/**
 * The entries of a zip file (names and unpacked sizes), read from its central directory. An .xlsx
 * is a zip: this tells a truncated download (no central directory at the end) from a zip that is
 * not a workbook (an .ods, an .xlsb, a .docx), shows what the ExcelJS round trip would drop
 * (charts, pivots) and how much memory unpacking would take, before ExcelJS is handed the file.
 * Plain bytes and DataView only, so it runs in a browser too.
 */

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
/** The extra field that carries 64-bit sizes when a 32-bit field says 0xFFFFFFFF. */
const ZIP64_EXTRA = 0x0001;
const EOCD_SIZE = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const MAX_COMMENT = 0xffff;

/** The zip's structure does not hold together: cut short, or not a zip at all past its first bytes. */
export class CorruptZipError extends Error {}

function findEnd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new CorruptZipError("no end of central directory");
}

function directoryOf(view: DataView, end: number): { offset: number; size: number; count: number } {
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  const zip64 = count === 0xffff || size === 0xffffffff || offset === 0xffffffff;
  if (zip64 && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD)
      throw new CorruptZipError("bad zip64 end record");
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (offset + size > end) throw new CorruptZipError("central directory outside the file");
  return { offset, size, count };
}

export interface ZipEntry {
  /** "xl/workbook.xml", … */
  name: string;
  /** Bytes once unpacked, as the directory declares them. */
  size: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** CRC-32 of the unpacked bytes, as the directory declares it. */
  crc32: number;
  /** Bytes of packed data, and where the entry's local header starts (when not in a zip64 field). */
  compressedSize: number;
  localOffset: number;
}

/**
 * The 64-bit values of a zip64 extra field: unpacked size, packed size, local header offset, each
 * present (in that order) only when its 32-bit field in the directory is full.
 */
function zip64Fields(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  full: readonly boolean[]
): number[] {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      let field = at + 4;
      for (const isFull of full) {
        if (!isFull) {
          values.push(-1);
          continue;
        }
        if (field + 8 > Math.min(extraEnd, at + 4 + length))
          throw new CorruptZipError("zip64 size missing");
        values.push(Number(view.getBigUint64(field, true)));
        field += 8;
      }
      return values;
    }
    at += 4 + length;
  }
  throw new CorruptZipError("zip64 size missing");
}

/** Every entry in the zip, in directory order. Throws CorruptZipError when the structure is broken. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength < EOCD_SIZE) throw new CorruptZipError("too short for a zip");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { offset, size, count } = directoryOf(view, findEnd(view));
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_ENTRY)
      throw new CorruptZipError(`bad central directory entry ${i}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const extraStart = at + 46 + nameLength;
    if (extraStart + extraLength > offset + size)
      throw new CorruptZipError(`bad central directory entry ${i}`);
    const fields = [
      view.getUint32(at + 24, true),
      view.getUint32(at + 20, true),
      view.getUint32(at + 42, true),
    ];
    const full = fields.map((v) => v === 0xffffffff);
    const wide = full.some(Boolean)
      ? zip64Fields(view, extraStart, extraStart + extraLength, full)
      : [];
    const [unpacked, compressedSize, localOffset] = fields.map((v, k) => (full[k] ? wide[k] : v));
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, extraStart)),
      size: unpacked,
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize,
      localOffset,
    });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}
