// The fake Excel's in-memory workbook: cells kept sparsely so a 200,000-row sheet stays light.

import { columnLetter, parseAddress } from "../../src/core/address";
import { FakeOfficeError } from "./errors";
import type { ValidationForm } from "../../src/core/inputRules";

/** What a cell holds as Office.js reports it in `values` (empty is ""). */
export type Scalar = string | number | boolean;

export interface Fill {
  pattern: string; // "Solid", "Gray25", …, "LinearGradient", "RectangularGradient"
  color: string; // "#RRGGBB", a theme or indexed colour resolved
  patternColor?: string;
  /** The colour's tint (RangeFill.tintAndShade), when not 0. */
  tint?: number;
  /** The pattern colour's tint (RangeFill.patternTintAndShade), when not 0. */
  patternTint?: number;
}

/** A conditional format: the areas it covers, and the rule as read from the file (written back as it was). */
export interface ConditionalFormatData {
  boxes: Box[];
  source: unknown;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ChartData {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  series: { name: string; values?: string; categories?: string }[];
}

/** A cell's data validation as Office.js gives it (Range.dataValidation, ExcelApi 1.8). */
export type ValidationData = ValidationForm;

/** A workbook-scope name (Workbook.names): its name as written and its formula ("='S'!$A$1:$A$3"). */
export interface NameData {
  name: string;
  formula: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const KEY = 20000;

export const key = (row: number, col: number): number => row * KEY + col;
export const keyRow = (k: number): number => Math.floor(k / KEY);
export const keyCol = (k: number): number => k % KEY;

export class SheetData {
  /** Values per row: index col-1 (sparse arrays). */
  rows = new Map<number, (Scalar | undefined)[]>();
  formulas = new Map<number, string>();
  numberFormats = new Map<number, string>();
  fills = new Map<number, Fill>();
  /** Fills as the file wrote them (theme colours, gradients), saved back while the add-in has not changed them. */
  fillSources = new Map<number, unknown>();
  conditionalFormats: ConditionalFormatData[] = [];
  validations = new Map<number, ValidationData>();
  links = new Map<number, string>();
  bold = new Set<number>();
  merges: Box[] = [];
  customProperties = new Map<string, string>();
  charts: ChartData[] = [];
  autoFilter: string | null = null;
  visibility: Visibility = "Visible";
  protected = false;
  constructor(
    public id: string,
    public name: string,
  ) {}

  get(row: number, col: number): Scalar | undefined {
    return this.rows.get(row)?.[col - 1];
  }

  set(row: number, col: number, v: Scalar | undefined): void {
    let r = this.rows.get(row);
    if (v === undefined || v === "") {
      if (r) delete r[col - 1];
      return;
    }
    if (!r) this.rows.set(row, (r = []));
    r[col - 1] = v;
  }

  /** Office's value of a cell: "" when empty. */
  value(row: number, col: number): Scalar {
    return this.get(row, col) ?? "";
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats.get(key(row, col)) ?? "General";
  }

  /** Bounding box of cells with a value or formula (valuesOnly) or also any format, merge or link. */
  usedBox(valuesOnly: boolean): Box | null {
    return this.usedBoxIn(null, valuesOnly);
  }

  /** The same, counting only the cells inside `within` (all cells when null). */
  usedBoxIn(within: Box | null, valuesOnly: boolean): Box | null {
    let b: Box | null = null;
    const add = (row: number, col: number) => {
      if (within && !inBox(within, row, col)) return;
      if (!b) b = { top: row, left: col, bottom: row, right: col };
      else {
        b.top = Math.min(b.top, row);
        b.bottom = Math.max(b.bottom, row);
        b.left = Math.min(b.left, col);
        b.right = Math.max(b.right, col);
      }
    };
    for (const [row, cells] of this.rows)
      if (!within || (row >= within.top && row <= within.bottom))
        cells.forEach((v, i) => v !== undefined && add(row, i + 1));
    for (const k of this.formulas.keys()) add(keyRow(k), keyCol(k));
    if (!valuesOnly) {
      for (const m of [this.numberFormats, this.fills, this.links])
        for (const k of m.keys()) add(keyRow(k), keyCol(k));
      for (const m of this.merges) {
        add(m.top, m.left);
        add(m.bottom, m.right);
      }
    }
    return b;
  }

  /** Removes values, formulas and links (and formats when asked) in a box. */
  clear(box: Box, formats: boolean): void {
    for (const [row, cells] of this.rows) {
      if (row < box.top || row > box.bottom) continue;
      for (let c = box.left; c <= box.right && c <= cells.length; c++) delete cells[c - 1];
    }
    const maps: Map<number, unknown>[] = [this.formulas, this.links];
    if (formats) maps.push(this.numberFormats, this.fills, this.fillSources);
    for (const m of maps) for (const k of [...m.keys()]) if (inBox(box, keyRow(k), keyCol(k))) m.delete(k);
    if (formats) {
      for (const k of [...this.bold]) if (inBox(box, keyRow(k), keyCol(k))) this.bold.delete(k);
      this.merges = this.merges.filter((m) => !overlaps(m, box));
    }
  }

  /**
   * Rows inserted (count > 0) before row `at`, or deleted (count < 0) from row `at` on, as Excel's UI does:
   * cells, formats and links below move with their rows, merged areas grow, shrink or move.
   */
  shiftRows(at: number, count: number): void {
    this.shift(at, count, true);
  }

  /** Columns inserted (count > 0) before column `at`, or deleted (count < 0) from it on. */
  shiftColumns(at: number, count: number): void {
    this.shift(at, count, false);
  }

  private shift(at: number, count: number, rows: boolean): void {
    const gone = (p: number) => count < 0 && p >= at && p < at - count;
    const moved = (p: number) => (p >= at ? p + count : p);
    const cells = new Map<number, Scalar>();
    for (const [r, list] of this.rows) list.forEach((v, i) => v !== undefined && cells.set(key(r, i + 1), v));
    const remap = <T>(m: Map<number, T>): Map<number, T> => {
      const out = new Map<number, T>();
      for (const [k, v] of m) {
        const r = keyRow(k);
        const c = keyCol(k);
        const p = rows ? r : c;
        if (gone(p)) continue;
        out.set(rows ? key(moved(r), c) : key(r, moved(c)), v);
      }
      return out;
    };
    this.rows = new Map();
    for (const [k, v] of remap(cells)) this.set(keyRow(k), keyCol(k), v);
    this.formulas = remap(this.formulas);
    this.numberFormats = remap(this.numberFormats);
    this.fills = remap(this.fills);
    this.fillSources = remap(this.fillSources);
    this.links = remap(this.links);
    this.validations = remap(this.validations);
    this.bold = new Set(remap(new Map([...this.bold].map((k) => [k, true]))).keys());
    const merges: Box[] = [];
    for (const m of this.merges) {
      let [lo, hi] = rows ? [m.top, m.bottom] : [m.left, m.right];
      if (count > 0) {
        if (lo >= at) lo += count;
        if (hi >= at) hi += count;
      } else {
        const n = -count;
        const cut = (p: number) => (p < at ? p : p >= at + n ? p - n : at);
        const end = at + n - 1;
        lo = lo >= at && lo <= end ? at : cut(lo);
        hi = hi >= at && hi <= end ? at - 1 : cut(hi);
        if (hi < lo) continue;
      }
      const next = rows ? { ...m, top: lo, bottom: hi } : { ...m, left: lo, right: hi };
      if (next.top === next.bottom && next.left === next.right) continue;
      merges.push(next);
    }
    this.merges = merges;
  }

  /** A copy of everything a person's action can change (for the fake's undo). */
  copy(): SheetData {
    const c = new SheetData(this.id, this.name);
    c.rows = new Map([...this.rows].map(([r, l]) => [r, [...l]]));
    c.formulas = new Map(this.formulas);
    c.numberFormats = new Map(this.numberFormats);
    c.fills = new Map(this.fills);
    c.fillSources = new Map(this.fillSources);
    c.links = new Map(this.links);
    c.validations = new Map(this.validations);
    c.bold = new Set(this.bold);
    c.merges = this.merges.map((m) => ({ ...m }));
    return c;
  }

  /** Puts back what copy() kept. */
  restore(c: SheetData): void {
    this.rows = c.rows;
    this.formulas = c.formulas;
    this.numberFormats = c.numberFormats;
    this.fills = c.fills;
    this.fillSources = c.fillSources;
    this.links = c.links;
    this.validations = c.validations;
    this.bold = c.bold;
    this.merges = c.merges;
  }
}

export class WorkbookData {
  /** The workbook's structure is protected (Review → Protect Workbook): no sheet added, deleted, renamed, hidden. */
  structureProtected = false;
  /** Opened read-only (Workbook.readOnly, ExcelApi 1.8). */
  readOnly = false;
  sheets: SheetData[] = [];
  /** Workbook-scope names by their lower-case name (names are compared case-insensitively). */
  names = new Map<string, NameData>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;
  private nextId = 1;

  addSheet(name: string): SheetData {
    if (this.byName(name))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    if (!validSheetName(name)) throw new FakeOfficeError("InvalidArgument", `Invalid sheet name: ${name}`);
    const s = new SheetData(`{0000000${this.nextId++}-FAKE}`, name);
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  byName(name: string): SheetData | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  byId(id: string): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  deleteSheet(id: string): void {
    this.sheets = this.sheets.filter((s) => s.id !== id);
    if (this.activeSheetId === id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  }
}

export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name);
}

export function inBox(b: Box, row: number, col: number): boolean {
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function cellCount(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/** "A1:B2" as Office writes it (no $). */
export function boxAddress(b: Box): string {
  const a = `${columnLetter(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${columnLetter(b.right)}${b.bottom}`;
}

/**
 * A sheet name as Excel writes it in the addresses it returns: bare when it is a plain name, quoted when it
 * holds anything but letters, digits, _ and . , starts with a digit, or reads as a cell (H30, AB1) or an
 * R1C1 reference (R5, C3, R1C1): 'R5'!A1, 'H30'!B2, '令和5年度 実績'!A1, 'Bob''s'!A1.
 */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(R\d*)?(C\d*)?$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The sheet part of a reference typed or passed to Excel. Unquoted, it must be letters only: "If the name of
 * the other worksheet contains nonalphabetical characters, you must enclose the name (or the path) within
 * single quotation marks" (Microsoft Support, "Create or change a cell reference"); unquoted R5!A1 or
 * H30!A1 would be read as cells. Excel itself accepts a bare Sheet1; the fake takes the article's rule.
 */
export function sheetOfReference(text: string): string | undefined {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return undefined;
  const part = text.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(part);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (!/^\p{L}+$/u.test(part))
    throw new FakeOfficeError(
      "InvalidArgument",
      `Reference isn't valid: the sheet name "${part}" must be enclosed in single quotation marks.`,
    );
  return part;
}

/** Parses one area of an address ("A1", "A1:C3", "A:C", "2:5"), optionally prefixed by a sheet name. */
export function parseArea(text: string): { sheet?: string; box: Box } {
  let s = text.trim();
  const sheet = sheetOfReference(s);
  if (sheet !== undefined) s = s.slice(s.lastIndexOf("!") + 1);
  const [a, b = a] = s.replace(/\$/g, "").split(":");
  const part = (p: string) => {
    if (/^\d+$/.test(p)) return { row: Number(p), col: null };
    if (/^[A-Za-z]{1,3}$/.test(p)) return { row: null, col: parseAddress(`${p}1`)!.col };
    const q = parseAddress(p);
    if (!q) throw new FakeOfficeError("InvalidArgument", `The address is not valid: ${text}`);
    return q;
  };
  const p = part(a);
  const q = part(b);
  const box: Box = {
    top: Math.min(p.row ?? 1, q.row ?? 1),
    bottom: Math.max(p.row ?? MAX_ROWS, q.row ?? MAX_ROWS),
    left: Math.min(p.col ?? 1, q.col ?? 1),
    right: Math.max(p.col ?? MAX_COLS, q.col ?? MAX_COLS),
  };
  if (box.bottom > MAX_ROWS || box.right > MAX_COLS)
    throw new FakeOfficeError("InvalidArgument", `The address is outside the sheet: ${text}`);
  return { sheet, box };
}
