// Highlights: plain fills on exactly the finding cells, each cell's original fill recorded in the
// state sheet before it is coloured (same batch, earlier), restored exactly by "clear highlights".

import { parseAddress } from "../core/address";
import type { HighlightCell } from "../core/highlight";
import type { AddinState, FillState, HighlightRecord } from "../core/state";
import { STATE_SHEET_NAME, stateToRows } from "../core/state";
import { errors, ExcelLayerError, officeCode } from "./errors";
import { FillReader } from "./fillReads";
import { addressLists } from "./office";
import { readSheets } from "./read";
import { loadedState, stateReader, writeStateRows, type LoadedState } from "./stateSheet";

const sameFill = (a: FillState, b: FillState) =>
  a.pattern === b.pattern &&
  (a.pattern === "None" || a.color === b.color) &&
  (a.patternColor ?? "") === (b.patternColor ?? "");

/** Is the cell still as the add-in coloured it? */
export const stillOurs = (current: FillState, applied: string) =>
  current.pattern === "Solid" && current.color === applied;

const solid = (color: string): FillState => ({ pattern: "Solid", color });

/** Queues fills for cells of one sheet: grouped by fill, each group as address lists under 8,192 characters. */
export function queueFills(ws: Excel.Worksheet, cells: { cell: string; fill: FillState }[]): void {
  const groups = new Map<string, { fill: FillState; cells: string[] }>();
  for (const c of cells) {
    const k = JSON.stringify(c.fill);
    const g = groups.get(k) ?? { fill: c.fill, cells: [] };
    g.cells.push(c.cell);
    groups.set(k, g);
  }
  for (const { fill, cells: list } of groups.values()) {
    for (const addresses of addressLists(list)) {
      const f = ws.getRanges(addresses).format.fill;
      // Cleared first for a solid fill: setting the colour alone keeps a pattern the cell had, so a
      // highlighted grid cell would not read as ours and clearing would leave it coloured.
      if (fill.pattern === "None" || fill.pattern === "Solid") f.clear();
      if (fill.pattern !== "None") {
        if (fill.pattern !== "Solid") f.pattern = fill.pattern as Excel.FillPattern;
        f.color = fill.color;
        if (fill.patternColor) f.patternColor = fill.patternColor;
      }
    }
  }
}

export interface HighlightChange {
  /** The state's highlight records after the change. */
  highlights: HighlightRecord[];
  /** Fill writes per sheet. */
  writes: Map<string, { cell: string; fill: FillState }[]>;
  /** Each written cell's fill before the change (for a rollback). */
  before: Map<string, { cell: string; fill: FillState }[]>;
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * What replacing the highlights of some sheets means cell by cell. A cell the add-in coloured keeps its
 * recorded original; one a person re-coloured since is left alone (its new fill is what it goes back to).
 */
export function highlightChange(
  state: AddinState,
  plan: HighlightCell[],
  scope: Set<string>,
  current: (sheet: string, cell: string) => FillState,
  /** Limits the change to some cells (live mode: the edited items); others keep their highlight as it is. */
  touch: (sheet: string, cell: string) => boolean = () => true,
): HighlightChange {
  const inScope = (sheet: string, cell: string) => scope.has(sheet) && touch(sheet, cell);
  const old = new Map(state.highlights.map((h) => [`${h.sheet}!${h.cell}`, h]));
  const highlights: HighlightRecord[] = state.highlights.filter((h) => !inScope(h.sheet, h.cell));
  const writes = new Map<string, { cell: string; fill: FillState }[]>();
  const before = new Map<string, { cell: string; fill: FillState }[]>();
  const planned = new Set<string>();
  for (const p of plan) {
    if (!inScope(p.sheet, p.cell)) continue;
    const k = `${p.sheet}!${p.cell}`;
    planned.add(k);
    const now = current(p.sheet, p.cell);
    const prev = old.get(k);
    const original = prev && stillOurs(now, prev.applied) ? prev.original : now;
    highlights.push({ sheet: p.sheet, cell: p.cell, original, applied: p.color });
    if (!sameFill(now, solid(p.color))) {
      push(writes, p.sheet, { cell: p.cell, fill: solid(p.color) });
      push(before, p.sheet, { cell: p.cell, fill: now });
    }
  }
  for (const h of state.highlights) {
    const k = `${h.sheet}!${h.cell}`;
    if (!inScope(h.sheet, h.cell) || planned.has(k)) continue;
    const now = current(h.sheet, h.cell);
    if (!stillOurs(now, h.applied)) continue;
    push(writes, h.sheet, { cell: h.cell, fill: h.original });
    push(before, h.sheet, { cell: h.cell, fill: now });
  }
  return { highlights, writes, before };
}

/**
 * Writes the new state rows, then the fills, in one batch (state first: the originals are recorded before
 * any cell is coloured). When the batch fails half-way, the state sheet and every touched cell are put back.
 */
export async function commitHighlights(
  context: Excel.RequestContext,
  loaded: LoadedState,
  state: AddinState,
  change: HighlightChange,
  sheets: Map<string, Excel.Worksheet>,
): Promise<void> {
  const rows = stateToRows({ ...state, highlights: change.highlights });
  const unchanged = JSON.stringify(rows) === JSON.stringify(loaded.rows);
  if (!change.writes.size && (unchanged || (!loaded.sheet && !change.highlights.length))) return;
  const written = [...change.writes.keys()].map((name) => ({ name, ws: sheets.get(name)! }));
  try {
    await writeStateRows(context, loaded, rows);
    for (const [sheet, cells] of change.writes) queueFills(sheets.get(sheet)!, cells);
    // Names are read back in the same batch: a sheet renamed meanwhile would leave records under its old name.
    written.forEach((w) => w.ws.load("name"));
    await context.sync();
  } catch (e) {
    await rollback(context, loaded, change, sheets);
    throw failure(e, [...change.writes.keys()]);
  }
  const renamed = written.find((w) => w.ws.name !== w.name);
  if (renamed) {
    await rollback(context, loaded, change, sheets);
    throw errors.renamed(renamed.name, renamed.ws.name);
  }
}

/** Puts back the state sheet and the touched cells; each sheet in its own sync so one failure does not stop the rest. */
async function rollback(
  context: Excel.RequestContext,
  loaded: LoadedState,
  change: HighlightChange,
  sheets: Map<string, Excel.Worksheet>,
): Promise<void> {
  const attempt = async (f: () => Promise<void> | void) => {
    try {
      await f();
      await context.sync();
    } catch {
      // A sheet that is gone or protected received nothing from the failed batch either.
    }
  };
  if (loaded.sheet) await attempt(() => void writeStateRows(context, loaded, loaded.rows));
  else {
    const created = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
    created.load("isNullObject");
    await attempt(() => undefined);
    if (!created.isNullObject) await attempt(() => created.delete());
  }
  for (const [sheet, cells] of change.before) await attempt(() => queueFills(sheets.get(sheet)!, cells));
}

/** A clear message for a write that failed. */
export function failure(e: unknown, sheets: string[]): ExcelLayerError {
  if (e instanceof ExcelLayerError) return e;
  const code = officeCode(e);
  const names = sheets.join("、");
  if (code === "AccessDenied") return errors.protected(names);
  if (code === "ItemNotFound") return errors.missing(names);
  return errors.writeFailed({ ja: "ハイライトの書き込み", en: "Writing the highlights" }, e);
}

/** Removes every highlight the add-in made and that is still as it left it; returns how many cells were restored. */
export async function clearHighlights(
  context: Excel.RequestContext,
): Promise<{ restored: number; skipped: number }> {
  const list = context.workbook.worksheets.load("items/name");
  await context.sync();
  const reader = stateReader(list);
  const [read] = reader ? await readSheets(context, [reader]) : [null];
  const loaded = loadedState(reader, read);
  if (!loaded.state.highlights.length) return { restored: 0, skipped: 0 };
  const sheets = new Map(list.items.map((s) => [s.name, s] as const));
  const present = loaded.state.highlights.filter((h) => sheets.has(h.sheet) && parseAddress(h.cell));
  const protection = new Map(
    [...new Set(present.map((h) => h.sheet))].map(
      (n) => [n, sheets.get(n)!.protection.load("protected")] as const,
    ),
  );
  // Cells the add-in coloured alike are read together: most are still as it left them.
  const fills = new FillReader(sheets);
  await fills.read(
    context,
    present.map((h) => ({ sheet: h.sheet, cell: h.cell, expect: h.applied })),
  );
  if (!present.length) await context.sync();
  for (const [name, p] of protection) if (p.protected) throw errors.protected(name);
  const change = highlightChange(loaded.state, [], new Set(protection.keys()), (s, c) => fills.get(s, c)!);
  // Records of sheets that are gone are dropped: there is nothing left to restore.
  change.highlights = change.highlights.filter((h) => sheets.has(h.sheet));
  await commitHighlights(context, loaded, loaded.state, change, sheets);
  const restored = [...change.writes.values()].reduce((n, l) => n + l.length, 0);
  return { restored, skipped: loaded.state.highlights.length - restored };
}
