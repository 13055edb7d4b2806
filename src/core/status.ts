// Reading one cell as a status cell.

import { address } from "./address";
import type { Grid } from "./grid";
import { cellText, squash } from "./text/normalize";
import type { CellValue, StatusCategory, StatusCell } from "./types";
import { readStatus, type Vocabulary } from "./vocabulary";

type TextReading = ReturnType<typeof readStatus> & { normalized: string; notation?: string };

/** A covered cell of a status merged across years: it continues the merge's master. */
const CONTINUES_MERGE: TextReading = { normalized: "", kind: "continue", categories: [], tokens: [] };

/**
 * A status cell: where it is, what it holds, and the reading of its text, shared by every cell with
 * the same text (a plan table repeats a handful of words over thousands of rows).
 */
class ReadStatusCell implements StatusCell {
  readonly #reading: TextReading;
  readonly merged?: boolean;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly value: CellValue,
    reading: TextReading,
    merged: boolean,
  ) {
    this.#reading = reading;
    if (merged) this.merged = true;
  }

  get address(): string {
    return address(this.row, this.col);
  }
  get normalized(): string {
    return this.#reading.normalized;
  }
  get kind(): StatusCell["kind"] {
    return this.#reading.kind;
  }
  get categories(): StatusCategory[] {
    return this.#reading.categories;
  }
  get tokens(): string[] {
    return this.#reading.tokens;
  }
  get notation(): string | undefined {
    return this.#reading.notation;
  }

  /** The plain shape, optional fields only where set. */
  toJSON(): StatusCell {
    const { row, col, address, value, normalized, kind, categories, tokens, notation } = this;
    const cell: StatusCell = { row, col, address, value, normalized, kind, categories, tokens };
    if (notation) cell.notation = notation;
    if (this.merged) cell.merged = true;
    return cell;
  }
}

export function statusCell(grid: Grid, row: number, col: number, vocab: Vocabulary): StatusCell {
  let at = { row, col };
  if (grid.isCovered(row, col)) {
    const m = grid.master(row, col);
    // A status merged across years holds for every year it spans; merged down rows, each row has it.
    if (m.row === row && grid.text(m.row, m.col) !== "")
      return new ReadStatusCell(row, col, grid.raw(row, col), CONTINUES_MERGE, true);
    if (m.row !== row) at = m;
  }
  const value = grid.raw(at.row, at.col);
  return new ReadStatusCell(row, col, value, readValue(value, vocab), false);
}

function readValue(value: CellValue, vocab: Vocabulary): TextReading {
  // Numbers, booleans and dates are never statuses.
  if (typeof value !== "string" && value !== null)
    return { normalized: squash(cellText(value)), kind: "unknown", categories: [], tokens: [] };
  return readText(cellText(value), vocab);
}

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
