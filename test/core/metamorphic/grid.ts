// Editing a sheet snapshot the way a person edits a sheet in Excel — rows and columns inserted or
// deleted (merges grow or move as Excel moves them), cells written, merges added or removed — while
// remembering where every original cell went, so that results can be compared address for address.

import type { CellRange, CellValue, SheetSnapshot } from "../../../src/core/types";

export type Row = CellValue[];

/** A sheet being edited, in sheet coordinates (origin A1), with the map from original cells. */
export class EditableSheet {
  name: string;
  private cells: Row[];
  merges: CellRange[];
  /** Original row → current row (null once deleted). */
  private rowMap: (number | null)[];
  private colMap: (number | null)[];

  constructor(snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    const { row: r0, col: c0 } = snapshot.origin;
    const height = r0 - 1 + snapshot.values.length;
    const width = c0 - 1 + snapshot.values.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
    this.cells = Array.from({ length: height }, (_, i) => {
      const src = snapshot.values[i - (r0 - 1)] ?? [];
      return Array.from({ length: width }, (_, j) => src[j - (c0 - 1)] ?? null);
    });
    this.merges = snapshot.merges.map((m) => ({ ...m }));
    this.rowMap = Array.from({ length: height + 1 }, (_, r) => r);
    this.colMap = Array.from({ length: width + 1 }, (_, c) => c);
  }

  get height(): number {
    return this.cells.length;
  }

  get width(): number {
    return this.cells.reduce((w, r) => Math.max(w, r.length), 0);
  }

  get(row: number, col: number): CellValue {
    return this.cells[row - 1]?.[col - 1] ?? null;
  }

  set(row: number, col: number, value: CellValue): void {
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = value;
  }

  text(row: number, col: number): string {
    const v = this.get(row, col);
    return typeof v === "string" ? v.trim() : v === null ? "" : String(v);
  }

  /** Columns of a row holding something, covered cells of merges excluded. */
  filled(row: number): number[] {
    const out: number[] = [];
    const r = this.cells[row - 1] ?? [];
    r.forEach((v, i) => {
      if (v !== null && v !== "" && !this.covered(row, i + 1)) out.push(i + 1);
    });
    return out;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  covered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  /** Inserts empty rows before `at`, as Excel does: a merge spanning the place grows, those below move. */
  insertRows(at: number, count = 1): void {
    const width = this.width;
    this.cells.splice(
      at - 1,
      0,
      ...Array.from({ length: count }, () => new Array<CellValue>(width).fill(null)),
    );
    for (const m of this.merges) {
      if (m.top >= at) {
        m.top += count;
        m.bottom += count;
      } else if (m.bottom >= at) m.bottom += count;
    }
    this.rowMap = this.rowMap.map((r) => (r !== null && r >= at ? r + count : r));
  }

  /** Inserts empty columns before `at`; merges across the place widen, those to the right move. */
  insertColumns(at: number, count = 1): void {
    for (const r of this.cells) {
      while (r.length < at - 1) r.push(null);
      r.splice(at - 1, 0, ...new Array<CellValue>(count).fill(null));
    }
    for (const m of this.merges) {
      if (m.left >= at) {
        m.left += count;
        m.right += count;
      } else if (m.right >= at) m.right += count;
    }
    this.colMap = this.colMap.map((c) => (c !== null && c >= at ? c + count : c));
  }

  /** Deletes a row holding no merge of several rows (the tests delete rows they wrote or moved). */
  deleteRow(at: number): void {
    this.cells.splice(at - 1, 1);
    this.merges = this.merges.filter((m) => !(m.top === at && m.bottom === at));
    for (const m of this.merges) {
      if (m.top > at) {
        m.top--;
        m.bottom--;
      } else if (m.bottom >= at) m.bottom--;
    }
    this.rowMap = this.rowMap.map((r) => (r === null || r === at ? null : r > at ? r - 1 : r));
  }

  /** Writes a row of cells from `col`, each text in its own cell, merging the last over `mergeTo`. */
  writeRow(row: number, col: number, texts: CellValue[], mergeTo?: number): void {
    texts.forEach((t, i) => this.set(row, col + i, t));
    const last = col + texts.length - 1;
    if (mergeTo !== undefined && mergeTo > last)
      this.merge({ top: row, left: last, bottom: row, right: mergeTo });
  }

  merge(m: CellRange): void {
    this.merges.push(m);
  }

  unmerge(m: CellRange): void {
    this.merges = this.merges.filter((x) => x !== m);
  }

  /** Where an original cell is now (null when its row or column was deleted). */
  mapCell(row: number, col: number): { row: number; col: number } | null {
    const r = this.rowMap[row];
    const c = this.colMap[col];
    return r === null || r === undefined || c === null || c === undefined ? null : { row: r, col: c };
  }

  /** The original row a current row came from (null for an inserted row). */
  originalRow(row: number): number | null {
    const i = this.rowMap.indexOf(row);
    return i > 0 ? i : null;
  }

  snapshot(): SheetSnapshot {
    const width = this.width;
    return {
      name: this.name,
      origin: { row: 1, col: 1 },
      values: this.cells.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
      merges: this.merges.map((m) => ({ ...m })),
    };
  }
}
