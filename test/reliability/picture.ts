// Everything of a fake workbook a run could change, cell by cell: values, formulas, number formats,
// fills, bold, links, merges, and each sheet's name, visibility and protection. The add-in's state
// sheet is left out (it is the add-in's own record).

import { STATE_SHEET_NAME } from "../../src/core/state";
import type { FakeExcel } from "../fake-excel";
import { key, keyCol, keyRow, type WorkbookData } from "../fake-excel/model";

/** Cell key → what the cell holds, per sheet; cells holding nothing are absent. */
export function cellPicture(data: WorkbookData): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of data.sheets) {
    if (s.name === STATE_SHEET_NAME) continue;
    const parts = new Map<number, Record<string, unknown>>();
    const at = (k: number) => {
      let p = parts.get(k);
      if (!p) parts.set(k, (p = {}));
      return p;
    };
    for (const [r, cells] of s.rows)
      cells.forEach((v, i) => {
        if (v !== undefined) at(key(r, i + 1)).value = v;
      });
    for (const [k, f] of s.formulas) at(k).formula = f;
    for (const [k, f] of s.numberFormats) at(k).numberFormat = f;
    // In a fixed key order: a fill put back is the same fill whatever order it was built in.
    for (const [k, f] of s.fills) at(k).fill = [f.pattern, f.color, f.patternColor ?? null];
    for (const [k, l] of s.links) at(k).link = l;
    for (const k of s.bold) at(k).bold = true;
    for (const [k, p] of parts) out.set(`${s.name}!R${keyRow(k)}C${keyCol(k)}`, JSON.stringify(p));
  }
  return out;
}

/** Sheet-level state: names in order, visibility, protection, merges. */
export function sheetPicture(data: WorkbookData): string {
  return JSON.stringify(
    data.sheets
      .filter((s) => s.name !== STATE_SHEET_NAME)
      .map((s) => [
        s.name,
        s.visibility,
        s.protected,
        [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      ]),
  );
}

/** Keys whose content differs between two pictures (either side). */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k));
}

export function pictureOf(fake: FakeExcel): { cells: Map<string, string>; sheets: string } {
  return { cells: cellPicture(fake.data), sheets: sheetPicture(fake.data) };
}
