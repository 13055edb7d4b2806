// One worksheet part as a snapshot: every cell's value as the file stores it (ECMA-376 Part 1,
// §18.3.1.4 c and §18.18.11 ST_CellType), merged ranges, and nothing of the empty rectangle
// between the cells (a sparse snapshot, see SheetSnapshot in src/core/types.ts).

import { address } from "../../core/address";
import { serialDay, type DateSystem } from "../../core/numberFormat";
import type { CellRange, CellValue, SheetSnapshot } from "../../core/types";
import { readError, XlsxReadError } from "./errors";
import { closeRoot, eachChild, openRoot, readRst, unescapeXstring } from "./sml";
import { XmlScanner } from "./xml";

export interface WorkbookContext {
  /** The shared strings; undefined when the workbook has none. */
  strings: (string | null)[] | undefined;
  /** Per cell format: whether it shows a date. */
  dateStyles: boolean[];
  dateSystem: DateSystem;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
// xsd:dateTime, xsd:date or xsd:time, as t="d" cells hold them (ISO 8601).
const ISO_DATE = /^\s*(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[-+]\d{2}:\d{2})?\s*$/;

/** An xsd:double as a number cell holds it ("12", "-1.5E-3"); undefined for anything else. */
function number(v: string): number | undefined {
  // Digits, signs, points and exponents only: Number() alone would also take "0x1F" and "Infinity".
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 69 || c === 101))
      return NUMBER.test(v) ? Number(v) : undefined;
  }
  const n = Number(v);
  return v.length > 0 && Number.isFinite(n) ? n : undefined;
}

let refRow = 0;
let refCol = 0;

/**
 * Decodes a cell reference ("AB12") into refRow/refCol; false for anything else. Not
 * core/address.ts parseAddress: this runs once per cell, without a regular expression or an object.
 */
function decodeRef(s: string): boolean {
  const n = s.length;
  let i = 0;
  let col = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i > 3 || i === n) return false;
  let row = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + c - 48;
  }
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return false;
  refRow = row;
  refCol = col;
  return true;
}

function decodeRange(sc: XmlScanner, ref: string): CellRange {
  const [a, b = a, extra] = ref.trim().split(":");
  if (extra !== undefined || !decodeRef(a)) sc.fail(`merged range "${ref}"`);
  const r1 = refRow;
  const c1 = refCol;
  if (!decodeRef(b)) sc.fail(`merged range "${ref}"`);
  return {
    top: Math.min(r1, refRow),
    left: Math.min(c1, refCol),
    bottom: Math.max(r1, refRow),
    right: Math.max(c1, refCol),
  };
}

/** Cells read so far, in sheet order (rows ascending, columns ascending within a row). */
interface Cells {
  rows: number[];
  cols: number[];
  values: (CellValue | undefined)[];
}

export function readWorksheet(xml: string, part: string, name: string, book: WorkbookContext): SheetSnapshot {
  const sc: XmlScanner = new XmlScanner(xml, part);
  const cells: Cells = { rows: [], cols: [], values: [] };
  const merges: CellRange[] = [];
  // The cell being read, for messages.
  let at: string | undefined;
  try {
    openRoot(sc, "worksheet");
    const seen = new Set<string>();
    eachChild(sc, () => {
      if (sc.local !== "sheetData" && sc.local !== "mergeCells") return false;
      if (seen.has(sc.local)) sc.fail(`two <${sc.local}> (a worksheet has one)`);
      seen.add(sc.local);
      if (sc.local === "mergeCells")
        eachChild(sc, () => {
          if (sc.local !== "mergeCell") return false;
          const ref = sc.attr("ref");
          if (ref === undefined) sc.fail("a merged range without its ref");
          merges.push(decodeRange(sc, ref));
          sc.skip();
          return true;
        });
      else
        readSheetData(sc, book, cells, (cell) => {
          at = cell;
        });
      return true;
    });
    closeRoot(sc);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e.inSheet(name, at);
    throw e;
  }
  return snapshotOf(name, cells, merges);
}

function readSheetData(
  sc: XmlScanner,
  book: WorkbookContext,
  cells: Cells,
  at: (cell: string) => void,
): void {
  const { strings, dateStyles, dateSystem } = book;
  let rowNum = 0;
  let col = 0;
  // One cell's parts, gathered by readCellChild.
  const got: { v: string | undefined; inline: string | undefined; formula: boolean } = {
    v: undefined,
    inline: undefined,
    formula: false,
  };
  const readCellChild = (): boolean => {
    switch (sc.local) {
      case "v":
        if (got.v !== undefined) sc.fail("a cell with two values");
        got.v = sc.text();
        return true;
      case "is":
        got.inline = readRst(sc);
        return true;
      case "f":
        got.formula = true;
        sc.skip();
        return true;
      default:
        return false;
    }
  };
  const readCell = (): void => {
    const r = sc.attr("r");
    const t = sc.attr("t");
    const s = sc.attr("s");
    if (r !== undefined) {
      at(r);
      if (!decodeRef(r)) sc.fail(`cell reference "${r}"`);
      if (refRow !== rowNum) sc.fail(`cell ${r} in row ${rowNum}`);
      if (refCol <= col) sc.fail(`cell ${r} after ${address(rowNum, col)} (cells go left to right)`);
      col = refCol;
    } else {
      // A cell without a reference follows the one before it (§18.3.1.4).
      if (++col > MAX_COL) sc.fail(`row ${rowNum}: more than ${MAX_COL} cells`);
      at(address(rowNum, col));
    }
    got.v = undefined;
    got.inline = undefined;
    got.formula = false;
    eachChild(sc, readCellChild);
    // Read through the object, which readCellChild filled (not the values assigned above).
    const { v, inline, formula } = got as typeof got;
    let value: CellValue | undefined;
    switch (t) {
      case undefined:
      case "n": {
        if (v === undefined) break;
        const n = number(v);
        if (n === undefined) {
          if (v.trim() === "") break;
          sc.fail(`"${v}" in a number cell`);
        }
        const styleId = s === undefined ? 0 : Number(s);
        if (!(styleId >= 0 && styleId < Math.max(dateStyles.length, 1)))
          readError("content", sc.part, `cell format ${s}, which the style sheet does not have`);
        const day = dateStyles[styleId] ? serialDay(n, dateSystem) : null;
        value = day === null ? n : { date: day };
        break;
      }
      case "s": {
        if (v === undefined) break;
        const index = number(v) ?? -1;
        if (!strings || !(Number.isInteger(index) && index >= 0 && index < strings.length))
          readError("content", sc.part, `shared string ${v.trim()}, which the workbook does not have`);
        value = strings[index];
        break;
      }
      case "inlineStr":
        value = inline ?? (v === undefined ? undefined : unescapeXstring(v));
        break;
      case "str":
        value = v === undefined ? undefined : unescapeXstring(v);
        break;
      case "b": {
        if (v === undefined) break;
        const b = v.trim();
        if (b === "1" || b === "true") value = true;
        else if (b === "0" || b === "false") value = false;
        else sc.fail(`"${v}" in a boolean cell`);
        break;
      }
      case "e":
        value = v;
        break;
      case "d": {
        if (v === undefined || v.trim() === "") break;
        const m = ISO_DATE.exec(v);
        if (!m || Number.isNaN(Date.parse(m[1]))) sc.fail(`"${v}" in a date cell`);
        value = { date: m[1] };
        break;
      }
      default:
        sc.fail(`cell type t="${t}"`);
    }
    if (inline !== undefined && t !== "inlineStr") sc.fail(`inline text in a cell of type ${t ?? "n"}`);
    if (formula && value === undefined)
      readError("formula", sc.part, "a formula without its calculated value");
    if (value === undefined || value === null || value === "") return;
    cells.rows.push(rowNum);
    cells.cols.push(col);
    cells.values.push(value);
  };
  eachChild(sc, () => {
    if (sc.local !== "row") return false;
    const r = sc.attr("r");
    if (r !== undefined) {
      const n = /^\s*\d{1,7}\s*$/.test(r) ? Number(r) : 0;
      if (n < 1 || n > MAX_ROW) sc.fail(`row number "${r}"`);
      if (n <= rowNum) sc.fail(`row ${n} after row ${rowNum} (rows go top to bottom)`);
      rowNum = n;
    } else if (++rowNum > MAX_ROW) sc.fail(`more than ${MAX_ROW} rows`);
    col = 0;
    eachChild(sc, () => {
      if (sc.local !== "c") return false;
      readCell();
      return true;
    });
    return true;
  });
}

/** The last index in `sorted` whose value is below `x`, plus one. */
function lowerBound(sorted: number[], x: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sparse snapshot of the cells and merges: the used range spans both, and only cells with a
 * value have an entry. A merged range's cells other than its top-left one show nothing in Excel,
 * whatever the file holds in them, so they hold nothing here either.
 */
function snapshotOf(name: string, cells: Cells, merges: CellRange[]): SheetSnapshot {
  const { rows, cols, values } = cells;
  if (merges.length > 0) {
    // Each merge clears the cells it covers: found by row, then by column, never by its area.
    for (const m of merges) {
      for (let i = lowerBound(rows, m.top); i < rows.length && rows[i] <= m.bottom;) {
        const row = rows[i];
        const end = lowerBound(rows, row + 1, i);
        for (let k = lowerBound(cols, m.left, i, end); k < end && cols[k] <= m.right; k++)
          if (row !== m.top || cols[k] !== m.left) values[k] = undefined;
        i = end;
      }
    }
  }
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === undefined) continue;
    if (rows[i] < top) top = rows[i];
    bottom = rows[i];
    if (cols[i] < left) left = cols[i];
    if (cols[i] > right) right = cols[i];
  }
  // A merge of one cell is no merge: it makes nothing part of the sheet.
  for (const m of merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (bottom === 0) return { name, origin: { row: 1, col: 1 }, values: [], merges };
  const out: CellValue[][] = [];
  let row: CellValue[] = [];
  let rowAt = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    if (rows[i] !== rowAt) {
      rowAt = rows[i];
      row = [];
      out[rowAt - top] = row;
    }
    row[cols[i] - left] = v;
  }
  out.length = bottom - top + 1;
  return { name, origin: { row: top, col: left }, values: out, merges };
}
