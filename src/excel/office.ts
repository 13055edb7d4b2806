// Small helpers over Office.js: feature detection, addresses as Excel writes them, literal text.

import { parseAddress } from "../core/address";
import type { CellRange } from "../core/types";

/** Whether an API set is there (ExcelApi 1.20 …); false outside Office. */
export type Supports = (set: string, version: string) => boolean;

export const officeSupports: Supports = (set, version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
};

/** Runs a batch in a new context, like Excel.run (passed in so tests can hand the fake's). */
export type Runner = <T>(
  options: Excel.RunOptions,
  batch: (ctx: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** A sheet name as Excel writes it before "!" ('My sheet'!A1). */
export function quoteSheetName(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** Parses an area list as Office returns it ("S!A1:B2,'a,b'!C3"); the sheet prefix is dropped. */
export function parseAreaList(list: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /(?:(?:'(?:[^']|'')*'|[^!,']+)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/g;
  for (const m of list.matchAll(re)) {
    const a = parseAddress(m[1]);
    const b = parseAddress(m[2] ?? m[1]);
    if (!a || !b) continue;
    out.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return out;
}

/** Splits cell addresses into comma-joined lists no longer than the getRanges limit. */
export function addressLists(cells: string[], limit = ADDRESS_LIST_LIMIT): string[] {
  const lists: string[] = [];
  let cur = "";
  for (const c of cells) {
    if (cur && cur.length + 1 + c.length > limit) {
      lists.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) lists.push(cur);
  return lists;
}

/** Kept below Excel's 8,192 characters for an address string. */
export const ADDRESS_LIST_LIMIT = 8000;

/**
 * Text Excel would not keep as written: a leading = + - @ (a formula), or something it parses as a
 * number, date, percentage or boolean. Such cells get the text number format "@" before the value.
 */
export function needsTextFormat(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@]/.test(text) ||
    /^[+-]?[\d.,]+(e[+-]?\d+)?%?$/i.test(t) ||
    /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t) ||
    /^(true|false)$/i.test(t)
  );
}
