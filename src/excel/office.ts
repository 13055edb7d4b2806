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

/**
 * Runs a batch like Excel.run (passed in so tests can hand the fake's). The batch gets a new context, or the
 * context of RunOptions.previousObjects ("The batch will use the same RequestContext as the passed-in
 * object", index.d.ts) — the documented way to remove an event handler registered in an earlier run.
 */
export type Runner = <T>(
  options: Excel.RunOptions,
  batch: (ctx: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * Options for every batch the add-in starts: while a person is typing in a cell, Excel waits until they
 * leave it instead of failing the batch (RunOptions.delayForCellEdit, listed in ExcelApi 1.5; a host that
 * ignores it fails with InvalidOperationInCellEditMode, which the layer puts into words).
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * A sheet name as the add-in writes it before "!": always quoted, with ' doubled ('R5'!A1, 'Bob''s'!A1).
 * Excel reads an unquoted R5 or H30 as a cell, and "If the name of the other worksheet contains
 * nonalphabetical characters, you must enclose the name … within single quotation marks" (Microsoft Support,
 * "Create or change a cell reference"); quotes are always allowed, so the add-in never leaves them out.
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

/**
 * Parses an area list as Office returns it ("S!A1:B2,'a,b'!C3"); the sheet prefix is dropped. Whole rows
 * ("5:7", as change events give them) and whole columns ("C:D") become areas across the sheet.
 */
export function parseAreaList(list: string): CellRange[] {
  const out: CellRange[] = [];
  const re =
    /(?:(?:'(?:[^']|'')*'|[^!,']+)!)?(?:(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?|\$?(\d+):\$?(\d+)|\$?([A-Z]{1,3}):\$?([A-Z]{1,3}))(?![\w$])/g;
  for (const m of list.matchAll(re)) {
    if (m[3]) {
      const [a, b] = [Number(m[3]), Number(m[4])];
      out.push({
        top: Math.min(a, b),
        left: 1,
        bottom: Math.min(SHEET_ROWS, Math.max(a, b)),
        right: SHEET_COLS,
      });
      continue;
    }
    if (m[5]) {
      const a = parseAddress(`${m[5]}1`)!.col;
      const b = parseAddress(`${m[6]}1`)!.col;
      out.push({
        top: 1,
        left: Math.min(a, b),
        bottom: SHEET_ROWS,
        right: Math.min(SHEET_COLS, Math.max(a, b)),
      });
      continue;
    }
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
