// Reading one cell as a status cell.

import { address } from "./address";
import type { Grid } from "./grid";
import { cellText, squash } from "./text/normalize";
import type { StatusCell } from "./types";
import { readStatus, type Vocabulary } from "./vocabulary";

export function statusCell(grid: Grid, row: number, col: number, vocab: Vocabulary): StatusCell {
  const value = grid.raw(row, col);
  const base = { row, col, address: address(row, col), value };
  if (grid.isCovered(row, col)) {
    const m = grid.master(row, col);
    // A status merged across years holds for every year it spans; merged down rows, each row has it.
    if (m.row === row && grid.text(m.row, m.col) !== "")
      return { ...base, normalized: "", kind: "continue", categories: [], tokens: [], merged: true };
    if (m.row !== row) return { ...statusCell(grid, m.row, m.col, vocab), row, col, address: base.address };
  }
  if (typeof value !== "string" && value !== null) {
    // Numbers, booleans and dates are never statuses.
    return { ...base, normalized: squash(cellText(value)), kind: "unknown", categories: [], tokens: [] };
  }
  const text = cellText(value);
  const normalized = squash(text);
  const read = readStatus(normalized, vocab);
  const cell: StatusCell = { ...base, normalized, ...read };
  if (read.kind === "status" && read.tokens.every((t) => vocab.words.has(t) || !vocab.marks.has(t))) {
    const asWritten = text.replace(/／/g, "/").replace(/･/g, "・");
    if (asWritten !== normalized && !vocab.marks.has(normalized)) cell.notation = normalized;
  }
  return cell;
}
