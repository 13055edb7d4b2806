// Whether a copy holds the sheets of its input as they were: the annotated copy is written by
// ExcelJS, which loses or changes some of what a workbook holds (the date system LibreOffice
// writes as "true", formula results 0 and FALSE, sheets found by other names…). The copy is read
// back with the command's reader and compared with the input, so that whatever ExcelJS did is
// caught, not only what is known of it.

import { address } from "../core/address";
import type { CellValue, SheetSnapshot } from "../core/types";
import type { WorkbookSheet } from "./reader";

/** What the copy would change: a sheet missing or renamed, or a cell's value. */
export interface Difference {
  sheet: string;
  /** The cell, in A1 notation; absent when the sheet itself differs. */
  cell?: string;
  /** The input's value and the copy's, as text ("" for nothing); for a sheet, what differs. */
  input: string;
  copy: string;
}

function show(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? v.date : String(v);
}

function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x !== null && y !== null && typeof x === "object" && typeof y === "object") return x.date === y.date;
  return x === y || (typeof x === "number" && typeof y === "number" && Number.isNaN(x) && Number.isNaN(y));
}

/** Every cell that holds a value, by address. */
function cellsOf(s: SheetSnapshot): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") out.set(address(s.origin.row + r, s.origin.col + c), v);
    }),
  );
  return out;
}

function mergesOf(s: SheetSnapshot): string[] {
  return s.merges.map((m) => `${address(m.top, m.left)}:${address(m.bottom, m.right)}`).sort();
}

/** The first way the copy's sheets differ from the input's (the copy may add sheets); null when none. */
export function firstDifference(input: WorkbookSheet[], copy: WorkbookSheet[]): Difference | null {
  const byName = new Map(copy.map((s) => [s.snapshot.name, s]));
  for (const { snapshot, state } of input) {
    const sheet = snapshot.name;
    const other = byName.get(sheet);
    if (!other) return { sheet, input: sheet, copy: "" };
    if (other.state !== state) return { sheet, input: state, copy: other.state };
    const mine = cellsOf(snapshot);
    const theirs = cellsOf(other.snapshot);
    for (const [cell, v] of mine)
      if (!sameValue(v, theirs.get(cell)))
        return { sheet, cell, input: show(v), copy: show(theirs.get(cell)) };
    for (const [cell, v] of theirs) if (!mine.has(cell)) return { sheet, cell, input: "", copy: show(v) };
    const a = mergesOf(snapshot).join(" ");
    const b = mergesOf(other.snapshot).join(" ");
    if (a !== b) return { sheet, input: a, copy: b };
  }
  return null;
}
