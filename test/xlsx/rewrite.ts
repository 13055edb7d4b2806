// Rewrites of a workbook ExcelJS wrote into forms other writers use, each saying the same thing by
// the standard: element names with a prefix (the Open XML SDK), rows and cells without references,
// inline strings instead of shared ones (openpyxl, xlsxwriter's option), entries stored instead of
// deflated. A reader must read every rewrite to the same values.

import JSZip from "jszip";
import { MAIN, zipOf } from "./books";

export interface Rewrite {
  prefix?: boolean;
  noRefs?: boolean;
  inline?: boolean;
  stored?: boolean;
}

/** Every unprefixed element gets the prefix `x`, bound where the default namespace was. */
export function prefixElements(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1x:$2")
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

const colOf = (ref: string): number =>
  [.../^[A-Z]+/.exec(ref)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Drops the `r` of each row and cell that follows the one before it (the first: row 1, column A). */
export function dropRefs(xml: string): string {
  let lastRow = 0;
  const rowAttrs = (attrs: string): string => {
    const r = Number(/\br="(\d+)"/.exec(attrs)![1]);
    const follows = r === lastRow + 1;
    lastRow = r;
    return follows ? attrs.replace(/\s*\br="\d+"/, "") : attrs;
  };
  return xml.replace(
    /<row\b([^>]*?)\/>|<row\b([^>]*?)>([\s\S]*?)<\/row>/g,
    (_whole, empty: string | undefined, attrs: string, body: string) => {
      if (empty !== undefined) return `<row${rowAttrs(empty)}/>`;
      const kept = rowAttrs(attrs);
      let lastCol = 0;
      const cells = body.replace(
        /<c\b([^>]*?)\s*\br="([A-Z]+)(\d+)"/g,
        (_m, before: string, letters: string, r: string) => {
          const c = colOf(letters);
          const follows = c === lastCol + 1;
          lastCol = c;
          return follows ? `<c${before}` : `<c${before} r="${letters}${r}"`;
        },
      );
      return `<row${kept}>${cells}</row>`;
    },
  );
}

/** Shared strings written into their cells (`<is>` holds what `<si>` holds). */
export function inlineStrings(xml: string, sst: string): string {
  const items = [...sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
  return xml.replace(
    /<c\b([^>]*?)\bt="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_m, a: string, b: string, i: string) => `<c${a}t="inlineStr"${b}><is>${items[Number(i)]}</is></c>`,
  );
}

/** The workbook rewritten; its values read the same. */
export async function rewrite(bytes: Buffer, how: Rewrite): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const texts = new Map<string, string>();
  for (const n of names) texts.set(n, await zip.files[n].async("string"));
  const sst = texts.get("xl/sharedStrings.xml") ?? "";
  for (const n of names) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(n)) continue;
    let xml = texts.get(n)!;
    if (how.inline) xml = inlineStrings(xml, sst);
    if (how.noRefs) xml = dropRefs(xml);
    if (how.prefix) xml = prefixElements(xml);
    texts.set(n, xml);
  }
  if (how.prefix)
    for (const n of ["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"])
      if (texts.has(n)) texts.set(n, prefixElements(texts.get(n)!));
  return zipOf(names.map((name) => ({ name, data: texts.get(name)!, stored: how.stored })));
}
