/**
 * Counts what each zip entry really unpacks to, whatever its directory declares, before ExcelJS is
 * handed the file: an entry that declares 100 bytes and inflates to gigabytes is stopped once the
 * workbook's unpacked limit is passed, having held only one chunk at a time. Node only (zlib): the
 * command line reads files from anyone; the pane's file mode relies on the declared sizes.
 */
import * as zlib from "zlib";
import { MAX_UNPACKED_MB, WorkbookFileError } from "./fileErrors";
import { zipEntries } from "./zipEntries";

const LOCAL_HEADER = 0x04034b50;

/** Bytes `packed` inflates to, counted chunk by chunk; stops as soon as the count passes `limit`. */
function inflatedBytes(packed: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on("end", () => resolve(total));
    inflate.on("error", reject);
    inflate.end(packed);
  });
}

/** Throws "too-large" once the entries of `bytes` unpack, in fact, to more than `limit` bytes. */
export async function checkInflation(
  bytes: Uint8Array,
  file: string,
  limit = MAX_UNPACKED_MB * 2 ** 20
): Promise<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
      throw new WorkbookFileError("corrupt", file, `bad local header for ${entry.name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const packed = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
    let size: number;
    if (entry.method === 0) size = packed.length;
    else if (entry.method === 8) {
      try {
        size = await inflatedBytes(packed, limit - total);
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
