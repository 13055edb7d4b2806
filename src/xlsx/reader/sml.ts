// Walking SpreadsheetML parts: the root, the children of an element (through mc:AlternateContent
// as Markup Compatibility says, ECMA-376 Part 3 §10.2), the value types of the schema.

import { readError } from "./errors";
import { CLOSE, NS_MAIN, NS_MC, NS_REL, OPEN, XmlScanner } from "./xml";

/** Namespaces whose elements the reader understands (mc:Choice may require only these). */
const UNDERSTOOD = new Set([NS_MAIN, NS_REL]);

/** Opens the part's root element, which must be SpreadsheetML's `local`. */
export function openRoot(sc: XmlScanner, local: string): void {
  if (sc.next() !== OPEN) sc.fail("no root element");
  if (sc.local !== local || sc.ns !== NS_MAIN)
    readError(
      "content",
      sc.part,
      `root <${sc.name}>${sc.ns ? ` in namespace ${sc.ns}` : " in no namespace"} where SpreadsheetML's <${local}> belongs`,
    );
}

/** Reads to the end of the part: the root has closed, only comments may follow. */
export function closeRoot(sc: XmlScanner): void {
  if (sc.next() === OPEN) sc.fail("a second root element");
}

/**
 * Calls `read` for each SpreadsheetML child of the element just opened, then reads its end tag.
 * `read` reads the child whole (text, skip, eachChild) and returns true, or returns false to have
 * it passed over. Children of other namespaces are extensions and passed over; of an
 * mc:AlternateContent, the first mc:Choice whose requirements the reader understands is read,
 * else its mc:Fallback.
 */
export function eachChild(sc: XmlScanner, read: () => boolean): void {
  if (sc.empty) return;
  for (;;) {
    const tok = sc.next();
    if (tok === CLOSE) return;
    if (tok !== OPEN) sc.fail(`<${sc.name}> is not closed`);
    if (sc.ns === NS_MAIN) {
      if (!read()) sc.skip();
    } else if (sc.ns === NS_MC && sc.local === "AlternateContent") alternateContent(sc, read);
    else if (sc.ns === "") readError("content", sc.part, `<${sc.name}> in no namespace`);
    else sc.skip();
  }
}

function alternateContent(sc: XmlScanner, read: () => boolean): void {
  let chosen = false;
  eachMc(sc, () => {
    if (chosen || (sc.local !== "Choice" && sc.local !== "Fallback")) return sc.skip();
    if (sc.local === "Choice") {
      const requires = (sc.attr("Requires") ?? "").split(/\s+/).filter(Boolean);
      if (!requires.every((p) => UNDERSTOOD.has(sc.namespaceOf(p) ?? ""))) return sc.skip();
    }
    chosen = true;
    eachChild(sc, read);
  });
}

/** The children of an mc element (all in the mc namespace). */
function eachMc(sc: XmlScanner, child: () => void): void {
  if (sc.empty) return;
  for (;;) {
    const tok = sc.next();
    if (tok === CLOSE) return;
    if (tok !== OPEN) sc.fail(`<${sc.name}> is not closed`);
    if (sc.ns !== NS_MC) readError("content", sc.part, `<${sc.name}> in mc:AlternateContent`);
    child();
  }
}

/** An xsd:boolean attribute ("true", "1", "false", "0"); `absent` when not given. */
export function booleanAttr(sc: XmlScanner, name: string, absent: boolean): boolean {
  const v = sc.attr(name)?.trim();
  if (v === undefined) return absent;
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  return readError("content", sc.part, `${name}="${v}" in <${sc.name}> is not a boolean`);
}

/** An unsigned integer attribute (xsd:unsignedInt); undefined when not given. */
export function uintAttr(sc: XmlScanner, name: string): number | undefined {
  const v = sc.attr(name)?.trim();
  if (v === undefined) return undefined;
  if (!/^\+?\d{1,10}$/.test(v))
    readError("content", sc.part, `${name}="${v}" in <${sc.name}> is not a number`);
  return Number(v);
}

/** ST_Xstring's escapes: `_x000D_` is a carriage return, `_x005F_` the "_" of a literal `_x…_`. */
export function unescapeXstring(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Rich or plain text (CT_Rst: shared strings, inline strings): its `<t>` and the `<t>` of its
 * runs, in order; phonetic readings (`<rPh>`, furigana) are not part of the text.
 */
export function readRst(sc: XmlScanner): string {
  let text = "";
  eachChild(sc, () => {
    if (sc.local === "t") text += sc.text();
    else if (sc.local === "r")
      eachChild(sc, () => {
        if (sc.local !== "t") return false;
        text += sc.text();
        return true;
      });
    else return false;
    return true;
  });
  return unescapeXstring(text);
}
