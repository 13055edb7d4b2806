// Highlights: plain fills on exactly the finding cells, each cell's original fill recorded in the
// state sheet before it is coloured (same batch, earlier), restored exactly by "clear highlights".

import { parseAddress } from "../core/address";
import type { HighlightCell } from "../core/highlight";
import type { AddinState, FillState, HighlightRecord } from "../core/state";
import { stateToRows } from "../core/state";
import type { Message } from "../core/rules/rule";
import { errors, fromOffice, refusedWhole, UNCHANGED, type Outcome } from "./errors";
import { FillReader } from "./fillReads";
import { WriteGuard } from "./guard";
import { addressLists } from "./office";
import { readSheets } from "./read";
import { cellsOf, undo } from "./rollback";
import { loadedState, stateReader, stateUndoStep, writeStateRows, type LoadedState } from "./stateSheet";

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
  /** Planned cells left uncoloured: their fill could not be put back as it is. */
  skip: (sheet: string, cell: string) => boolean = () => false,
): HighlightChange {
  const inScope = (sheet: string, cell: string) => scope.has(sheet) && touch(sheet, cell);
  const old = new Map(state.highlights.map((h) => [`${h.sheet}!${h.cell}`, h]));
  const highlights: HighlightRecord[] = state.highlights.filter((h) => !inScope(h.sheet, h.cell));
  const writes = new Map<string, { cell: string; fill: FillState }[]>();
  const before = new Map<string, { cell: string; fill: FillState }[]>();
  const planned = new Set<string>();
  for (const p of plan) {
    if (!inScope(p.sheet, p.cell) || skip(p.sheet, p.cell)) continue;
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

const WRITING: Message = { ja: "ハイライトの書き込み", en: "Writing the highlights" };
const CLEARING: Message = { ja: "ハイライトの解除", en: "Clearing the highlights" };

/** Whether the change writes anything (cells, or state rows that differ from those read). */
export function changesAnything(loaded: LoadedState, state: AddinState, change: HighlightChange): boolean {
  if (change.writes.size) return true;
  const rows = stateToRows({ ...state, highlights: change.highlights });
  const unchanged = JSON.stringify(rows) === JSON.stringify(loaded.rows);
  return !unchanged && (loaded.sheet !== null || change.highlights.length > 0);
}

/**
 * Writes the new state rows, then the fills, in one batch (state first: the originals are recorded before
 * any cell is coloured). When the batch fails half-way, the state sheet and every touched cell are put back,
 * and the message says whether that worked.
 */
export async function commitHighlights(
  context: Excel.RequestContext,
  loaded: LoadedState,
  state: AddinState,
  change: HighlightChange,
  sheets: Map<string, Excel.Worksheet>,
  guard: WriteGuard,
): Promise<void> {
  if (!changesAnything(loaded, state, change)) return;
  const rows = stateToRows({ ...state, highlights: change.highlights });
  const written = [...change.writes.keys()].map((name) => [name, sheets.get(name)!] as const);
  let synced = -1;
  try {
    ({ synced } = await writeStateRows(context, loaded, rows));
    for (const [sheet, cells] of change.writes) queueFills(sheets.get(sheet)!, cells);
    // Names are read back in the same batch: a sheet renamed meanwhile would leave records under its old name.
    written.forEach(([, ws]) => ws.load("name"));
    await context.sync();
  } catch (e) {
    const outcome = refusedWhole(e, synced) ? UNCHANGED : await rollback(context, loaded, change, sheets);
    throw await guard.explain(e, WRITING, { sheets: written, needsStructure: !loaded.sheet, outcome });
  }
  const renamed = written.find(([name, ws]) => ws.name !== name);
  if (renamed) {
    const outcome = await rollback(context, loaded, change, sheets);
    throw errors.renamed(renamed[0], renamed[1].name, outcome);
  }
}

/** Puts back the state sheet and the touched cells; each sheet in its own sync so one failure does not stop the rest. */
function rollback(
  context: Excel.RequestContext,
  loaded: LoadedState,
  change: HighlightChange,
  sheets: Map<string, Excel.Worksheet>,
): Promise<Outcome> {
  return undo(context, [
    stateUndoStep(context, loaded),
    ...[...change.before].map(([sheet, cells]) => ({
      what: cellsOf(sheet),
      run: () => queueFills(sheets.get(sheet)!, cells),
      refusedMeansUntouched: true,
    })),
  ]);
}

/** What clearing did: cells put back, cells left as they are (each named, with why). */
export interface ClearResult {
  restored: number;
  skipped: number;
  /**
   * Highlighted cells that were not put back: the cell no longer wears the add-in's colour (a person
   * re-coloured it, or rows moved while nobody listened), or its sheet is gone.
   */
  notRestored: { sheet: string; cell: string; reason: "changed" | "sheet-missing" }[];
}

/** Removes every highlight the add-in made and that is still as it left it; names the cells it left alone. */
export async function clearHighlights(context: Excel.RequestContext): Promise<ClearResult> {
  try {
    return await clear(context);
  } catch (e) {
    throw fromOffice(e, CLEARING);
  }
}

async function clear(context: Excel.RequestContext): Promise<ClearResult> {
  const list = context.workbook.worksheets.load("items/name");
  await context.sync();
  const reader = stateReader(list);
  const [read] = reader ? await readSheets(context, [reader]) : [null];
  const loaded = loadedState(reader, read);
  if (!loaded.state.highlights.length) return { restored: 0, skipped: 0, notRestored: [] };
  const sheets = new Map(list.items.map((s) => [s.name, s] as const));
  const present = loaded.state.highlights.filter((h) => sheets.has(h.sheet) && parseAddress(h.cell));
  const protection = new Map(
    [...new Set(present.map((h) => h.sheet))].map(
      (n) => [n, sheets.get(n)!.protection.load("protected")] as const,
    ),
  );
  const guard = new WriteGuard(context).queue();
  // Cells the add-in coloured alike are read together: most are still as it left them.
  const fills = new FillReader(sheets);
  await fills.read(
    context,
    present.map((h) => ({ sheet: h.sheet, cell: h.cell, expect: h.applied })),
  );
  if (!present.length) await context.sync();
  guard.check({
    needsStructure: false,
    protectedSheets: [...protection].filter(([, p]) => p.protected).map(([n]) => n),
  });
  const change = highlightChange(loaded.state, [], new Set(protection.keys()), (s, c) => fills.get(s, c)!);
  // Records of sheets that are gone are dropped: there is nothing left to restore.
  change.highlights = change.highlights.filter((h) => sheets.has(h.sheet));
  await commitHighlights(context, loaded, loaded.state, change, sheets, guard);
  const restoredCells = new Set(
    [...change.writes].flatMap(([sheet, cells]) => cells.map((c) => `${sheet}!${c.cell}`)),
  );
  const notRestored: ClearResult["notRestored"] = loaded.state.highlights
    .filter((h) => !restoredCells.has(`${h.sheet}!${h.cell}`))
    .map((h) => ({
      sheet: h.sheet,
      cell: h.cell,
      reason: sheets.has(h.sheet) ? "changed" : "sheet-missing",
    }));
  return { restored: restoredCells.size, skipped: notRestored.length, notRestored };
}
