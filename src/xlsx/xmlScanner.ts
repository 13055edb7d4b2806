// A small pull scanner for the few XML parts of an .xlsx that `check` reads (fastRead.ts). It sees
// names as ExcelJS's parser does (prefix included, no namespace processing) and decodes text and
// attributes the same way (XML entities, line ends); anything it is not sure of throws
// FastReadUnsupported, so that the caller reads the file with ExcelJS instead.

/** The fast reader cannot vouch for this file: read it with ExcelJS. */
export class FastReadUnsupported extends Error {
  constructor(part: string, what: string) {
    super(`${part}: ${what}`);
    this.name = "FastReadUnsupported";
  }
}

export function unsupported(part: string, what: string): never {
  throw new FastReadUnsupported(part, what);
}

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;

const ENTITIES = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Characters XML 1.0 allows as character references. */
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

// Control characters XML does not allow in text; a parser stops at them.
// eslint-disable-next-line no-control-regex -- these characters are what the pattern is for
const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

export class XmlScanner {
  /** The name of the element just opened or closed, prefix included. */
  name = "";
  /** The element just opened closes itself (`<x/>`). */
  empty = false;
  private pos = 0;
  private attrFrom = 0;
  private attrTo = 0;
  private attrCount = -1;
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];

  constructor(
    private readonly xml: string,
    readonly part: string,
  ) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  fail(what: string): never {
    unsupported(this.part, what);
  }

  /** The next start or end tag (text between tags is passed over), or END. */
  next(): number {
    const xml = this.xml;
    const len = xml.length;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = len;
        return END;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = xml.indexOf(">", lt + 2);
        if (gt < 0) this.fail("unclosed end tag");
        this.name = xml.slice(lt + 2, gt).trimEnd();
        this.pos = gt + 1;
        return CLOSE;
      }
      if (c === 63 /* ? */) {
        const end = xml.indexOf("?>", lt + 2);
        if (end < 0) this.fail("unclosed processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (!xml.startsWith("!--", lt + 1)) this.fail("CDATA or DOCTYPE");
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) this.fail("unclosed comment");
        this.pos = end + 3;
        continue;
      }
      let i = lt + 1;
      for (; i < len; i++) {
        const ch = xml.charCodeAt(i);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      }
      if (i === lt + 1) this.fail("empty tag name");
      this.name = xml.slice(lt + 1, i);
      this.attrFrom = i;
      // The tag ends at the first ">" outside quotes: ">" is allowed in attribute values.
      let quote = 0;
      for (; ; i++) {
        if (i >= len) this.fail(`unclosed tag <${this.name}>`);
        const ch = xml.charCodeAt(i);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 62) break;
        else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 60) this.fail(`"<" inside <${this.name}>`);
      }
      this.empty = xml.charCodeAt(i - 1) === 47;
      this.attrTo = this.empty ? i - 1 : i;
      this.attrCount = -1;
      this.pos = i + 1;
      return OPEN;
    }
  }

  /** An attribute of the element just opened, decoded; undefined when absent. */
  attr(name: string): string | undefined {
    if (this.attrCount < 0) this.readAttrs();
    for (let k = 0; k < this.attrCount; k++) if (this.attrNames[k] === name) return this.attrValues[k];
    return undefined;
  }

  private readAttrs(): void {
    const xml = this.xml;
    const to = this.attrTo;
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
      const name = xml.slice(from, i);
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61) this.fail(`attribute ${name} without a value`);
      i++;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if (q !== 34 && q !== 39) this.fail(`attribute ${name} not quoted`);
      const end = xml.indexOf(q === 34 ? '"' : "'", i + 1);
      if (end < 0 || end >= to) this.fail(`attribute ${name} not closed`);
      for (let k = 0; k < count; k++) if (this.attrNames[k] === name) this.fail(`attribute ${name} twice`);
      this.attrNames[count] = name;
      this.attrValues[count] = this.attrValue(xml.slice(i + 1, end));
      count++;
      i = end + 1;
    }
    this.attrCount = count;
  }

  /** An attribute value as a parser reports it: each literal tab or line end becomes a space. */
  private attrValue(raw: string): string {
    let v = raw;
    if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " ");
    return v.includes("&") ? this.decode(v) : v;
  }

  /**
   * The text of the element just opened, up to its end tag ("" when it has none). Markup inside
   * it (a child element, a comment) is not expected in the elements read this way.
   */
  text(): string {
    if (this.empty) return "";
    const xml = this.xml;
    const name = this.name;
    const lt = xml.indexOf("<", this.pos);
    if (lt < 0 || xml.charCodeAt(lt + 1) !== 47 || !xml.startsWith(name, lt + 2))
      this.fail(`markup inside <${name}>`);
    let i = lt + 2 + name.length;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 62) this.fail(`markup inside <${name}>`);
    let raw = xml.slice(this.pos, lt);
    this.pos = i + 1;
    if (raw === "") return raw;
    if (DISALLOWED.test(raw)) this.fail(`a control character in <${name}>`);
    // Line ends are normalised as XML requires; a character reference (&#13;) is kept as it is.
    if (raw.includes("\r")) raw = raw.replace(/\r\n?/g, "\n");
    return raw.includes("&") ? this.decode(raw) : raw;
  }

  /** Passes over the rest of the element just opened, checking that its tags pair up. */
  skip(): void {
    if (this.empty) return;
    const open: string[] = [this.name];
    while (open.length > 0) {
      const tok = this.next();
      if (tok === END) this.fail(`<${open[open.length - 1]}> not closed`);
      if (tok === OPEN) {
        if (!this.empty) open.push(this.name);
      } else if (open.pop() !== this.name) this.fail(`</${this.name}> does not close its element`);
    }
  }

  /** Replaces XML's five entities and character references; any other entity is not expected. */
  decode(s: string): string {
    let out = "";
    let from = 0;
    for (;;) {
      const amp = s.indexOf("&", from);
      if (amp < 0) return out + s.slice(from);
      const semi = s.indexOf(";", amp + 1);
      if (semi < 0) this.fail("a bare &");
      const ref = s.slice(amp + 1, semi);
      let ch: string;
      if (ref.charCodeAt(0) === 35 /* # */) {
        const hex = ref.charCodeAt(1) === 120; /* x */
        const digits = ref.slice(hex ? 2 : 1);
        if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) this.fail(`&${ref};`);
        const code = parseInt(digits, hex ? 16 : 10);
        if (!isXmlChar(code)) this.fail(`&${ref};`);
        ch = String.fromCodePoint(code);
      } else {
        const e = ENTITIES.get(ref);
        if (e === undefined) this.fail(`&${ref};`);
        ch = e;
      }
      out += s.slice(from, amp) + ch;
      from = semi + 1;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
