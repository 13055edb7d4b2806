// Workbooks for the reader's tests, written part by part: what ExcelJS never writes (prefixed
// namespaces, strict namespaces, inline strings with furigana, cells without references, parts
// under other names…), in zips written here byte by byte (stored or deflated entries, Info-ZIP
// Unicode paths, zip64 records), and rewrites of ExcelJS's own files.

import { crc32, deflateRawSync } from "node:zlib";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
export const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface ZipEntryInput {
  name: string;
  data: string | Uint8Array;
  /** Stored instead of deflated. */
  stored?: boolean;
  /** The name written in the headers, when it is to differ from `name` (given in an Info-ZIP Unicode path field). */
  headerName?: Uint8Array;
  /** Sets the UTF-8 flag (bit 11), which names beyond ASCII get anyway. */
  utf8?: boolean;
  /** The CRC written in the directory, to damage it. */
  crc?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

/** A zip archive as APPNOTE describes it; `zip64` writes zip64 records and 0xFFFFFFFF placeholders. */
export function zipOf(entries: ZipEntryInput[], opts: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const body = e.stored ? data : deflateRawSync(data);
    const utf8Name = Buffer.from(e.name, "utf8");
    const name = e.headerName ? Buffer.from(e.headerName) : utf8Name;
    const extras: Buffer[] = [];
    if (e.headerName) {
      const field = Buffer.concat([Buffer.from([1]), u32(crc32(name)), utf8Name]);
      extras.push(Buffer.concat([u16(0x7075), u16(field.length), field]));
    }
    const zip64Field = Buffer.concat([u64(data.length), u64(body.length), u64(offset)]);
    const centralExtra = Buffer.concat([
      ...extras,
      ...(opts.zip64 ? [Buffer.concat([u16(0x0001), u16(zip64Field.length), zip64Field])] : []),
    ]);
    // APPNOTE: without bit 11 a name is in code page 437; names beyond ASCII set it.
    const flags = e.utf8 || (!e.headerName && /[^ -~]/.test(e.name)) ? 0x800 : 0;
    const method = e.stored ? 0 : 8;
    const crc = e.crc ?? crc32(data);
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(flags),
      u16(method),
      u32(0),
      u32(crc),
      u32(body.length),
      u32(data.length),
      u16(name.length),
      u16(extras.reduce((n, x) => n + x.length, 0)),
      name,
      ...extras,
      body,
    ]);
    const big = (n: number) => (opts.zip64 ? 0xffffffff : n);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(45),
        u16(20),
        u16(flags),
        u16(method),
        u32(0),
        u32(crc),
        u32(big(body.length)),
        u32(big(data.length)),
        u16(name.length),
        u16(centralExtra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(big(offset)),
        name,
        centralExtra,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const record = Buffer.concat([
      u32(0x06064b50),
      u64(44),
      u16(45),
      u16(45),
      u32(0),
      u32(0),
      u64(entries.length),
      u64(entries.length),
      u64(dir.length),
      u64(offset),
    ]);
    const locator = Buffer.concat([u32(0x07064b50), u32(0), u64(offset + dir.length), u32(1)]);
    tail.push(record, locator);
  }
  const count = opts.zip64 ? 0xffff : entries.length;
  const eocd = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(opts.zip64 ? 0xffffffff : dir.length),
    u32(opts.zip64 ? 0xffffffff : offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, dir, ...tail, eocd]);
}

export interface SheetPart {
  name: string;
  /** The worksheet's XML inside <worksheet> (or the whole part with `whole`). */
  xml: string;
  whole?: boolean;
  state?: string;
  /** The part's name in the package (default xl/worksheets/sheetN.xml). */
  part?: string;
  /** The relationship's target as written (default: the part's path relative to xl/). */
  target?: string;
  /** A chartsheet: its relationship is of that type. */
  chart?: boolean;
}

export interface Book {
  sheets: SheetPart[];
  /** <si> elements of the shared strings part (none: no part). */
  strings?: string[];
  stringsPart?: string;
  /** Custom number formats by id. */
  formats?: Record<number, string>;
  /** numFmtId of each cell format (index 0 first). */
  styles?: number[];
  /** <workbookPr> attributes, e.g. ' date1904="true"'. */
  workbookPr?: string;
  /** The workbook part's name (default xl/workbook.xml). */
  workbookPart?: string;
  /** Extra elements inside <workbook> after <sheets>. */
  workbookExtra?: string;
  /** Parts replaced or added after the others are made (name → text). */
  parts?: Record<string, string>;
  /** Entries written stored instead of deflated. */
  stored?: boolean;
  zip64?: boolean;
}

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The parts of a workbook (name → text), as a minimal transitional SpreadsheetML package. */
export function bookParts(book: Book): Record<string, string> {
  const parts: Record<string, string> = {};
  const workbookPart = book.workbookPart ?? "xl/workbook.xml";
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`;
  parts["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${workbookPart}"/></Relationships>`;
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  parts[workbookPart] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.workbookPr ?? ""}/><sheets>${sheets}</sheets>${book.workbookExtra ?? ""}</workbook>`;
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const rels = book.sheets.map((s, i) => {
    const part = s.part ?? (s.chart ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`);
    const target = s.target ?? (part.startsWith(dir) ? part.slice(dir.length) : `/${part}`);
    const type = s.chart ? "chartsheet" : "worksheet";
    return `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${esc(target)}"/>`;
  });
  const stringsPart = book.stringsPart ?? "xl/sharedStrings.xml";
  rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  if (book.strings)
    rels.push(`<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="/${stringsPart}"/>`);
  parts[relsPartOf(workbookPart)] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`;
  const formats = Object.entries(book.formats ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)
    .join("");
  const xfs = (book.styles ?? [0]).map(
    (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
  );
  parts["xl/styles.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${formats ? `<numFmts>${formats}</numFmts>` : ""}<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`;
  if (book.strings)
    parts[stringsPart] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${book.strings.join("")}</sst>`;
  book.sheets.forEach((s, i) => {
    const part = s.part ?? (s.chart ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`);
    parts[part] = s.whole
      ? s.xml
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`;
  });
  return { ...parts, ...book.parts };
}

/** The offset of an entry's central directory header in a zip written by zipOf. */
export function centralHeader(zip: Buffer, name: string): number {
  const at = zip.indexOf(Buffer.from(name), zip.indexOf(Buffer.from(name)) + 1);
  return at - 46;
}

/** A workbook's zip, from its description. */
export function bookZip(book: Book): Buffer {
  const parts = bookParts(book);
  return zipOf(
    Object.entries(parts).map(([name, data]) => ({ name, data, stored: book.stored })),
    { zip64: book.zip64 },
  );
}

/** A one-sheet workbook whose sheet is named 取組 and holds `xml` inside <worksheet>. */
export function sheetZip(xml: string, more: Omit<Book, "sheets"> = {}): Buffer {
  return bookZip({ ...more, sheets: [{ name: "取組", xml }] });
}

/** The entries of a zip written by another tool (ExcelJS), as names and bytes, in order. */
export async function unzipAll(bytes: Buffer): Promise<{ name: string; data: Uint8Array }[]> {
  const { ZipArchive } = await import("../../src/xlsx/reader/zip");
  const { inflateRawSync } = await import("node:zlib");
  const zip = new ZipArchive(bytes);
  return [...zip.entries.values()]
    .sort((a, b) => a.localOffset - b.localOffset)
    .map((e) => ({ name: e.name, data: zip.data(e, (raw) => inflateRawSync(raw)) }));
}
