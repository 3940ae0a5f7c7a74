/**
 * Writes a zip (an .xlsx package) entry by entry: entries copied packed as they are from another
 * zip (never inflated), and new entries deflated here. No zip64: an .xlsx this project writes stays
 * far below 4 GB (inputs are refused past MAX_UNPACKED_MB). Plain bytes and pako.
 */
import { Deflate } from "pako";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_ENTRY = 0x02014b50;
const EOCD = 0x06054b50;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
const VERSION = 20;
/** 1980-01-01 00:00, the earliest DOS date: the same bytes on every run. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, as zip uses), continued from `crc` over `bytes`. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** One entry's packed bytes and what its headers say about them. */
export interface PackedEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  size: number;
  packed: Uint8Array | Uint8Array[];
}

/** Deflates chunks handed to it one at a time, counting and checksumming what it is given. */
export class EntryDeflater {
  private readonly deflate = new Deflate({ raw: true, level: 6 });
  private readonly chunks: Uint8Array[] = [];
  private crc = 0;
  private size = 0;

  constructor(readonly name: string) {
    this.deflate.onData = (chunk) => this.chunks.push(chunk as Uint8Array);
  }

  push(bytes: Uint8Array): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.push(bytes, false);
  }

  finish(): PackedEntry {
    this.deflate.push(new Uint8Array(0), true);
    if (this.deflate.err) throw new Error(this.deflate.msg || `deflate error ${this.deflate.err}`);
    return { name: this.name, method: 8, crc32: this.crc, size: this.size, packed: this.chunks };
  }
}

/** A new entry holding `content` (text is written as UTF-8), deflated. */
export function deflatedEntry(name: string, content: string | Uint8Array): PackedEntry {
  const deflater = new EntryDeflater(name);
  deflater.push(typeof content === "string" ? new TextEncoder().encode(content) : content);
  return deflater.finish();
}

function length(packed: Uint8Array | Uint8Array[]): number {
  return Array.isArray(packed) ? packed.reduce((n, c) => n + c.length, 0) : packed.length;
}

/** The zip holding `entries`, in that order. */
export function writeZip(entries: readonly PackedEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const packedSize = length(entry.packed);
    if (offset + packedSize + name.length + 30 > 0xffffffff || entry.size > 0xffffffff)
      throw new RangeError(`zip too large for its 32-bit fields at ${entry.name}`);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL_HEADER, true);
    lv.setUint16(4, VERSION, true);
    lv.setUint16(6, UTF8_NAME, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, entry.crc32, true);
    lv.setUint32(18, packedSize, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);

    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, CENTRAL_ENTRY, true);
    dv.setUint16(4, VERSION, true);
    dv.setUint16(6, VERSION, true);
    dv.setUint16(8, UTF8_NAME, true);
    dv.setUint16(10, entry.method, true);
    dv.setUint16(14, DOS_DATE, true);
    dv.setUint32(16, entry.crc32, true);
    dv.setUint32(20, packedSize, true);
    dv.setUint32(24, entry.size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    central.push(dir);

    out.push(local, ...(Array.isArray(entry.packed) ? entry.packed : [entry.packed]));
    offset += local.length + packedSize;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  if (entries.length > 0xffff || offset + dirSize > 0xffffffff)
    throw new RangeError("zip too large for its 32-bit fields");
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...out, ...central, end];
  const bytes = new Uint8Array(offset + dirSize + end.length);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}
