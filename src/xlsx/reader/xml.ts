// A pull scanner for the XML parts of an .xlsx (XML 1.0 with namespaces). It gives each start and
// end tag with its local name and namespace, whatever prefix the writer chose (`<x:c>` of the Open
// XML SDK is `<c>` of Excel), the decoded text of elements that hold text (entities, character
// references, CDATA, line ends as XML defines them), and checks that tags pair up. Text between
// tags it is not asked for is passed over without being looked at: that is most of a worksheet's
// bytes, and why the scanner is fast.
//
// Hand-written rather than a parser library: saxes (the namespace-aware parser ExcelJS uses)
// takes about as long to tokenise a worksheet as this scanner takes to read the whole workbook,
// and reading is a fifth of `plan-review check` (docs/performance.md gives the figures). What the
// scanner does not do, it refuses: a DOCTYPE (OPC forbids DTDs in parts, so no other entities
// exist), undeclared prefixes, characters XML does not allow.

import { readError } from "./errors";

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;

/** SpreadsheetML, transitional and strict: elements of both are read alike. */
export const NS_MAIN = "urn:spreadsheetml";
/** The officeDocument relationships namespace (r:id), transitional and strict. */
export const NS_REL = "urn:officedocument-relationships";
/** OPC's package relationships. */
export const NS_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Markup Compatibility (ECMA-376 Part 3): mc:AlternateContent. */
export const NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const NS_XML = "http://www.w3.org/XML/1998/namespace";

/** Namespace names read as one: the strict edition renamed the transitional ones. */
const SAME_AS = new Map([
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", NS_MAIN],
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", NS_MAIN],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", NS_REL],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", NS_REL],
]);

const ENTITIES = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

// Characters XML 1.0 does not allow, literally or as references.
// eslint-disable-next-line no-control-regex -- these characters are what the pattern is for
const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

function isXmlChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** No control character, "&" or non-character: text that is what it says (most of it, and fast). */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 38 || c >= 0xfffe) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

interface QName {
  local: string;
  ns: string;
}

/** Namespace bindings in force, with the names already resolved under them. */
interface Scope {
  bindings: Map<string, string>;
  names: Map<string, QName>;
  /** Open elements when the declaring element opened: the scope ends when it closes. */
  depth: number;
}

export class XmlScanner {
  /** The tag just read, as written (prefix included). */
  name = "";
  /** Its local name and namespace ("" for none). */
  local = "";
  ns = "";
  /** The element just opened closes itself (`<x/>`). */
  empty = false;
  private pos = 0;
  private readonly open: string[] = [];
  /** Tag names met so far (see tagName). */
  private readonly recent: string[] = [];
  private scope: Scope;
  private readonly scopes: Scope[] = [];
  /** An empty element declared namespaces: its scope ends at the next token. */
  private endScope = false;
  /** The root element has closed: only comments and processing instructions may follow. */
  private done = false;
  private attrFrom = 0;
  private attrTo = 0;
  /** Attributes of the tag just read, as offsets into the text (name from–to, value from–to). */
  private attrCount = -1;
  private readonly attrAt: number[] = [];
  /** The resolved names of `recent`, under the scope in force (cleared when it changes). */
  private recentQ: (QName | undefined)[] = [];
  private recentIndex = -1;
  private readonly openQ: QName[] = [];

  constructor(
    private readonly xml: string,
    readonly part: string,
  ) {
    this.scope = {
      bindings: new Map([["xml", NS_XML]]),
      names: new Map(),
      depth: 0,
    };
  }

  fail(what: string): never {
    readError("xml", this.part, what);
  }

  /** Elements open around the current position. */
  get depth(): number {
    return this.open.length;
  }

  /** The next start or end tag (text, comments and processing instructions are passed over), or END. */
  next(): number {
    if (this.endScope) this.popScope();
    const xml = this.xml;
    const len = xml.length;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = len;
        if (this.open.length > 0) this.fail(`<${this.open[this.open.length - 1]}> is not closed`);
        return END;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        this.endTag(lt);
        return CLOSE;
      }
      if (c === 63 /* ? */ || c === 33 /* ! */) {
        this.pos = this.passMarkup(lt);
        continue;
      }
      let i = lt + 1;
      for (; i < len; i++) {
        const ch = xml.charCodeAt(i);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      }
      if (i === lt + 1) this.fail(`"<" without a tag name at offset ${lt}`);
      const name = this.tagName(lt + 1, i);
      this.attrFrom = i;
      // The tag ends at the first ">" outside quotes ("> " may stand in an attribute value).
      let quote = 0;
      let declares = false;
      for (; ; i++) {
        if (i >= len) this.fail(`<${name}> is not closed`);
        const ch = xml.charCodeAt(i);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 62) break;
        else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 120 /* x */ && isSpace(xml.charCodeAt(i - 1)) && xml.startsWith("xmlns", i))
          declares = true;
        else if (ch === 60) this.fail(`"<" inside <${name}>`);
      }
      if (this.done) this.fail("a second root element");
      this.empty = xml.charCodeAt(i - 1) === 47;
      this.attrTo = this.empty ? i - 1 : i;
      this.attrCount = -1;
      this.pos = i + 1;
      this.name = name;
      if (declares) this.declare();
      const q = this.resolve(name);
      if (!this.empty) {
        this.open.push(name);
        this.openQ.push(q);
      } else if (this.open.length === 0) this.done = true;
      return OPEN;
    }
  }

  /** An unprefixed attribute of the element just opened, decoded; undefined when absent. */
  attr(name: string): string | undefined {
    if (this.attrCount < 0) this.readAttrs();
    const at = this.attrAt;
    const xml = this.xml;
    let found = -1;
    for (let k = 0; k < this.attrCount * 4; k += 4)
      if (at[k + 1] - at[k] === name.length && xml.startsWith(name, at[k])) {
        if (found >= 0) this.fail(`attribute ${name} twice in <${this.name}>`);
        found = k;
      }
    return found < 0 ? undefined : this.attrValue(at[found + 2], at[found + 3]);
  }

  /** An attribute in a namespace (`r:id`), whatever its prefix. */
  attrNs(ns: string, local: string): string | undefined {
    if (this.attrCount < 0) this.readAttrs();
    const at = this.attrAt;
    let found: string | undefined;
    for (let k = 0; k < this.attrCount * 4; k += 4) {
      const name = this.xml.slice(at[k], at[k + 1]);
      const colon = name.indexOf(":");
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      const prefix = name.slice(0, colon);
      if (prefix === "xmlns" || this.scope.bindings.get(prefix) !== ns) continue;
      if (found !== undefined) this.fail(`attribute ${name} twice in <${this.name}>`);
      found = this.attrValue(at[k + 2], at[k + 3]);
    }
    return found;
  }

  /** The namespace a prefix stands for where the scanner is ("" for the default namespace). */
  namespaceOf(prefix: string): string | undefined {
    return this.scope.bindings.get(prefix);
  }

  /**
   * The text of the element just opened, up to its end tag, which it reads ("" for an empty
   * element). Comments and processing instructions inside are passed over; a child element is
   * not expected in the elements read this way.
   */
  text(): string {
    if (this.empty) return "";
    const xml = this.xml;
    const name = this.name;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) this.fail(`<${name}> is not closed`);
      if (lt > this.pos) out += this.chars(xml.slice(this.pos, lt));
      const c = xml.charCodeAt(lt + 1);
      if (c === 47) {
        this.endTag(lt);
        return out;
      }
      if (c === 33 && xml.startsWith("![CDATA[", lt + 1)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) this.fail("a CDATA section is not closed");
        const raw = xml.slice(lt + 9, end);
        if (DISALLOWED.test(raw)) this.fail(`a character XML does not allow, in <${name}>`);
        out += raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
        this.pos = end + 3;
      } else if (c === 33 || c === 63) this.pos = this.passMarkup(lt);
      else this.fail(`an element inside <${name}>, which holds text`);
    }
  }

  /** Passes over the rest of the element just opened. */
  skip(): void {
    if (this.empty) return;
    const depth = this.open.length;
    while (this.open.length >= depth) if (this.next() === END) return;
  }

  /** Character data as XML reports it: line ends normalised, references replaced. */
  private chars(raw: string): string {
    if (isPlain(raw)) return raw;
    if (DISALLOWED.test(raw)) this.fail(`a character XML does not allow, in <${this.name}>`);
    const s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
    return s.includes("&") ? this.decode(s) : s;
  }

  /**
   * The name of a start tag from `from` to `to`: the same string as an earlier tag of that name
   * where there was one (a worksheet has a handful of names, thousands of times each), so that
   * names are neither copied out of the text nor hashed again.
   */
  private tagName(from: number, to: number): string {
    const n = to - from;
    const recent = this.recent;
    for (let k = 0; k < recent.length; k++) {
      const cand = recent[k];
      if (cand.length === n && this.xml.startsWith(cand, from)) {
        this.recentIndex = k;
        return cand;
      }
    }
    const name = this.xml.slice(from, to);
    this.recentIndex = recent.length < 32 ? recent.push(name) - 1 : -1;
    return name;
  }

  /** Reads the end tag at `lt`, which must close the element open last. */
  private endTag(lt: number): void {
    const xml = this.xml;
    const top = this.open[this.open.length - 1];
    let end = lt + 2 + (top === undefined ? 0 : top.length);
    if (top !== undefined && xml.startsWith(top, lt + 2) && xml.charCodeAt(end) === 62) {
      this.pos = end + 1;
      this.close(top);
      return;
    }
    end = xml.indexOf(">", lt + 2);
    if (end < 0) this.fail("an end tag is not closed");
    this.pos = end + 1;
    this.close(xml.slice(lt + 2, end).trimEnd());
  }

  private close(name: string): void {
    const top = this.open.pop();
    if (top !== name)
      this.fail(top === undefined ? `</${name}> closes nothing` : `</${name}> closes <${top}>`);
    const q = this.openQ.pop()!;
    this.name = name;
    this.local = q.local;
    this.ns = q.ns;
    if (this.scope.depth === this.open.length && this.scopes.length > 0) this.popScope();
    if (this.open.length === 0) this.done = true;
  }

  /** Comments, processing instructions and CDATA outside text; a DOCTYPE is refused. */
  private passMarkup(lt: number): number {
    const xml = this.xml;
    if (xml.charCodeAt(lt + 1) === 63) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) this.fail("a processing instruction is not closed");
      return end + 2;
    }
    if (xml.startsWith("!--", lt + 1)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) this.fail("a comment is not closed");
      return end + 3;
    }
    if (xml.startsWith("![CDATA[", lt + 1)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) this.fail("a CDATA section is not closed");
      return end + 3;
    }
    if (xml.startsWith("!DOCTYPE", lt + 1))
      this.fail("a DOCTYPE declaration (Office Open XML parts may not have one)");
    this.fail(`unknown markup at offset ${lt}`);
  }

  /** The element just opened declares namespaces: a new scope for it and what it holds. */
  private declare(): void {
    this.readAttrs();
    const bindings = new Map(this.scope.bindings);
    const at = this.attrAt;
    for (let k = 0; k < this.attrCount * 4; k += 4) {
      const name = this.xml.slice(at[k], at[k + 1]);
      if (name !== "xmlns" && !name.startsWith("xmlns:")) continue;
      const prefix = name === "xmlns" ? "" : name.slice(6);
      const uri = this.attrValue(at[k + 2], at[k + 3]);
      if (prefix !== "" && uri === "") this.fail(`prefix ${prefix} bound to no namespace`);
      bindings.set(prefix, SAME_AS.get(uri) ?? uri);
    }
    this.scopes.push(this.scope);
    this.scope = { bindings, names: new Map(), depth: this.open.length };
    this.recentQ = [];
    this.endScope = this.empty;
  }

  private popScope(): void {
    this.scope = this.scopes.pop()!;
    this.recentQ = [];
    this.endScope = false;
  }

  private resolve(name: string): QName {
    const k = this.recentIndex;
    let q = k >= 0 ? this.recentQ[k] : undefined;
    if (q === undefined) {
      q = this.scope.names.get(name);
      if (q === undefined) {
        const colon = name.indexOf(":");
        const prefix = colon < 0 ? "" : name.slice(0, colon);
        const ns = this.scope.bindings.get(prefix);
        if (ns === undefined && colon >= 0) this.fail(`prefix ${prefix} is not declared (<${name}>)`);
        q = { local: colon < 0 ? name : name.slice(colon + 1), ns: ns ?? "" };
        this.scope.names.set(name, q);
      }
      if (k >= 0) this.recentQ[k] = q;
    }
    this.local = q.local;
    this.ns = q.ns;
    return q;
  }

  private readAttrs(): void {
    const xml = this.xml;
    const to = this.attrTo;
    const at = this.attrAt;
    let count = 0;
    let i = this.attrFrom;
    for (;;) {
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (i >= to) break;
      const from = i;
      while (i < to) {
        const ch = xml.charCodeAt(i);
        if (ch === 61 /* = */ || isSpace(ch)) break;
        i++;
      }
      const nameTo = i;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61) this.fail(`an attribute of <${this.name}> without a value`);
      i++;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if (q !== 34 && q !== 39) this.fail(`an attribute of <${this.name}> not quoted`);
      const end = xml.indexOf(q === 34 ? '"' : "'", i + 1);
      if (end < 0 || end >= to) this.fail(`an attribute of <${this.name}> not closed`);
      at[count * 4] = from;
      at[count * 4 + 1] = nameTo;
      at[count * 4 + 2] = i + 1;
      at[count * 4 + 3] = end;
      count++;
      i = end + 1;
    }
    this.attrCount = count;
  }

  /** An attribute value as XML reports it: each literal tab or line end is a space. */
  private attrValue(from: number, to: number): string {
    const raw = this.xml.slice(from, to);
    if (isPlain(raw)) return raw;
    if (DISALLOWED.test(raw)) this.fail(`a character XML does not allow, in <${this.name}>`);
    let v = raw;
    if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " ");
    return v.includes("&") ? this.decode(v) : v;
  }

  /** Replaces XML's five entities and character references; there are no others without a DTD. */
  private decode(s: string): string {
    let out = "";
    let from = 0;
    for (;;) {
      const amp = s.indexOf("&", from);
      if (amp < 0) return out + s.slice(from);
      const semi = s.indexOf(";", amp + 1);
      if (semi < 0) this.fail(`a bare "&" in <${this.name}>`);
      const ref = s.slice(amp + 1, semi);
      let ch: string | undefined;
      if (ref.charCodeAt(0) === 35 /* # */) {
        const hex = ref.charCodeAt(1) === 120; /* x */
        const digits = ref.slice(hex ? 2 : 1);
        if ((hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) {
          const code = parseInt(digits, hex ? 16 : 10);
          if (isXmlChar(code)) ch = String.fromCodePoint(code);
        }
      } else ch = ENTITIES.get(ref);
      if (ch === undefined) this.fail(`&${ref}; in <${this.name}> (not an XML entity or character)`);
      out += s.slice(from, amp) + ch;
      from = semi + 1;
    }
  }
}
