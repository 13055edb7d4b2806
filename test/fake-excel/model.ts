// The fake Excel's in-memory workbook: cells kept sparsely so a 200,000-row sheet stays light.

import { columnLetter, parseAddress } from "../../src/core/address";
import { FakeOfficeError } from "./errors";

/** What a cell holds as Office.js reports it in `values` (empty is ""). */
export type Scalar = string | number | boolean;

export interface Fill {
  pattern: string; // "Solid", "Gray25", …
  color: string; // "#RRGGBB"
  patternColor?: string;
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
    let b: Box | null = null;
    const add = (row: number, col: number) => {
      if (!b) b = { top: row, left: col, bottom: row, right: col };
      else {
        b.top = Math.min(b.top, row);
        b.bottom = Math.max(b.bottom, row);
        b.left = Math.min(b.left, col);
        b.right = Math.max(b.right, col);
      }
    };
    for (const [row, cells] of this.rows) cells.forEach((v, i) => v !== undefined && add(row, i + 1));
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
    if (formats) maps.push(this.numberFormats, this.fills);
    for (const m of maps) for (const k of [...m.keys()]) if (inBox(box, keyRow(k), keyCol(k))) m.delete(k);
    if (formats) {
      for (const k of [...this.bold]) if (inBox(box, keyRow(k), keyCol(k))) this.bold.delete(k);
      this.merges = this.merges.filter((m) => !overlaps(m, box));
    }
  }
}

export class WorkbookData {
  sheets: SheetData[] = [];
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

/** Sheet names are quoted in addresses when they hold anything but letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses one area of an address ("A1", "A1:C3", "A:C", "2:5"), optionally prefixed by a sheet name. */
export function parseArea(text: string): { sheet?: string; box: Box } {
  let s = text.trim();
  let sheet: string | undefined;
  const bang = s.lastIndexOf("!");
  if (bang >= 0) {
    sheet = s
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    s = s.slice(bang + 1);
  }
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
