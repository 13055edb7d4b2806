// Random access to a snapshot in sheet coordinates, with merged areas resolved.

import { ReadCell } from "./cellRef";
import { cellText } from "./text/normalize";
import type { CellRange, CellValue, CellRef, SheetSnapshot } from "./types";

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly values: CellValue[][];
  /** Merge index + 1 per cell of the used range (0: not merged). Built lazily. */
  private mergeIndex: Int32Array | null = null;
  readonly merges: CellRange[];
  /** Own non-empty cells per row (by row offset), computed once: every layout pass asks for them. */
  private readonly rowCache: (number[] | undefined)[] = [];

  constructor(snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.values = snapshot.values;
    this.top = snapshot.origin.row;
    this.left = snapshot.origin.col;
    const width = snapshot.values.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
    this.bottom = this.top + snapshot.values.length - 1;
    this.right = this.left + Math.max(width, 1) - 1;
    this.merges = snapshot.merges.filter(
      (m) => m.bottom >= this.top && m.top <= this.bottom && m.right >= this.left && m.left <= this.right,
    );
  }

  get width(): number {
    return this.right - this.left + 1;
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

  private index(): Int32Array {
    if (this.mergeIndex) return this.mergeIndex;
    const rows = this.bottom - this.top + 1;
    const idx = new Int32Array(rows * this.width);
    this.merges.forEach((m, i) => {
      for (let r = Math.max(m.top, this.top); r <= Math.min(m.bottom, this.bottom); r++) {
        for (let c = Math.max(m.left, this.left); c <= Math.min(m.right, this.right); c++) {
          idx[(r - this.top) * this.width + (c - this.left)] = i + 1;
        }
      }
    });
    this.mergeIndex = idx;
    return idx;
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | null {
    if (this.merges.length === 0) return null;
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return null;
    const i = this.index()[(row - this.top) * this.width + (col - this.left)];
    return i > 0 ? this.merges[i - 1] : null;
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
    let all = at >= 0 ? this.rowCache[at] : undefined;
    if (!all) {
      all = [];
      const r = this.values[row - this.top];
      if (r) {
        for (let i = 0; i < r.length; i++) {
          const v = r[i];
          if (v === null || v === undefined || v === "") continue;
          const c = this.left + i;
          if (this.text(row, c) !== "" && !this.isCovered(row, c)) all.push(c);
        }
      }
      if (at >= 0 && row <= this.bottom) this.rowCache[at] = all;
    }
    if (fromCol <= this.left && toCol >= this.right) return all;
    if (all.length === 0 || (fromCol <= all[0] && toCol >= all[all.length - 1])) return all;
    return all.filter((c) => c >= fromCol && c <= toCol);
  }
}
