// The command's own summary workbooks, told by what they hold: every sheet a summary sheet with its
// title. They are never read as inputs (a summary written into the folder it summarises is not
// counted the next time), and only they may be written over by `summary --out`.

import { Grid } from "../core/grid";
import { isSummarySheet } from "../core/summary/labels";
import type { WorkbookSheet } from "../xlsx/read";

/** The sheets of a workbook `summary` wrote: all summary sheets (the very hidden state sheet aside). */
export function isSummaryWorkbook(sheets: WorkbookSheet[]): boolean {
  const shown = sheets.filter((s) => s.state !== "veryHidden");
  return (
    shown.length > 0 &&
    shown.every((s) => {
      const grid = new Grid(s.snapshot);
      return isSummarySheet(s.snapshot.name, grid.text(grid.top, grid.left));
    })
  );
}
