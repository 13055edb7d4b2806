// The package of an .xlsx as Open Packaging Conventions define it (ECMA-376 Part 2): parts by
// name, their text, and the relationships that lead from one part to another. Parts are found
// only through relationships, never by the names one writer gives them.

import { readError } from "./errors";
import { decoders, type Decoders } from "./text";
import { NS_PACKAGE_REL, OPEN, XmlScanner } from "./xml";
import { crc32, partName, ZipArchive, type Crc32, type Inflate } from "./zip";

export interface Relationship {
  id: string;
  /** The type without its namespace ("worksheet"), for transitional and strict types alike. */
  type: string;
  /** The part it leads to ("xl/worksheets/sheet1.xml"); undefined for an external target. */
  target: string | undefined;
}

const REL_TYPE_BASES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/",
];

/** A part's bytes as text, in the encoding its byte order mark or first bytes show. */
export function decodePart(bytes: Uint8Array, part: string, d: Decoders): string {
  const [a, b] = bytes;
  let text: string;
  try {
    if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)) text = d.utf16le.decode(bytes);
    else if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)) text = d.utf16be.decode(bytes);
    else text = d.utf8.decode(bytes);
  } catch {
    readError("xml", part, "text that is not UTF-8 or UTF-16");
  }
  if (text.startsWith("<?xml")) {
    const decl = text.slice(0, text.indexOf("?>"));
    const enc = /encoding\s*=\s*["']([^"']*)["']/.exec(decl)?.[1].toLowerCase();
    if (enc !== undefined && enc !== "utf-8" && enc !== "utf-16" && enc !== "utf8")
      readError("xml", part, `encoding ${enc} (Office Open XML parts are UTF-8 or UTF-16)`);
  }
  return text;
}

/** The part a relationship's target names, resolved against the part it comes from. */
export function resolveTarget(source: string, target: string): string {
  const url = new URL(target.trim(), `http://package/${source}`);
  return partName(url.pathname);
}

/** The relationships part of a part: `xl/_rels/workbook.xml.rels`; `_rels/.rels` for the package. */
function relsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export class Package {
  constructor(
    private readonly zip: ZipArchive,
    private readonly inflate: Inflate,
    private readonly crc: Crc32 = crc32,
    private readonly text: Decoders = decoders(),
  ) {}

  has(part: string): boolean {
    return this.zip.entry(part) !== undefined;
  }

  /** The part's text; undefined when the package has no such part. */
  partText(part: string): string | undefined {
    const e = this.zip.entry(part);
    return e && decodePart(this.zip.data(e, this.inflate, this.crc), part, this.text);
  }

  /** The relationships from a part ("" for the package itself); none when it has no rels part. */
  relationships(source: string): Relationship[] {
    const part = relsPartOf(source);
    const xml = this.partText(part);
    if (xml === undefined) return [];
    const sc: XmlScanner = new XmlScanner(xml, part);
    if (sc.next() !== OPEN || sc.local !== "Relationships" || sc.ns !== NS_PACKAGE_REL)
      readError("content", part, `<${sc.name}> where <Relationships> belongs`);
    const out: Relationship[] = [];
    const ids = new Set<string>();
    if (!sc.empty)
      while (sc.next() === OPEN) {
        const local: string = sc.local;
        if (local === "Relationship" && sc.ns === NS_PACKAGE_REL) {
          const id = sc.attr("Id");
          const type = sc.attr("Type");
          const target = sc.attr("Target");
          if (id === undefined || type === undefined || target === undefined)
            readError("content", part, "a relationship without its Id, Type or Target");
          if (ids.has(id)) readError("content", part, `relationship ${id} twice`);
          ids.add(id);
          const base = REL_TYPE_BASES.find((b) => type.startsWith(b));
          out.push({
            id,
            type: base ? type.slice(base.length) : type,
            target: sc.attr("TargetMode") === "External" ? undefined : resolveTarget(source, target),
          });
        }
        sc.skip();
      }
    sc.next();
    return out;
  }
}
