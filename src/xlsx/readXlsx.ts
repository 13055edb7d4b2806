// The reader's Node edge: an .xlsx's bytes, inflated with node's zlib (several times faster than
// inflating in JavaScript), into the sheets' snapshots (./reader).

import { TextDecoder } from "node:util";
import * as zlib from "node:zlib";
import { readWorkbook, type Platform, type WorkbookSheet } from "./reader";

export { XlsxReadError } from "./reader";
export type { WorkbookSheet } from "./reader";

const NODE: Platform = {
  inflate: (raw) => zlib.inflateRawSync(raw),
  // zlib.crc32 arrived in node 20.15 and 22.2; older nodes use the reader's own.
  crc32: (zlib as { crc32?: (data: Uint8Array) => number }).crc32,
  TextDecoder,
};

/** The workbook's worksheets as snapshots; an XlsxReadError when it cannot be read fully. */
export function readXlsx(bytes: Uint8Array): WorkbookSheet[] {
  return readWorkbook(bytes, NODE);
}
