// The entries of an .xlsx's zip archive (ECMA-376 Part 2, Annex C: a ZIP file as PKWARE's
// APPNOTE describes it, zip64 included, entries stored or deflated, no encryption). Pure: the
// caller brings the inflater — node's zlib, or in a browser the entries inflated beforehand with
// DecompressionStream("deflate-raw") (it is asynchronous) and handed back by entry — and the
// reader runs the same everywhere.
//
// Hand-written rather than a zip library: the libraries that read a zip from bytes inflate with
// their own JavaScript inflater (fflate: 3–4× zlib's time on a worksheet; JSZip's pako: 2–3×),
// with no way to hand the inflating to zlib or to the browser's native DecompressionStream, and
// the others read Node streams and files (yauzl, unzipper), which a browser has not. What remains
// here is reading the central directory.

import { readError } from "./errors";
import { decoders, type Decoders } from "./text";

/** Inflates an entry's raw deflate stream (`raw`, from `entry`). */
export type Inflate = (raw: Uint8Array, entry: ZipEntry) => Uint8Array;
/** The CRC-32 of the bytes (zlib's, where the platform has it). */
export type Crc32 = (data: Uint8Array) => number;

export interface ZipEntry {
  /** The entry's name as stored (decoded to text). */
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** A name without the UTF-8 flag: code page 437, as APPNOTE says (ASCII names read the same). */
function cp437(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return s;
}

let crcTable: Int32Array | undefined;

/** CRC-32 (ISO 3309), for platforms without zlib's. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A part's name from a zip item name or a URI path: no leading "/", percent-encoding decoded. */
export function partName(name: string): string {
  const s = name.startsWith("/") ? name.slice(1) : name;
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    // Not percent-encoding after all: the name as it is.
    return s;
  }
}

/**
 * The key a part is found by: OPC part names compare as case-insensitive ASCII, and a zip item
 * name may hold a part name's characters percent-encoded or not (Part 2, §9.1.1 and Annex B).
 */
export function partKey(name: string): string {
  return partName(name).replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function fail(what: string): never {
  readError("zip", "zip", what);
}

export class ZipArchive {
  /** Entries by part key (see partKey). */
  readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly text: Decoders = decoders(),
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = this.endOfDirectory();
    const v = this.view;
    if (v.getUint16(eocd + 4, true) !== 0 || v.getUint16(eocd + 6, true) !== 0) fail("a split archive");
    let count = v.getUint16(eocd + 10, true);
    let dirOffset = v.getUint32(eocd + 16, true);
    // Zip64: the end record's locator just before it points at the zip64 end record.
    const locator = eocd - 20;
    if (locator >= 0 && v.getUint32(locator, true) === 0x07064b50) {
      const at = this.u64(locator + 8);
      if (at + 56 > bytes.length || v.getUint32(at, true) !== 0x06064b50) fail("a damaged zip64 end record");
      count = this.u64(at + 32);
      dirOffset = this.u64(at + 48);
    } else if (count === 0xffff || dirOffset === 0xffffffff) fail("a zip64 archive without its end record");
    let p = dirOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > bytes.length || v.getUint32(p, true) !== 0x02014b50) fail("a damaged central directory");
      const flags = v.getUint16(p + 8, true);
      const method = v.getUint16(p + 10, true);
      const crc = v.getUint32(p + 16, true);
      let compressedSize = v.getUint32(p + 20, true);
      let size = v.getUint32(p + 24, true);
      const nameLength = v.getUint16(p + 28, true);
      const extraLength = v.getUint16(p + 30, true);
      const commentLength = v.getUint16(p + 32, true);
      let localOffset = v.getUint32(p + 42, true);
      const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
      let name: string | undefined;
      // Extra fields: zip64 sizes and offset (0x0001), Info-ZIP's Unicode path (0x7075).
      const extraEnd = p + 46 + nameLength + extraLength;
      for (let e = p + 46 + nameLength; e + 4 <= extraEnd;) {
        const id = v.getUint16(e, true);
        const len = v.getUint16(e + 2, true);
        const body = e + 4;
        if (body + len > extraEnd) fail("a damaged extra field");
        if (id === 0x0001) {
          let f = body;
          if (size === 0xffffffff) {
            size = this.u64(f);
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = this.u64(f);
            f += 8;
          }
          if (localOffset === 0xffffffff) localOffset = this.u64(f);
        } else if (id === 0x7075 && len > 5 && bytes[body] === 1) {
          // Used only while it belongs to this name: a tool that renamed the entry left it stale.
          if (v.getUint32(body + 1, true) === crc32(rawName))
            name = this.utf8(bytes.subarray(body + 5, body + len));
        }
        e = body + len;
      }
      if (flags & 0x800) name ??= this.utf8(rawName);
      name ??= cp437(rawName);
      p = extraEnd + commentLength;
      if (name.endsWith("/")) continue;
      if (flags & 1) fail(`${name}: an encrypted entry`);
      const key = partKey(name);
      if (this.entries.has(key)) fail(`two entries named ${name}`);
      this.entries.set(key, { name, method, crc, compressedSize, size, localOffset });
    }
  }

  /** The entry holding a part, by part name ("xl/workbook.xml"; see partKey). */
  entry(partName: string): ZipEntry | undefined {
    return this.entries.get(partKey(partName));
  }

  /** The entry's bytes as stored (deflated or not). */
  raw(e: ZipEntry): Uint8Array {
    const v = this.view;
    const p = e.localOffset;
    if (p + 30 > this.bytes.length || v.getUint32(p, true) !== 0x04034b50)
      fail(`${e.name}: a damaged local header`);
    const from = p + 30 + v.getUint16(p + 26, true) + v.getUint16(p + 28, true);
    const to = from + e.compressedSize;
    if (to > this.bytes.length) fail(`${e.name}: cut short`);
    return this.bytes.subarray(from, to);
  }

  /** The entry's contents, checked against the size and CRC the directory records. */
  data(e: ZipEntry, inflate: Inflate, crc: Crc32 = crc32): Uint8Array {
    const raw = this.raw(e);
    let out: Uint8Array;
    if (e.method === 0) out = raw;
    else if (e.method === 8) {
      try {
        out = inflate(raw, e);
      } catch {
        fail(`${e.name}: damaged compressed data`);
      }
    } else
      fail(
        `${e.name}: compression method ${e.method} (Office Open XML allows only stored and deflated entries)`,
      );
    if (out.length !== e.size || crc(out) !== e.crc) fail(`${e.name}: damaged data (size or CRC differs)`);
    return out;
  }

  private u64(at: number): number {
    const n = this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 2 ** 32;
    if (!Number.isSafeInteger(n)) fail("a zip64 size out of range");
    return n;
  }

  private utf8(bytes: Uint8Array): string {
    try {
      return this.text.utf8.decode(bytes);
    } catch {
      fail("an entry name that is not UTF-8");
    }
  }

  /**
   * The end-of-central-directory record: the last signature whose comment reaches exactly the end
   * of the file (a signature inside the comment is not one), else the last signature at all.
   */
  private endOfDirectory(): number {
    const b = this.bytes;
    const v = this.view;
    if (b.length < 22) fail("no central directory");
    const stop = Math.max(0, b.length - 22 - 0xffff);
    let last = -1;
    for (let p = b.length - 22; p >= stop; p--) {
      if (b[p] !== 0x50 || v.getUint32(p, true) !== 0x06054b50) continue;
      if (p + 22 + v.getUint16(p + 20, true) === b.length) return p;
      if (last < 0) last = p;
    }
    if (last < 0) fail("no central directory");
    return last;
  }
}
