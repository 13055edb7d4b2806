// The add-in's state in its very hidden worksheet: read with the sheet reader, written as text cells.

import {
  emptyState,
  stateFromRows,
  STATE_SHEET_NAME,
  type AddinState,
  type StateProblem,
} from "../core/state";
import { cellText } from "../core/text/normalize";
import type { CellValue } from "../core/types";
import { readSheets, SheetReader, type SheetRead } from "./read";
import { STATE_SHEET_LABEL, type UndoStep } from "./rollback";

export interface LoadedState {
  state: AddinState;
  problems: StateProblem[];
  /** The sheet, when the workbook has one. */
  sheet: Excel.Worksheet | null;
  /** Rows the sheet held, written back on a rollback. */
  rows: string[][];
}

/** Rows of the state sheet from a read (the snapshot starts wherever its used range does; it may be sparse). */
function rowsOf(read: SheetRead): CellValue[][] {
  const { origin, values } = read.snapshot;
  const out: CellValue[][] = Array.from({ length: origin.row - 1 + values.length }, () => []);
  values.forEach((r, i) => {
    const row: CellValue[] = new Array<CellValue>(origin.col - 1 + r.length).fill(null);
    r.forEach((v, j) => (row[origin.col - 1 + j] = v));
    out[origin.row - 1 + i] = row;
  });
  return out;
}

function trimEnd(row: string[]): string[] {
  let n = row.length;
  while (n > 0 && row[n - 1] === "") n--;
  return row.slice(0, n);
}

/** A reader for the state sheet when the sheet list has it. */
export function stateReader(sheets: Excel.WorksheetCollection): SheetReader | null {
  const ws = sheets.items.find((s) => s.name === STATE_SHEET_NAME);
  return ws ? new SheetReader(ws) : null;
}

export function loadedState(reader: SheetReader | null, read: SheetRead | null): LoadedState {
  if (!reader || !read) return { state: emptyState(), problems: [], sheet: null, rows: [] };
  const { state, problems } = stateFromRows(rowsOf(read));
  const rows = rowsOf(read).map((r) => trimEnd(r.map((v) => cellText(v))));
  return { state, problems, sheet: reader.worksheet, rows };
}

/** Bytes of state rows per write (kept well under the 5 MB request limit with the text format beside). */
const WRITE_BYTES = 1_500_000;

/**
 * Queues the state's rows into the state sheet (created very hidden when missing) as text:
 * the "@" number format goes on before the values, so nothing starting with = + - @ becomes a formula.
 * Large states are written in row blocks: every block but the last is synced here (their count is returned),
 * and the last is left queued so the caller's own writes go in the same sync, after it.
 */
export async function writeStateRows(
  context: Excel.RequestContext,
  loaded: LoadedState,
  rows: string[][],
): Promise<{ sheet: Excel.Worksheet; synced: number }> {
  let ws = loaded.sheet;
  if (!ws) {
    ws = context.workbook.worksheets.add(STATE_SHEET_NAME);
    ws.visibility = "VeryHidden";
  } else ws.getRange().clear(); // values and formats: the sheet is the add-in's own
  const width = Math.max(1, ...rows.map((r) => r.length));
  let start = 0;
  let synced = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < WRITE_BYTES)) {
      bytes += rows[end].reduce((n, c) => n + c.length * 3 + 4, 0);
      end++;
    }
    const block = rows.slice(start, end).map((r) => [...r, ...new Array(width - r.length).fill("")]);
    const range = ws.getRangeByIndexes(start, 0, block.length, width);
    range.numberFormat = block.map((r) => r.map(() => "@"));
    range.values = block;
    start = end;
    if (start < rows.length) {
      await context.sync();
      synced++;
    }
  }
  return { sheet: ws, synced };
}

/**
 * The rollback step for the state sheet: its rows put back as they were read (a write that failed part-way
 * may have left some of its blocks), or the sheet removed when the run created it.
 */
export function stateUndoStep(context: Excel.RequestContext, loaded: LoadedState): UndoStep {
  return {
    what: STATE_SHEET_LABEL,
    // The state sheet the run created must go; an existing one only had cells written.
    refusedMeansUntouched: loaded.sheet !== null,
    run: async () => {
      if (loaded.sheet) return writeStateRows(context, loaded, loaded.rows);
      const created = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
      created.load("isNullObject");
      await context.sync();
      if (!created.isNullObject) created.delete();
    },
  };
}

/** The sheet list, then the state sheet (two syncs; the second only when the workbook has a state sheet). */
export async function loadState(
  context: Excel.RequestContext,
  alongside: () => void = () => undefined,
): Promise<{ loaded: LoadedState; sheets: Map<string, Excel.Worksheet> }> {
  const list = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const reader = stateReader(list);
  const [read] = reader ? await readSheets(context, [reader], alongside) : [null];
  if (!reader) {
    alongside();
    await context.sync();
  }
  return { loaded: loadedState(reader, read), sheets: new Map(list.items.map((s) => [s.name, s] as const)) };
}
