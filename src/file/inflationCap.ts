/**
 * Counts what each zip entry really unpacks to, whatever its directory declares, before ExcelJS is
 * handed the file: an entry that declares 100 bytes and inflates to gigabytes is stopped once the
 * workbook's unpacked limit is passed, having held only one 16 KB chunk at a time. Plain bytes and
 * pako (the inflater JSZip already brings), so the command line and the pane's file mode in a
 * browser run this same guard.
 */
import { Inflate } from "pako";
import { MAX_UNPACKED_MB, WorkbookFileError } from "./fileErrors";
import { type ZipEntry, zipEntries } from "./zipEntries";

const LOCAL_HEADER = 0x04034b50;
const CHUNK = 16 * 1024;

/** Thrown out of pako's output callback to stop inflating: the count is past the limit. */
class PastLimit {
  constructor(readonly total: number) {}
}

/** Bytes `packed` inflates to, counted chunk by chunk; stops as soon as the count passes `limit`. */
function inflatedBytes(packed: Uint8Array, limit: number): number {
  const inflate = new Inflate({ raw: true, chunkSize: CHUNK });
  let total = 0;
  // Each chunk is counted and dropped: nothing inflated is kept.
  inflate.onData = (chunk) => {
    total += chunk.length;
    if (total > limit) throw new PastLimit(total);
  };
  try {
    inflate.push(packed, true);
  } catch (e) {
    if (e instanceof PastLimit) return e.total;
    throw e;
  }
  if (inflate.err) throw new Error(inflate.msg || `inflate error ${inflate.err}`);
  return total;
}

/** The packed bytes of a zip entry (after its local header); a WorkbookFileError when the header is wrong. */
export function packedData(bytes: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new WorkbookFileError("corrupt", file, `bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Throws "too-large" once the entries of `bytes` unpack, in fact, to more than `limit` bytes. */
export function checkInflation(
  bytes: Uint8Array,
  file: string,
  limit = MAX_UNPACKED_MB * 2 ** 20
): number {
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    const packed = packedData(bytes, entry, file);
    let size: number;
    if (entry.method === 0) size = packed.length;
    else if (entry.method === 8) {
      try {
        size = inflatedBytes(packed, limit - total);
      } catch (e) {
        throw new WorkbookFileError("corrupt", file, (e as Error).message);
      }
    } else continue; // a method ExcelJS cannot read either: it says so itself
    total += size;
    if (total > limit)
      throw new WorkbookFileError(
        "too-large",
        file,
        `stopped after inflating ${total.toLocaleString("en")} bytes`
      );
  }
  return total;
}
