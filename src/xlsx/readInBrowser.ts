// The reader's browser edge: the same reader as the command's (./reader, see ./readXlsx.ts for the
// Node edge). The reader inflates synchronously, and a browser inflates asynchronously
// (DecompressionStream), so the worksheet entries are inflated first, all at once, and the reader is
// handed them back by entry. Where DecompressionStream("deflate-raw") is missing (older WebViews),
// fflate inflates them (a small, maintained inflater; slower than the native one).

import { inflateSync } from "fflate";
import { readWorkbook, type WorkbookSheet } from "./reader";
import { ZipArchive, type ZipEntry } from "./reader/zip";

export { XlsxReadError } from "./reader";
export type { WorkbookSheet } from "./reader";

/** Inflates one raw deflate stream; rejects on damaged data. */
export type AsyncInflate = (raw: Uint8Array) => Promise<Uint8Array>;

/** Whether the platform's DecompressionStream takes "deflate-raw" (Chrome 103+, Safari 16.4+, Node 21.2+). */
export function hasNativeDeflateRaw(): boolean {
  if (typeof DecompressionStream !== "function") return false;
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/** The platform's DecompressionStream("deflate-raw"). */
export const nativeInflate: AsyncInflate = async (raw) => {
  const stream = new Blob([raw as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** fflate's inflater, for platforms without a native one. */
export const fflateInflate: AsyncInflate = async (raw) => inflateSync(raw);

/**
 * The workbook's worksheets as snapshots; an XlsxReadError when it cannot be read fully — the same
 * result, and the same errors, as readXlsx. `inflate` chooses the inflater (tests); by default the
 * native one where the platform has it.
 */
export async function readXlsxInBrowser(
  bytes: Uint8Array,
  inflate: AsyncInflate = hasNativeDeflateRaw() ? nativeInflate : fflateInflate,
): Promise<WorkbookSheet[]> {
  // The directory is read here only to find the deflated entries; the reader reads it again and
  // reports what is wrong with it (an archive it cannot read throws the reader's own error).
  const done = new Map<ZipEntry["localOffset"], Uint8Array | null>();
  let zip: ZipArchive | null = null;
  try {
    zip = new ZipArchive(bytes);
  } catch {
    // readWorkbook below says what is wrong.
  }
  if (zip) {
    const entries = [...zip.entries.values()].filter((e) => e.method === 8);
    const archive = zip;
    await Promise.all(
      entries.map(async (e) => {
        try {
          done.set(e.localOffset, await inflate(archive.raw(e)));
        } catch {
          // Damaged data, or a damaged local header: the reader's synchronous pass says which.
          done.set(e.localOffset, null);
        }
      }),
    );
  }
  return readWorkbook(bytes, {
    inflate: (_raw, entry) => {
      const out = done.get(entry.localOffset);
      if (!out) throw new Error("damaged compressed data");
      return out;
    },
  });
}
