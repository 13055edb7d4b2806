// Reads an .xlsx (SpreadsheetML, transitional or strict) into the engine's snapshots: each
// worksheet's values and merged ranges, its name and visibility. Parts are found through the
// package's relationships (ECMA-376 Part 2), never by the names one writer gives them. What it
// cannot read fully is an XlsxReadError naming the part and the sheet; it never returns a sheet
// with less than the file holds.
//
// Pure: bytes in, snapshots out, with the inflater given by the caller (src/xlsx/readXlsx.ts uses
// node's zlib; a browser can inflate the entries first with DecompressionStream). Nothing here
// loads ExcelJS or a Node module.

import type { SheetSnapshot } from "../../core/types";
import { readError, XlsxReadError } from "./errors";
import { Package } from "./package";
import { readDateStyles, readSharedStrings, readWorkbookPart, type SheetState } from "./workbook";
import { readWorksheet, type WorkbookContext } from "./worksheet";
import { decoders, type TextDecoderClass } from "./text";
import { ZipArchive, type Crc32, type Inflate } from "./zip";

export { XlsxReadError } from "./errors";
export type { ReadErrorKind } from "./errors";
export type { SheetState } from "./workbook";

export interface WorkbookSheet {
  snapshot: SheetSnapshot;
  state: SheetState;
}

/** What the platform gives the reader. */
export interface Platform {
  inflate: Inflate;
  /** zlib's CRC-32 where there is one (the reader has its own). */
  crc32?: Crc32;
  /** The platform's TextDecoder, where it is not global. */
  TextDecoder?: TextDecoderClass;
}

/** The workbook's worksheets, in the workbook's order (chart and dialog sheets hold no cells). */
export function readWorkbook(bytes: Uint8Array, platform: Platform): WorkbookSheet[] {
  const text = decoders(platform.TextDecoder);
  const pkg = new Package(new ZipArchive(bytes, text), platform.inflate, platform.crc32, text);
  const office = pkg.relationships("").filter((r) => r.type === "officeDocument" && r.target !== undefined);
  if (office.length === 0 || !pkg.has(office[0].target!))
    readError("package", "_rels/.rels", "no relationship to a workbook part that the file holds");
  if (office.length > 1) readError("content", "_rels/.rels", "two workbook parts");
  const workbookPart = office[0].target!;
  const part = (name: string): string => {
    const text = pkg.partText(name);
    if (text === undefined) readError("missing", name, "the part is not in the file");
    return text;
  };
  const workbook = readWorkbookPart(part(workbookPart), workbookPart);
  const rels = pkg.relationships(workbookPart);
  const one = (type: string): string | undefined => {
    const found = rels.filter((r) => r.type === type && r.target !== undefined);
    if (found.length > 1) readError("content", workbookPart, `two ${type} parts`);
    return found[0]?.target;
  };
  const stringsPart = one("sharedStrings");
  const stylesPart = one("styles");
  const book: WorkbookContext = {
    strings: stringsPart === undefined ? undefined : readSharedStrings(part(stringsPart), stringsPart),
    dateStyles: stylesPart === undefined ? [] : readDateStyles(part(stylesPart), stylesPart),
    dateSystem: workbook.dateSystem,
  };
  const byId = new Map(rels.map((r) => [r.id, r]));
  const out: WorkbookSheet[] = [];
  for (const entry of workbook.sheets) {
    const rel = byId.get(entry.rId);
    try {
      if (rel === undefined) readError("content", workbookPart, `relationship ${entry.rId} does not exist`);
      if (rel.type !== "worksheet") continue;
      if (rel.target === undefined) readError("content", workbookPart, "an external worksheet");
      const snapshot = readWorksheet(part(rel.target), rel.target, entry.name, book);
      out.push({ snapshot, state: entry.state });
    } catch (e) {
      if (e instanceof XlsxReadError && e.sheet === undefined) throw e.inSheet(entry.name);
      throw e;
    }
  }
  return out;
}
