// Fixes: write a finding's corrected value, refusing cells changed since the check; one undo step
// where Excel has mergeUndoGroup (ExcelApi 1.20), and always the add-in's own "revert last fix".

import type { Message } from "../core/rules/rule";
import type { Finding } from "../core/types";
import { stateToRows, type FixRecord } from "../core/state";
import { errors, fromOffice, refusedWhole, UNCHANGED } from "./errors";
import { WriteGuard } from "./guard";
import { needsTextFormat, officeSupports, RUN_OPTIONS, type Runner, type Supports } from "./office";
import { cellsOf, undo } from "./rollback";
import { loadState, stateUndoStep, writeStateRows, type LoadedState } from "./stateSheet";

const WRITING: Message = { ja: "修正の書き込み", en: "Writing the fix" };
const REVERTING: Message = { ja: "修正の取り消し", en: "Reverting the fix" };

/** A fix as data: the cell, the value it held when checked, and the corrected value. */
export interface Fix {
  sheet: string;
  cell: string;
  oldValue: string | number | boolean | null;
  newValue: string;
}

export interface FixOptions {
  /** Excel.run, for one undo step (mergeUndoGroup) where ExcelApi 1.20 is supported. */
  run?: Runner;
  supports?: Supports;
}

export interface FixResult {
  applied: number;
  /** True when the change went in as one undo step. */
  undoGroup: boolean;
}

/** The fixes findings carry (all of them, or those of one rule). */
export function fixesOf(findings: Finding[], rule?: Finding["rule"]): Fix[] {
  return findings
    .filter((f) => f.fix !== undefined && (!rule || f.rule === rule))
    .map((f) => ({ sheet: f.sheet, cell: f.cell, oldValue: f.value, newValue: f.fix! }));
}

/** Office's value of a cell in the finding's terms ("" is empty). */
function asFindingValue(v: unknown): string | number | boolean | null {
  if (v === "" || v === null || v === undefined) return null;
  return typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

const show = (v: unknown) => (v === null ? "" : String(v));

interface CellWrite {
  sheet: string;
  cell: string;
  value: string | number | boolean | null;
  numberFormat?: string;
}

/** Runs the work in one undo group where Excel has it; an Office error that escaped is put into words. */
async function inUndoGroup<T>(
  context: Excel.RequestContext,
  opts: FixOptions,
  action: Message,
  batch: (ctx: Excel.RequestContext) => Promise<T>,
): Promise<{ out: T; undoGroup: boolean }> {
  const supports = opts.supports ?? officeSupports;
  try {
    if (opts.run && supports("ExcelApi", "1.20"))
      return { out: await opts.run({ ...RUN_OPTIONS, mergeUndoGroup: true }, batch), undoGroup: true };
    return { out: await batch(context), undoGroup: false };
  } catch (e) {
    throw fromOffice(e, action);
  }
}

/**
 * Reads the cells, checks each still holds what it should, then writes the state (for the revert) and
 * the values in one batch. A failure half-way puts the cells and the state back, and says whether it could.
 */
async function writeCells(
  context: Excel.RequestContext,
  action: Message,
  cells: { sheet: string; cell: string; expected: string | number | boolean | null }[],
  write: (
    current: { numberFormat: string }[],
    loaded: LoadedState,
  ) => { writes: CellWrite[]; lastFix: FixRecord[] },
): Promise<number> {
  const guard = new WriteGuard(context);
  const { loaded, sheets } = await loadState(context, () => guard.queue());
  for (const c of cells) if (!sheets.has(c.sheet)) throw errors.missing(c.sheet);
  const names = [...new Set(cells.map((c) => c.sheet))];
  const protection = new Map(names.map((n) => [n, sheets.get(n)!.protection.load("protected")] as const));
  const ranges = cells.map((c) => sheets.get(c.sheet)!.getRange(c.cell).load("values,numberFormat"));
  await context.sync();
  // Refused before anything is written; the revert record needs the state sheet, created when missing.
  guard.check({
    needsStructure: !loaded.sheet,
    protectedSheets: [...protection].filter(([, p]) => p.protected).map(([n]) => n),
  });
  const changed = cells
    .map((c, i) => ({ ...c, actual: asFindingValue(ranges[i].values[0][0]) }))
    .filter((c) => c.actual !== c.expected);
  if (changed.length)
    throw errors.cellChanged(
      changed.map((c) => ({
        sheet: c.sheet,
        cell: c.cell,
        expected: show(c.expected),
        actual: show(c.actual),
      })),
    );
  const current = ranges.map((r) => ({ numberFormat: String(r.numberFormat[0][0]) }));
  const { writes, lastFix } = write(current, loaded);
  const before: CellWrite[] = cells.map((c, i) => {
    const value = ranges[i].values[0][0] as string | number | boolean;
    return {
      sheet: c.sheet,
      cell: c.cell,
      value: value === "" ? null : value,
      numberFormat: current[i].numberFormat,
    };
  });
  const queue = (list: CellWrite[]) => {
    for (const w of list) {
      const range = sheets.get(w.sheet)!.getRange(w.cell);
      if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
      range.values = [[w.value ?? ""]];
    }
  };
  const rollback = () =>
    undo(context, [
      stateUndoStep(context, loaded),
      ...names.map((n) => ({
        what: cellsOf(n),
        run: () => queue(before.filter((b) => b.sheet === n)),
        refusedMeansUntouched: true,
      })),
    ]);
  const written = names.map((n) => [n, sheets.get(n)!] as const);
  let synced = -1;
  try {
    ({ synced } = await writeStateRows(context, loaded, stateToRows({ ...loaded.state, lastFix })));
    queue(writes);
    names.forEach((n) => sheets.get(n)!.load("name"));
    await context.sync();
  } catch (e) {
    const outcome = refusedWhole(e, synced) ? UNCHANGED : await rollback();
    throw await guard.explain(e, action, { sheets: written, needsStructure: !loaded.sheet, outcome });
  }
  const renamed = names.find((n) => sheets.get(n)!.name !== n);
  if (renamed) throw errors.renamed(renamed, sheets.get(renamed)!.name, await rollback());
  return writes.length;
}

/** Applies fixes (one, or all of a rule) as one step; refuses every cell if any changed since the check. */
export async function applyFixes(
  context: Excel.RequestContext,
  fixes: Fix[],
  opts: FixOptions = {},
): Promise<FixResult> {
  if (!fixes.length) return { applied: 0, undoGroup: false };
  const { out, undoGroup } = await inUndoGroup(context, opts, WRITING, (ctx) =>
    writeCells(
      ctx,
      WRITING,
      fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, expected: f.oldValue })),
      (current) => {
        const writes: CellWrite[] = [];
        const lastFix: FixRecord[] = [];
        fixes.forEach((f, i) => {
          // Text Excel would turn into a formula or number goes in with the text format "@".
          const text = needsTextFormat(f.newValue) && current[i].numberFormat !== "@";
          writes.push({
            sheet: f.sheet,
            cell: f.cell,
            value: f.newValue,
            ...(text ? { numberFormat: "@" } : {}),
          });
          lastFix.push({
            sheet: f.sheet,
            cell: f.cell,
            oldValue: f.oldValue,
            newValue: f.newValue,
            ...(text ? { oldNumberFormat: current[i].numberFormat } : {}),
          });
        });
        return { writes, lastFix };
      },
    ),
  );
  return { applied: out, undoGroup };
}

/** Puts back the values the last fix replaced, if the cells still hold the fixed values. */
export async function revertLastFix(
  context: Excel.RequestContext,
  opts: FixOptions = {},
): Promise<FixResult> {
  const { out, undoGroup } = await inUndoGroup(context, opts, REVERTING, async (ctx) => {
    const { loaded } = await loadState(ctx);
    const fixes = loaded.state.lastFix;
    if (!fixes.length) throw errors.noFix();
    return writeCells(
      ctx,
      REVERTING,
      fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, expected: f.newValue })),
      () => ({
        writes: fixes.map((f) => {
          const text = typeof f.oldValue === "string" && needsTextFormat(f.oldValue);
          const numberFormat = text ? "@" : f.oldNumberFormat;
          return {
            sheet: f.sheet,
            cell: f.cell,
            value: f.oldValue,
            ...(numberFormat ? { numberFormat } : {}),
          };
        }),
        lastFix: [],
      }),
    );
  });
  return { applied: out, undoGroup };
}
