// Rows and columns a person inserts or deletes move the cells the add-in's records name: highlight records,
// the last fix, column roles. Live mode turns Excel's change events into shifts and applies them to the
// state, so clearing restores exactly the cells that were coloured, wherever they moved.

import { columnLetter, parseAddress } from "../core/address";
import type { AddinState } from "../core/state";
import type { CellRange } from "../core/types";
import { parseAreaList } from "./office";

/** Rows (or columns) inserted (count > 0) before `at`, or deleted (count < 0) from `at` on. */
export interface Shift {
  rows: boolean;
  at: number;
  count: number;
  /** For cells inserted or deleted (not whole rows/columns): the columns (or rows) that move. */
  span?: { from: number; to: number };
}

/** A change event's shift, or null when the event moves nothing (an edit) or does not say how. */
export function shiftOf(e: {
  changeType: string;
  address: string;
  changeDirectionState?: { insertShiftDirection?: string; deleteShiftDirection?: string };
}): Shift | null {
  const [box] = parseAreaList(e.address);
  if (!box) return null;
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  switch (e.changeType) {
    case "RowInserted":
      return { rows: true, at: box.top, count: height };
    case "RowDeleted":
      return { rows: true, at: box.top, count: -height };
    case "ColumnInserted":
      return { rows: false, at: box.left, count: width };
    case "ColumnDeleted":
      return { rows: false, at: box.left, count: -width };
    case "CellInserted":
    case "CellDeleted": {
      // changeDirectionState (ExcelApi 1.14) says which way the cells moved; without it nothing is assumed.
      const d = e.changeDirectionState;
      const dir = e.changeType === "CellInserted" ? d?.insertShiftDirection : d?.deleteShiftDirection;
      const sign = e.changeType === "CellInserted" ? 1 : -1;
      if (dir === "Down" || dir === "Up")
        return { rows: true, at: box.top, count: sign * height, span: { from: box.left, to: box.right } };
      if (dir === "Right" || dir === "Left")
        return { rows: false, at: box.left, count: sign * width, span: { from: box.top, to: box.bottom } };
      return null;
    }
    default:
      return null;
  }
}

/** Where a cell is after the shifts ([row, col]), or null when it was deleted. */
export function shiftPosition(row: number, col: number, shifts: Shift[]): [number, number] | null {
  let r = row;
  let c = col;
  for (const s of shifts) {
    const p = s.rows ? r : c;
    const across = s.rows ? c : r;
    if (s.span && (across < s.span.from || across > s.span.to)) continue;
    if (s.count < 0 && p >= s.at && p < s.at - s.count) return null;
    if (p >= s.at) {
      if (s.rows) r += s.count;
      else c += s.count;
    }
  }
  return [r, c];
}

export function shiftCell(cell: string, shifts: Shift[]): string | null {
  const p = parseAddress(cell);
  if (!p) return cell;
  const q = shiftPosition(p.row, p.col, shifts);
  return q ? `${columnLetter(q[1])}${q[0]}` : null;
}

/** The same shifts applied to an area (its corners); null when it is gone. */
export function shiftArea(r: CellRange, shifts: Shift[]): CellRange | null {
  const a = shiftPosition(r.top, r.left, shifts);
  const b = shiftPosition(r.bottom, r.right, shifts);
  if (!a || !b) return null;
  return { top: a[0], left: a[1], bottom: b[0], right: b[1] };
}

/**
 * The state with one sheet's records moved: highlight records, input rule records and the last fix follow
 * their cells (a record whose cell was deleted is dropped: the cell with its fill or rule is gone), column
 * roles follow their columns.
 */
export function shiftState(state: AddinState, sheet: string, shifts: Shift[]): AddinState {
  if (!shifts.length) return state;
  const highlights = state.highlights.flatMap((h) => {
    if (h.sheet !== sheet) return [h];
    const cell = shiftCell(h.cell, shifts);
    return cell ? [{ ...h, cell }] : [];
  });
  const lastFix = state.lastFix.flatMap((f) => {
    if (f.sheet !== sheet) return [f];
    const cell = shiftCell(f.cell, shifts);
    return cell ? [{ ...f, cell }] : [];
  });
  const guards = state.guards.flatMap((g) => {
    if (g.sheet !== sheet) return [g];
    const cell = shiftCell(g.cell, shifts);
    return cell ? [{ ...g, cell }] : [];
  });
  const roles = { ...state.settings.roles };
  const own = roles[sheet];
  if (own) {
    const moved: Record<string, (typeof own)[string]> = {};
    for (const [col, role] of Object.entries(own)) {
      const c = parseAddress(`${col}1`)?.col;
      if (!c) continue;
      // Whole columns only: a column role is about the column, not about a few moved cells.
      const q = shiftPosition(
        1,
        c,
        shifts.filter((s) => !s.rows && !s.span),
      );
      if (q) moved[columnLetter(q[1])] = role;
    }
    roles[sheet] = moved;
  }
  return { ...state, highlights, lastFix, guards, settings: { ...state.settings, roles } };
}
