// Random access to a snapshot in sheet coordinates, with merged areas resolved. A snapshot may be
// sparse (see SheetSnapshot): the grid costs memory and time by the rows that hold something and
// by the merges, never by the rectangle between the farthest two cells, so a stray value at
// XFD1048576 costs nothing. Loops over rows step with nextRow, which passes over the empty ones.

import { ReadCell } from "./cellRef";
import { cellText } from "./text/normalize";
import type { CellRange, CellValue, CellRef, SheetSnapshot } from "./types";

/** Rows per bucket of the merge index: a merge is listed in each bucket its rows touch. */
const BUCKET = 16;

/** The row list of a snapshot that has every row (see nextRow). */
const DENSE = new Int32Array(0);

/**
 * Whether an array is mostly holes: a few evenly spaced slots tell. A dense array is walked index
 * by index; a sparse one with for…in, whose cost follows its entries (forEach or an index loop on
 * an array of a million slots and two entries still steps over every slot).
 */
export function isSparse(a: readonly unknown[]): boolean {
  const n = a.length;
  const probes = Math.min(n, 32);
  let present = 0;
  for (let k = 0; k < probes; k++) if (Math.floor((k * n) / probes) in a) present++;
  return present * 2 < probes;
}

/** Calls `fn` for each entry an array has, in index order, passing over its holes (see isSparse). */
export function eachEntry<T>(a: readonly T[], fn: (v: T, i: number) => void): void {
  if (!isSparse(a)) {
    for (let i = 0; i < a.length; i++) if (i in a) fn(a[i], i);
    return;
  }
  const n = a.length;
  for (const key in a) {
    const i = Number(key);
    if (Number.isInteger(i) && i >= 0 && i < n) fn(a[i], i);
  }
}

/** The first index whose value is above x (sorted ascending). */
function upperBound(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly values: CellValue[][];
  readonly merges: CellRange[];
  /** Merges by bucket of rows (see BUCKET), in snapshot order. Built when first asked. */
  private mergeIndex: (CellRange[] | undefined)[] | null = null;
  /** Rows (sheet numbers) the snapshot has an entry for, ascending; DENSE when it has every row. */
  private readonly valueRows: Int32Array;
  /** The rows merges cover, as disjoint spans ascending: starts and ends (inclusive). */
  private readonly spanStarts: Int32Array;
  private readonly spanEnds: Int32Array;
  /** Where nextRow found its last answer in valueRows: loops ask for the rows in order. */
  private cursor = 0;
  /** Own non-empty cells per row (by row offset), computed once: every layout pass asks for them. */
  private readonly rowCache: (number[] | undefined)[] = [];

  constructor(snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.values = snapshot.values;
    this.top = snapshot.origin.row;
    this.left = snapshot.origin.col;
    let width = 0;
    const values = snapshot.values;
    if (isSparse(values)) {
      const rows: number[] = [];
      eachEntry(values, (r, i) => {
        if (!r) return;
        if (r.length > width) width = r.length;
        rows.push(this.top + i);
      });
      this.valueRows = new Int32Array(rows);
    } else {
      let holes = 0;
      for (let i = 0; i < values.length; i++) {
        const r = values[i];
        if (!r) holes++;
        else if (r.length > width) width = r.length;
      }
      // Every row there (a dense snapshot): nextRow is the next row, no list needed.
      this.valueRows =
        holes === 0 ? DENSE : new Int32Array(values.flatMap((r, i) => (r ? [this.top + i] : [])));
    }
    let bottom = this.top + snapshot.values.length - 1;
    let right = this.left + Math.max(width, 1) - 1;
    // A merge reaching past the last value still belongs to the used range (a sparse row's length
    // ends at its last value).
    if (snapshot.values.length > 0)
      for (const m of snapshot.merges) {
        if (m.bottom < this.top || m.right < this.left) continue;
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    this.bottom = bottom;
    this.right = right;
    this.merges = snapshot.merges.filter(
      (m) => m.bottom >= this.top && m.top <= this.bottom && m.right >= this.left && m.left <= this.right,
    );
    const spans = this.merges
      .map((m) => [Math.max(m.top, this.top), Math.min(m.bottom, this.bottom)])
      .sort((a, b) => a[0] - b[0]);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const [s, e] of spans) {
      if (ends.length > 0 && s <= ends[ends.length - 1] + 1)
        ends[ends.length - 1] = Math.max(ends[ends.length - 1], e);
      else {
        starts.push(s);
        ends.push(e);
      }
    }
    this.spanStarts = Int32Array.from(starts);
    this.spanEnds = Int32Array.from(ends);
  }

  get width(): number {
    return this.right - this.left + 1;
  }

  /**
   * The first row after `row` that may hold something: a row with values, or one a merge covers;
   * bottom + 1 when there is none. `for (let r = grid.top; r <= grid.bottom; r = grid.nextRow(r))`
   * visits every row a loop over all rows would find anything in.
   */
  nextRow(row: number): number {
    if (this.valueRows === DENSE) return Math.min(row + 1, this.bottom + 1);
    const rows = this.valueRows;
    let i = this.cursor;
    // i: the last index whose row is at or before `row` (-1 for none); usually the cursor or next.
    if (!(i < rows.length && rows[i] <= row)) i = upperBound(rows, row) - 1;
    else if (i + 1 < rows.length && rows[i + 1] <= row) {
      i++;
      if (i + 1 < rows.length && rows[i + 1] <= row) i = upperBound(rows, row) - 1;
    }
    this.cursor = Math.max(i, 0);
    let next = i + 1 < rows.length ? rows[i + 1] : this.bottom + 1;
    if (this.spanStarts.length > 0) {
      // The first span ending at or after row + 1.
      const k = upperBound(this.spanEnds, row);
      if (k < this.spanStarts.length) next = Math.min(next, Math.max(this.spanStarts[k], row + 1));
    }
    return Math.min(next, this.bottom + 1);
  }

  /** The value stored in a cell (not resolved through merges). */
  raw(row: number, col: number): CellValue {
    const r = this.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined || v === "" ? null : v;
  }

  /** Trimmed text of the cell itself. */
  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  private index(): (CellRange[] | undefined)[] {
    if (this.mergeIndex) return this.mergeIndex;
    const idx: (CellRange[] | undefined)[] = [];
    for (const m of this.merges) {
      const first = Math.floor((Math.max(m.top, this.top) - this.top) / BUCKET);
      const last = Math.floor((Math.min(m.bottom, this.bottom) - this.top) / BUCKET);
      for (let b = first; b <= last; b++) (idx[b] ??= []).push(m);
    }
    this.mergeIndex = idx;
    return idx;
  }

  /** The merged area a cell belongs to, if any (the last listed, should merges overlap). */
  mergeAt(row: number, col: number): CellRange | null {
    if (this.merges.length === 0) return null;
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return null;
    const list = this.index()[Math.floor((row - this.top) / BUCKET)];
    if (!list) return null;
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (m.top <= row && row <= m.bottom && m.left <= col && col <= m.right) return m;
    }
    return null;
  }

  /** The master (top-left) cell of the merge covering the cell, or the cell itself. */
  master(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** True when the cell lies inside a merge but is not its master. */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== null && (m.top !== row || m.left !== col);
  }

  /** Text of the cell as shown: a covered cell shows its master's text. */
  shown(row: number, col: number): string {
    const m = this.master(row, col);
    return this.text(m.row, m.col);
  }

  ref(row: number, col: number): CellRef {
    return new ReadCell(row, col, this.raw(row, col));
  }

  /** Lets the row lists go (they are rebuilt if asked again): a report keeps the grid for its items. */
  forgetRows(): void {
    this.rowCache.length = 0;
  }

  /** Non-empty own cells of a row (covered cells excluded). */
  rowCells(row: number, fromCol = this.left, toCol = this.right): number[] {
    const at = row - this.top;
    const r = at >= 0 ? this.values[at] : undefined;
    if (!r) return [];
    let all = this.rowCache[at];
    if (!all) {
      const cells: number[] = [];
      const add = (v: CellValue | undefined, i: number): void => {
        if (v === null || v === undefined || v === "") return;
        const c = this.left + i;
        if (this.text(row, c) !== "" && !this.isCovered(row, c)) cells.push(c);
      };
      if (r.length > 64 && isSparse(r)) eachEntry(r, add);
      else for (let i = 0; i < r.length; i++) add(r[i], i);
      all = cells;
      if (row <= this.bottom) this.rowCache[at] = all;
    }
    if (fromCol <= this.left && toCol >= this.right) return all;
    if (all.length === 0 || (fromCol <= all[0] && toCol >= all[all.length - 1])) return all;
    return all.filter((c) => c >= fromCol && c <= toCol);
  }
}
