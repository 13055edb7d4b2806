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
  const read = readText(cellText(value), vocab);
  const cell: StatusCell = {
    row,
    col,
    address: base.address,
    value,
    normalized: read.normalized,
    kind: read.kind,
    categories: read.categories,
    tokens: read.tokens,
  };
  if (read.notation) cell.notation = read.notation;
  return cell;
}

type TextReading = ReturnType<typeof readStatus> & { normalized: string; notation?: string };
// Status cells repeat a handful of texts: read each text once per vocabulary.
const readings = new WeakMap<Vocabulary, Map<string, TextReading>>();

function readText(text: string, vocab: Vocabulary): TextReading {
  let cache = readings.get(vocab);
  if (!cache) readings.set(vocab, (cache = new Map()));
  const hit = cache.get(text);
  if (hit) return hit;
  const normalized = squash(text);
  const reading: TextReading = { normalized, ...readStatus(normalized, vocab) };
  if (reading.kind === "status" && !vocab.marks.has(normalized)) {
    const asWritten = text.replace(/／/g, "/").replace(/･/g, "・");
    if (asWritten !== normalized) reading.notation = normalized;
  }
  if (cache.size < 10000) cache.set(text, reading);
  return reading;
}
