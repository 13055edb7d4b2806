// The command's own summary and collected workbooks, told by what they hold: every sheet a summary
// (or 取りまとめ) sheet with its title. They are never read as inputs by `summary` and `collect` (one
// written into the folder it summarises is not counted the next time), and only they may be
// written over by `summary --out` and `collect --out`.

import { Grid } from "../core/grid";
import { isCollectedSheet, isSummarySheet } from "../core/summary/labels";
import type { WorkbookSheet } from "../xlsx/read";

/** Whether every shown sheet (the very hidden state sheet aside) is one of these. */
function allSheets(sheets: WorkbookSheet[], ours: (name: string, firstText: string) => boolean): boolean {
  const shown = sheets.filter((s) => s.state !== "veryHidden");
  return (
    shown.length > 0 &&
    shown.every((s) => {
      const grid = new Grid(s.snapshot);
      return ours(s.snapshot.name, grid.text(grid.top, grid.left));
    })
  );
}

/** The sheets of a workbook `summary` wrote: all summary sheets. */
export function isSummaryWorkbook(sheets: WorkbookSheet[]): boolean {
  return allSheets(sheets, isSummarySheet);
}

/**
 * A workbook `collect` wrote: 取りまとめ sheets and summary sheets. `check` checks its 取りまとめ
 * (a plan sheet); `summary` and `collect` leave it out, so that no item is counted twice.
 */
export function isCollectedWorkbook(sheets: WorkbookSheet[]): boolean {
  return (
    sheets.some((s) => {
      const grid = new Grid(s.snapshot);
      return isCollectedSheet(s.snapshot.name, grid.text(grid.top, grid.left));
    }) && allSheets(sheets, (name, first) => isSummarySheet(name, first) || isCollectedSheet(name, first))
  );
}
