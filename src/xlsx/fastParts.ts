// The workbook-wide parts the fast reader needs (fastRead.ts): the sheet list, the relationships,
// the shared strings and which cell styles are dates. Each is read as ExcelJS's xforms read it:
// the same elements, the same decoding, the same defaults. What ExcelJS would stumble on, or
// what would make it read differently, throws FastReadUnsupported.

import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";
import exceljsUtils from "exceljs/lib/utils/utils";
import { CLOSE, END, OPEN, XmlScanner } from "./xmlScanner";

/** SpreadsheetML's transitional namespace; the strict one (purl.oclc.org) is read by ExcelJS. */
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The root element must be `name`; a SpreadsheetML part's in the transitional namespace. */
export function expectRoot(sc: XmlScanner, name: string, spreadsheetML = true): void {
  if (sc.next() !== OPEN || sc.name !== name) sc.fail(`root <${sc.name}> instead of <${name}>`);
  const ns = sc.attr("xmlns");
  if (spreadsheetML && ns !== undefined && ns !== MAIN_NS) sc.fail(`namespace ${ns}`);
}

/**
 * Walks the elements under the root as ExcelJS's xforms do: `read` gets each element whose name
 * it knows and reads it whole (returning true), the subtrees of `skipped` ones are passed over,
 * and elements neither knows are looked into.
 */
export function walk(sc: XmlScanner, skipped: ReadonlySet<string>, read: (name: string) => boolean): void {
  const open: string[] = [];
  for (;;) {
    const tok = sc.next();
    if (tok === END) {
      if (open.length > 0) sc.fail(`<${open[open.length - 1]}> not closed`);
      sc.fail("the root element is not closed");
    }
    if (tok === CLOSE) {
      if (open.length === 0) return;
      if (open.pop() !== sc.name) sc.fail(`</${sc.name}> does not close its element`);
      continue;
    }
    if (read(sc.name)) continue;
    if (skipped.has(sc.name)) sc.skip();
    else if (!sc.empty) open.push(sc.name);
  }
}

/** Reads each child of the element just opened with `child`; any other child is unexpected. */
export function children(sc: XmlScanner, name: string, child: () => void): void {
  if (sc.empty) return;
  for (;;) {
    const tok = sc.next();
    if (tok === CLOSE && sc.name === name) return;
    if (tok !== OPEN) sc.fail(`<${name}> not closed`);
    child();
  }
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: string | undefined;
  rId: string | undefined;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

const WORKBOOK_SKIPPED = new Set(["fileVersion", "bookViews", "definedNames", "calcPr"]);

export function readWorkbookPart(xml: string): WorkbookPart {
  const sc: XmlScanner = new XmlScanner(xml, "xl/workbook.xml");
  expectRoot(sc, "workbook");
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  walk(sc, WORKBOOK_SKIPPED, (name) => {
    if (name === "workbookPr") {
      date1904 = sc.attr("date1904") === "1";
      sc.skip();
      return true;
    }
    if (name !== "sheets") return false;
    children(sc, "sheets", () => {
      if (sc.name !== "sheet") sc.fail(`<${sc.name}> in <sheets>`);
      const raw = sc.attr("name");
      if (raw === undefined) sc.fail("a sheet without a name");
      sheets.push({
        // ExcelJS decodes the name's entities a second time.
        name: exceljsUtils.xmlDecode(raw),
        sheetId: parseInt(sc.attr("sheetId") ?? "", 10),
        state: sc.attr("state"),
        rId: sc.attr("r:id"),
      });
      sc.skip();
    });
    return true;
  });
  return { sheets, date1904 };
}

/** A relationships part: target by id (the targets ExcelJS would find). */
export function readRelationships(xml: string, part: string): Map<string, string | undefined> {
  const sc: XmlScanner = new XmlScanner(xml, part);
  expectRoot(sc, "Relationships", false);
  const rels = new Map<string, string | undefined>();
  children(sc, "Relationships", () => {
    if (sc.name !== "Relationship") sc.fail(`<${sc.name}> in <Relationships>`);
    const id = sc.attr("Id");
    if (id === undefined) sc.fail("a relationship without an Id");
    rels.set(id, sc.attr("Target"));
    sc.skip();
  });
  if (sc.next() !== END) sc.fail("content after the root element");
  return rels;
}

/** `_x000D_` and the like, as ExcelJS decodes them in shared strings and rich text runs. */
export function decodeEscapes(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A rich text run (`<r>`) just opened: its text, or undefined when it has none. Only its `<t>`
 * counts (the last one); its font (`<rPr>`) is passed over.
 */
export function readRun(sc: XmlScanner): string | undefined {
  let text: string | undefined;
  children(sc, "r", () => {
    if (sc.name === "t") text = decodeEscapes(sc.text());
    else if (sc.name === "rPr") sc.skip();
    else sc.fail(`<${sc.name}> in a rich text run`);
  });
  return text;
}

/** The shared strings as snapshot values (joined rich text; phonetic runs left out). */
export function readSharedStrings(xml: string): (string | null)[] {
  const sc: XmlScanner = new XmlScanner(xml, "xl/sharedStrings.xml");
  expectRoot(sc, "sst");
  const out: (string | null)[] = [];
  children(sc, "sst", () => {
    if (sc.name !== "si") sc.fail(`<${sc.name}> in <sst>`);
    let plain: string | undefined;
    let runs: (string | undefined)[] | undefined;
    children(sc, "si", () => {
      switch (sc.name) {
        case "t":
          // A <t> replaces what came before; a run after it would make ExcelJS fail.
          plain = decodeEscapes(sc.text());
          runs = undefined;
          break;
        case "r":
          if (plain !== undefined) sc.fail("a rich text run after plain text");
          (runs ??= []).push(readRun(sc));
          break;
        case "rPh":
          sc.skip();
          break;
        case "phoneticPr":
          if (!sc.empty) sc.fail("<phoneticPr> with content");
          break;
        default:
          sc.fail(`<${sc.name}> in <si>`);
      }
    });
    if (plain !== undefined) out.push(plain === "" ? null : plain);
    else if (runs !== undefined) out.push(runs.join("") || null);
    else out.push(null);
  });
  return out;
}

const STYLES_SKIPPED = new Set([
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "dxfs",
  "numFmt",
  "font",
  "fill",
  "border",
  "style",
  "cellStyles",
  "tableStyles",
  "extLst",
]);

/** Which cell styles (`<c s="…">`, by index) ExcelJS reads as dates. */
export function readDateStyles(xml: string): boolean[] {
  const sc: XmlScanner = new XmlScanner(xml, "xl/styles.xml");
  expectRoot(sc, "styleSheet");
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  walk(sc, STYLES_SKIPPED, (name) => {
    if (name === "numFmts") {
      // A later list replaces an earlier one, as in ExcelJS.
      formats.clear();
      children(sc, "numFmts", () => {
        if (sc.name !== "numFmt") sc.fail(`<${sc.name}> in <numFmts>`);
        const code = sc.attr("formatCode");
        if (code === undefined) sc.fail("a number format without a code");
        formats.set(parseInt(sc.attr("numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
        sc.skip();
      });
      return true;
    }
    if (name !== "cellXfs") return false;
    xfFormats.length = 0;
    children(sc, "cellXfs", () => {
      if (sc.name !== "xf") sc.fail(`<${sc.name}> in <cellXfs>`);
      xfFormats.push(parseInt(sc.attr("numFmtId") ?? "", 10));
      children(sc, "xf", () => {
        if (sc.name !== "alignment" && sc.name !== "protection") sc.fail(`<${sc.name}> in <xf>`);
        sc.skip();
      });
    });
    return true;
  });
  return xfFormats.map((id) => {
    // ExcelJS: a format id of 0 (or none) is no format; a custom code wins over a built-in one.
    if (!id) return false;
    return exceljsUtils.isDateFmt(formats.get(id) || defaultNumFormats[id]?.f);
  });
}
