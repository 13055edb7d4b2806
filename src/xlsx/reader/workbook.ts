// The workbook-wide parts: the workbook (its sheets and date system), the shared strings and the
// styles (which cell formats show dates).

import { builtInDateFormat, formatKind, type DateSystem } from "../../core/numberFormat";
import { readError } from "./errors";
import { booleanAttr, closeRoot, eachChild, openRoot, readRst, uintAttr } from "./sml";
import { NS_REL, XmlScanner } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** The relationship to its part. */
  rId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  dateSystem: DateSystem;
}

const STATES = new Set<string>(["visible", "hidden", "veryHidden"]);

export function readWorkbookPart(xml: string, part: string): WorkbookPart {
  const sc: XmlScanner = new XmlScanner(xml, part);
  openRoot(sc, "workbook");
  const sheets: SheetEntry[] = [];
  let dateSystem: DateSystem = "1900";
  let lists = 0;
  const names = new Set<string>();
  eachChild(sc, () => {
    if (sc.local === "workbookPr") {
      if (booleanAttr(sc, "date1904", false)) dateSystem = "1904";
      sc.skip();
      return true;
    }
    if (sc.local !== "sheets") return false;
    if (++lists > 1) readError("content", part, "two <sheets> lists (a workbook has one)");
    eachChild(sc, () => {
      if (sc.local !== "sheet") return false;
      const name = sc.attr("name");
      const rId = sc.attrNs(NS_REL, "id");
      const state = sc.attr("state") ?? "visible";
      if (name === undefined || rId === undefined)
        readError("content", part, "a sheet without its name or r:id");
      if (!STATES.has(state)) readError("content", part, `sheet ${name}: state "${state}"`);
      // Excel compares sheet names without case.
      const key = name.toLowerCase();
      if (names.has(key)) readError("content", part, `two sheets named ${name}`);
      names.add(key);
      sheets.push({ name, state: state as SheetState, rId });
      sc.skip();
      return true;
    });
    return true;
  });
  closeRoot(sc);
  return { sheets, dateSystem };
}

/** The shared strings as snapshot values ("" is no value). */
export function readSharedStrings(xml: string, part: string): (string | null)[] {
  const sc: XmlScanner = new XmlScanner(xml, part);
  openRoot(sc, "sst");
  const out: (string | null)[] = [];
  eachChild(sc, () => {
    if (sc.local !== "si") return false;
    out.push(readRst(sc) || null);
    return true;
  });
  closeRoot(sc);
  return out;
}

/** Per cell format (`<c s="…">`, by index): whether it shows a date. */
export function readDateStyles(xml: string, part: string): boolean[] {
  const sc: XmlScanner = new XmlScanner(xml, part);
  openRoot(sc, "styleSheet");
  const codes = new Map<number, string>();
  const formatIds: number[] = [];
  let xfLists = 0;
  eachChild(sc, () => {
    if (sc.local === "numFmts") {
      eachChild(sc, () => {
        if (sc.local !== "numFmt") return false;
        const id = uintAttr(sc, "numFmtId");
        const code = sc.attr("formatCode");
        if (id === undefined || code === undefined)
          readError("content", part, "a number format without its id or code");
        codes.set(id, code);
        sc.skip();
        return true;
      });
      return true;
    }
    if (sc.local !== "cellXfs") return false;
    if (++xfLists > 1) readError("content", part, "two <cellXfs> lists (a style sheet has one)");
    eachChild(sc, () => {
      if (sc.local !== "xf") return false;
      formatIds.push(uintAttr(sc, "numFmtId") ?? 0);
      sc.skip();
      return true;
    });
    return true;
  });
  closeRoot(sc);
  return formatIds.map((id) => {
    // A format of the file's own wins over a built-in of the same id.
    const code = codes.get(id) ?? builtInDateFormat(id);
    return code !== undefined && formatKind(code) === "date";
  });
}
