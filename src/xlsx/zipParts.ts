// The parts of an .xlsx (a zip) by name, read from the zip's central directory and inflated with
// node's zlib, which is several times faster than the JavaScript inflate ExcelJS uses. Anything
// beyond a plain zip (zip64, encryption, split archives, other compression methods) throws
// FastReadUnsupported: ExcelJS then reads the file, or says it is damaged.

import { inflateRawSync } from "node:zlib";
import { unsupported } from "./xmlScanner";

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function fail(what: string): never {
  unsupported("zip", what);
}

export class ZipParts {
  private readonly entries = new Map<string, Entry>();
  private readonly inflated = new Set<string>();

  constructor(private readonly buf: Buffer) {
    const eocd = findEndOfDirectory(buf);
    if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0) fail("a split archive");
    const count = buf.readUInt16LE(eocd + 10);
    const dirOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) fail("zip64");
    let p = dirOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) fail("a damaged central directory");
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      const localOffset = buf.readUInt32LE(p + 42);
      if (flags & 1) fail("an encrypted entry");
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) fail("zip64");
      let name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (name.endsWith("/")) continue;
      // ExcelJS drops a leading "/" from entry names.
      if (name.startsWith("/")) name = name.slice(1);
      if (this.entries.has(name)) fail(`${name} twice`);
      this.entries.set(name, { method, compressedSize, size, localOffset });
    }
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, or undefined when the zip has no such part. */
  bytes(name: string): Buffer | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const buf = this.buf;
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) fail(`${name}: a damaged local header`);
    const from = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const to = from + e.compressedSize;
    if (to > buf.length) fail(`${name}: truncated`);
    let data: Buffer;
    if (e.method === 0) data = buf.subarray(from, to);
    else if (e.method === 8) {
      try {
        data = inflateRawSync(buf.subarray(from, to));
      } catch {
        fail(`${name}: damaged data`);
      }
    } else fail(`${name}: compression method ${e.method}`);
    if (data.length !== e.size) fail(`${name}: wrong size`);
    this.inflated.add(name);
    return data;
  }

  /**
   * Inflates the parts not read yet: ExcelJS inflates every part, so a damaged one makes it fail
   * even when it is a part the check never reads.
   */
  inflateRest(): void {
    for (const name of this.entries.keys()) if (!this.inflated.has(name)) this.bytes(name);
  }

  /** The part as text (UTF-8, as ExcelJS decodes it). */
  text(name: string): string | undefined {
    return this.bytes(name)?.toString("utf8");
  }
}

/** The end-of-central-directory record: the last signature within the trailing comment's reach. */
function findEndOfDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) {
    if (buf[p] === 0x50 && buf.readUInt32LE(p) === 0x06054b50) return p;
  }
  fail("no central directory");
}
