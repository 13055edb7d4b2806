// Validate and highlight: read the active sheet (or every sheet), check it with the engine, highlight.
// Values are read without fills; only the fills of the cells to colour (or to restore) are read, after the
// check. Syncs for an ordinary sheet: 1 read (+ sheet list); 1 state and master read when the workbook has
// them, which also reads the fills the check will most likely need; 1 fill read when still needed (plus 1
// where cells read together turn out to differ, and 1 more for hatched ones: see fillReads.ts); 1 write.

import { checkWorkbook, type WorkbookReport } from "../core/check";
import { highlightPlan } from "../core/highlight";
import { MASTER_SHEET_NAMES } from "../core/layout/model";
import { checkOptionsFromSettings } from "../core/settings";
import { STATE_SHEET_NAME, type StateProblem } from "../core/state";
import type { SheetSnapshot } from "../core/types";
import type { Message } from "../core/rules/rule";
import { errors, fromOffice } from "./errors";
import { FillReader, type FillCell, type Unrestorable } from "./fillReads";
import { WriteGuard } from "./guard";
import { parseAreaList } from "./office";
import { changesAnything, commitHighlights, highlightChange } from "./highlight";
import { readSheets, SheetReader, type SheetRead } from "./read";
import { shiftState, type Shift } from "./shifts";
import { loadedState, stateReader } from "./stateSheet";
import { parseAddress } from "../core/address";
import { isoDay, parseIsoDate } from "../core/fiscal";

export interface ValidateOptions {
  scope: "active" | "all";
  /** The review day (YYYY-MM-DD); else the workbook's setting; else today. */
  asOf?: string;
}

/** Live mode's re-check: one named sheet, highlights changed only where `touch` says. */
export interface RecheckOptions {
  sheet: string;
  asOf?: string;
  touch: (report: WorkbookReport) => (sheet: string, cell: string) => boolean;
  /** Rows and columns inserted or deleted on the sheet since the state was written: its records follow. */
  shifts?: Shift[];
}

export interface ValidateResult {
  report: WorkbookReport;
  /** Finding cells wearing the add-in's colour after the run. */
  highlighted: number;
  /**
   * Finding cells left uncoloured because their fill could not be put back as it is: a gradient, or a theme
   * colour lightened or darkened. Clearing never has to restore them.
   */
  notHighlighted: { sheet: string; cell: string; reason: Unrestorable }[];
  /** Highlighted cells a conditional format covers: where its rule holds, Excel shows its fill instead. */
  mayBeHidden: { sheet: string; cell: string }[];
  /** State-sheet rows that were skipped because they did not parse. */
  stateProblems: StateProblem[];
  /** Extra syncs each checked sheet's read took (row chunks; 0 for an ordinary sheet). */
  chunks: Record<string, number>;
}

// Local day, not UTC: before 09:00 in Japan the UTC date is still yesterday.
const today = () => isoDay();

const VALIDATING: Message = { ja: "検証", en: "Validation" };

export async function validate(
  context: Excel.RequestContext,
  opts: ValidateOptions,
): Promise<ValidateResult> {
  try {
    return await run(context, opts);
  } catch (e) {
    throw fromOffice(e, VALIDATING);
  }
}

/** Live mode's re-check; Office's errors are left as they are, for live mode to tell a busy Excel apart. */
export function recheckSheet(context: Excel.RequestContext, opts: RecheckOptions): Promise<ValidateResult> {
  return run(context, { scope: "active", asOf: opts.asOf }, opts);
}

async function run(
  context: Excel.RequestContext,
  opts: ValidateOptions,
  recheck?: RecheckOptions,
): Promise<ValidateResult> {
  // Refused before anything is read or written.
  if (opts.asOf !== undefined && !parseIsoDate(opts.asOf)) throw errors.asOfInvalid(opts.asOf);
  const sheets = context.workbook.worksheets;
  const list = () => sheets.load("items/name,items/visibility");
  let targets: SheetRead[];
  let targetSheets: Excel.Worksheet[];
  let masters: SheetRead[] = [];
  let stateRead: SheetRead | null;
  let stateRd: SheetReader | null;
  // Current fills: some read before the check (a guess of the cells it will colour), the rest after it.
  let fills: FillReader;
  // Read-only, protected structure: loaded with the first read, checked before anything is written.
  const guard = new WriteGuard(context);
  // Where each target sheet has conditional formats (their fill shows over a highlight).
  let conditional: Excel.RangeAreas[] = [];

  if (opts.scope === "active") {
    const ws = recheck ? sheets.getItem(recheck.sheet) : sheets.getActiveWorksheet();
    const active = new SheetReader(ws);
    const protection = active.worksheet.protection;
    targets = await readSheets(context, [active], () => {
      list();
      protection.load("protected");
      guard.queue();
      conditional = [queueConditional(active.worksheet)];
    });
    targetSheets = [active.worksheet];
    const name = targets[0].snapshot.name;
    stateRd = stateReader(sheets);
    const masterReaders = sheets.items
      .filter(
        (s) =>
          s.name !== name && MASTER_SHEET_NAMES.some((m) => m.toLowerCase() === s.name.trim().toLowerCase()),
      )
      .map((s) => new SheetReader(s));
    const readers = [...(stateRd ? [stateRd] : []), ...masterReaders];
    fills = new FillReader(new Map([[name, active.worksheet]]));
    // Queued again if the reads fall back to geometry only; the last queue is the one that ran.
    const early: { settle: (() => void) | null } = { settle: null };
    const guess = () => {
      const cells = likelyCells(targets[0].snapshot, opts.asOf ?? today(), masterReaders.length > 0);
      early.settle = fills.queue(cells);
    };
    const reads = readers.length ? await readSheets(context, readers, guess) : [];
    early.settle?.();
    stateRead = stateRd ? reads[0] : null;
    masters = reads.slice(stateRd ? 1 : 0);
  } else {
    list();
    await context.sync();
    stateRd = stateReader(sheets);
    targetSheets = sheets.items.filter((s) => s.name !== STATE_SHEET_NAME);
    const readers = targetSheets.map((s) => new SheetReader(s));
    // Queued with the reads (again if they fall back to geometry-only).
    const reads = await readSheets(context, [...(stateRd ? [stateRd] : []), ...readers], () => {
      targetSheets.forEach((s) => s.protection.load("protected"));
      guard.queue();
      conditional = targetSheets.map(queueConditional);
    });
    stateRead = stateRd ? reads[0] : null;
    targets = reads.slice(stateRd ? 1 : 0);
    fills = new FillReader(new Map(targetSheets.map((s, i) => [targets[i].snapshot.name, s] as const)));
  }

  const loaded = loadedState(stateRd, stateRead);
  if (recheck?.shifts?.length) loaded.state = shiftState(loaded.state, recheck.sheet, recheck.shifts);
  const settings = loaded.state.settings;
  // Sheets the add-in made (summaries) are not plans.
  const created = new Set(loaded.state.createdSheets);
  const checked = targets.filter((t) => !created.has(t.snapshot.name));
  const snapshots: SheetSnapshot[] = [...checked.map((t) => t.snapshot), ...masters.map((m) => m.snapshot)];
  const asOf = opts.asOf ?? settings.asOf ?? today();
  const full = checkWorkbook(snapshots, { ...checkOptionsFromSettings(settings), asOf });
  const scopeNames = new Set(checked.map((t) => t.snapshot.name));
  const report: WorkbookReport = { ...full, sheets: full.sheets.filter((s) => scopeNames.has(s.name)) };
  const plan = highlightPlan(report.sheets.flatMap((s) => s.findings));

  // Current fills: those read with the state (when the guess held), the others read now. A cell is
  // expected to be as the add-in last coloured it, or else as it was: cells expected alike are read together.
  const byName = new Map(targetSheets.map((s, i) => [targets[i].snapshot.name, s] as const));
  const applied = new Map(loaded.state.highlights.map((h) => [`${h.sheet}!${h.cell}`, h.applied]));
  const expectOf = (sheet: string, cell: string) => applied.get(`${sheet}!${cell}`) ?? "";
  const wanted: FillCell[] = [
    ...plan.map((p) => ({ sheet: p.sheet, cell: p.cell, expect: expectOf(p.sheet, p.cell) })),
    ...loaded.state.highlights
      .filter((h) => scopeNames.has(h.sheet) && parseAddress(h.cell))
      .map((h) => ({ sheet: h.sheet, cell: h.cell, expect: h.applied })),
  ];
  await fills.read(context, wanted);
  const current = (sheet: string, cell: string) => fills.get(sheet, cell)!;

  const unrestorable = (sheet: string, cell: string) => fills.unrestorable(sheet, cell);
  const change = highlightChange(
    loaded.state,
    plan,
    scopeNames,
    current,
    recheck?.touch(report),
    (sheet, cell) => unrestorable(sheet, cell) !== undefined,
  );
  // Refused before anything is written: a read-only workbook, a protected sheet to colour, or — when the
  // state sheet must be created for the records — a protected structure.
  if (changesAnything(loaded, loaded.state, change))
    guard.check({
      needsStructure: !loaded.sheet,
      protectedSheets: [...change.writes.keys()].filter((n) => byName.get(n)!.protection.protected),
    });
  await commitHighlights(context, loaded, loaded.state, change, byName, guard);
  const chunks = Object.fromEntries(targets.map((t) => [t.snapshot.name, t.chunks]));
  const notHighlighted = plan.flatMap((p) => {
    const reason = scopeNames.has(p.sheet) ? unrestorable(p.sheet, p.cell) : undefined;
    return reason ? [{ sheet: p.sheet, cell: p.cell, reason }] : [];
  });
  const covered = new Map(
    targetSheets.map((_, i) => [
      targets[i].snapshot.name,
      conditional[i] && !conditional[i].isNullObject ? parseAreaList(conditional[i].address) : [],
    ]),
  );
  const ours = change.highlights.filter((h) => scopeNames.has(h.sheet));
  const mayBeHidden = ours
    .filter((h) => {
      const p = parseAddress(h.cell);
      return (
        p &&
        (covered.get(h.sheet) ?? []).some(
          (a) => p.row >= a.top && p.row <= a.bottom && p.col >= a.left && p.col <= a.right,
        )
      );
    })
    .map((h) => ({ sheet: h.sheet, cell: h.cell }));
  return {
    report,
    highlighted: plan.length - notHighlighted.length,
    notHighlighted,
    mayBeHidden,
    stateProblems: loaded.problems,
    chunks,
  };
}

/** Queues where a sheet's conditional formats lie (Range.getSpecialCellsOrNullObject("ConditionalFormats"), ExcelApi 1.9). */
function queueConditional(ws: Excel.Worksheet): Excel.RangeAreas {
  const areas = ws.getUsedRange(false).getSpecialCellsOrNullObject("ConditionalFormats");
  areas.load("isNullObject,address");
  return areas;
}

/**
 * The cells a check of the sheet alone will most likely colour, so their fills can be read in the same
 * sync as the state sheet and the department master: the findings of a check with the default settings,
 * and, when the workbook has a master (which may flag any department), the department cells. The state is
 * not known yet, so each is expected to wear the colour a previous run would have given it.
 */
function likelyCells(snapshot: SheetSnapshot, asOf: string, withMaster: boolean): FillCell[] {
  const report = checkWorkbook([snapshot], { asOf }).sheets[0];
  if (!report) return [];
  const cells = new Map(highlightPlan(report.findings).map((p) => [p.cell, p.color]));
  if (withMaster)
    for (const item of report.items)
      if (item.department && !cells.has(item.department.address)) cells.set(item.department.address, "");
  return [...cells].map(([cell, expect]) => ({ sheet: snapshot.name, cell, expect }));
}
